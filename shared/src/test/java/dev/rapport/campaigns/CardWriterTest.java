package dev.rapport.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.catalog.Product;
import dev.rapport.model.Content;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.ModelUnavailableException;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.SystemPrompt;
import dev.rapport.model.Usage;
import dev.rapport.privacy.PiiRedactor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the model writes for a card is checked: its suggestion must be offered, its words bounded and redacted. */
class CardWriterTest {

    private static final Product PHONE = new Product(
            "PH-AURORA-LITE5",
            "极光 Lite 5 手机",
            "Aurora Lite 5 phone",
            "phone",
            List.of("green"),
            List.of(),
            new BigDecimal("1499.00"),
            "CNY",
            Map.of(),
            5);
    private static final CardFacts FACTS = new CardFacts(List.of("green"), List.of("leather"), List.of(), false);

    private final List<ModelRequest> requests = new ArrayList<>();

    @Test
    void theFactsAndTheOfferedProductsGoToTheModelAsFencedDataAndItsCardIsTaken() {
        CardWriter.Written written = writer(
                        "{\"message\":\"Happy birthday, {name}! Green suits you.\",\"sku\":\"PH-AURORA-LITE5\"}")
                .write(FACTS, List.of(PHONE));

        assertThat(written.text()).isEqualTo("Happy birthday, {name}! Green suits you.");
        assertThat(written.suggested()).isEqualTo(PHONE);
        ModelRequest sent = requests.getFirst();
        assertThat(sent.tools()).extracting(t -> t.name()).containsExactly(CardWriter.TOOL);
        assertThat(sent.grounding())
                .extracting(Grounding::kind, Grounding::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Grounding.MEMORY, "green"),
                        org.assertj.core.groups.Tuple.tuple(Grounding.PRODUCT, "Aurora Lite 5 phone"));
        // Only likes are shown to the model; what the customer avoids only takes suggestions away.
        assertThat(SystemPrompt.context(sent.grounding()).orElseThrow())
                .contains("<context kind=\"product\" id=\"PH-AURORA-LITE5\">")
                .doesNotContain("leather");
    }

    @Test
    void aProductThatWasNotOfferedIsNeverSuggested() {
        CardWriter.Written written = writer("{\"message\":\"Happy birthday, {name}!\",\"sku\":\"SH-CITY-WALK\"}")
                .write(FACTS, List.of(PHONE));

        assertThat(written.suggested()).isNull();
        assertThat(written.text()).isEqualTo("Happy birthday, {name}!");
    }

    @Test
    void wordsWithoutTheNameOrTooLongAreNotUsedAndPersonalDataIsRedacted() {
        assertThat(writer("{\"message\":\"Happy birthday!\"}")
                        .write(FACTS, List.of())
                        .text())
                .isNull();
        assertThat(writer("{\"message\":\"{name} " + "x".repeat(CardWriter.MAX_TEXT) + "\"}")
                        .write(FACTS, List.of())
                        .text())
                .isNull();
        assertThat(writer("{\"message\":\"Happy birthday, {name}! Call us on 13812345678.\"}")
                        .write(FACTS, List.of())
                        .text())
                .doesNotContain("13812345678");
    }

    @Test
    void aModelOutOfReachLeavesThePlainGreeting() {
        ConversationModel down = new ConversationModel() {
            @Override
            public ModelReply converse(ModelRequest request) {
                throw new ModelUnavailableException("throttled", Duration.ofSeconds(5), null);
            }

            @Override
            public String name() {
                return "down";
            }
        };

        CardWriter.Written written = new CardWriter(down, new PiiRedactor()).write(FACTS, List.of(PHONE));

        assertThat(written.text()).isNull();
        assertThat(written.suggested()).isNull();
    }

    private CardWriter writer(String toolInput) {
        ConversationModel model = new ConversationModel() {
            @Override
            public ModelReply converse(ModelRequest request) {
                requests.add(request);
                return new ModelReply(
                        new Message(Role.ASSISTANT, List.of(new Content.ToolUse("t1", CardWriter.TOOL, toolInput))),
                        StopReason.TOOL_USE,
                        new Usage(10, 10));
            }

            @Override
            public String name() {
                return "canned";
            }
        };
        return new CardWriter(model, new PiiRedactor());
    }
}
