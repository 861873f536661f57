package dev.rapport.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.StopReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineEngineTest {

    private final OfflineEngine engine = new OfflineEngine();

    private ModelReply ask(List<Grounding> grounding, String locale, Message... messages) {
        return engine.converse(new ModelRequest("be helpful", grounding, List.of(messages), List.of(), locale));
    }

    @Test
    void answersAQuestionFromAnEarlierStatement() {
        ModelReply reply = ask(
                List.of(),
                "en",
                Message.user("My order number is 12345"),
                Message.assistant("noted"),
                Message.user("I also like jazz"),
                Message.assistant("noted"),
                Message.user("What was my order number?"));

        assertThat(reply.message().text()).contains("12345").doesNotContain("jazz");
        assertThat(reply.stopReason()).isEqualTo(StopReason.END_TURN);
        assertThat(reply.usage().inputTokens()).isPositive();
    }

    @Test
    void answersFromTheSummaryOfOlderTurns() {
        ModelReply reply =
                ask(List.of(new Grounding(Grounding.SUMMARY, "turn-1", "我对花生过敏")), "zh-CN", Message.user("我对什么过敏？"));

        assertThat(reply.message().text()).contains("花生");
    }

    @Test
    void saysHonestlyWhenItHasNothingToGoOn() {
        ModelReply english = ask(List.of(), "en", Message.user("What is the return policy?"));
        ModelReply chinese = ask(List.of(), "zh-CN", Message.user("退货政策是什么？"));

        assertThat(english.message().text()).contains("don't find").contains("offline");
        assertThat(chinese.message().text()).contains("没有找到").contains("离线");
    }

    @Test
    void isDeterministic() {
        Message question = Message.user("hello");
        assertThat(ask(List.of(), "en", question)).isEqualTo(ask(List.of(), "en", question));
    }

    @Test
    void repliesInTheCustomersLanguage() {
        assertThat(ask(List.of(), null, Message.user("你好")).message().text()).contains("您好");
        assertThat(ask(List.of(), "zh-CN", Message.user("hello")).message().text())
                .startsWith("Hello");
    }
}
