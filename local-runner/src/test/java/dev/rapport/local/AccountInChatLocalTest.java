package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.local.testing.Http;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The account specialist's requests on the local stack with the offline engine, through the HTTP API, in
 * Chinese and English: what is remembered, marketing and memory switched off at once, and "erase my data"
 * carried out on the next turn's yes, leaving an empty export and one CustomerErased on the bus.
 */
class AccountInChatLocalTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @Test
    void aCustomerManagesTheirAccountInChatAndErasesEverythingWithAYes() {
        String subject = "account-" + UUID.randomUUID();
        String token = stack.mintToken(subject, List.of());
        chat("I'm vegetarian", null, token);
        stack.drainStreams();

        assertThat(reply(chat("what do you remember about me", null, token))).contains("vegetarian");
        assertThat(reply(chat("你记得我什么？", null, token))).contains("我记得这些");
        assertThat(reply(chat("turn off marketing messages", null, token)))
                .contains("marketing messages already set that way");
        assertThat(reply(chat("关闭记忆", null, token))).contains("记忆已关闭");
        assertThat(Http.json(http.send(http.get("/v1/settings", token)))
                        .path("memoryEnabled")
                        .asBoolean())
                .isFalse();

        JsonNode asked = chat("把我的数据都删掉", null, token);
        assertThat(asked.path("actions").get(0).path("type").asText()).isEqualTo("erase_my_data");
        assertThat(asked.path("actions").get(0).path("status").asText()).isEqualTo("pending_confirmation");
        JsonNode done = chat("确认", asked.path("sessionId").asText(), token);

        assertThat(reply(done)).contains("全部数据都已删除");
        JsonNode export = Http.json(http.send(http.get("/v1/me/export", token))).path("data");
        assertThat(export.properties())
                .allSatisfy(kind -> assertThat(kind.getValue()).isEmpty());
        stack.drainStreams();
        String customerId = Owner.of(new Caller(subject, Set.of()), null).customerHash();
        JsonNode events = Http.json(http.send(http.get("/local/events", null))).path("events");
        assertThat(StreamSupport.stream(events.spliterator(), false)
                        .filter(e -> customerId.equals(
                                e.path("detail").path("customerId").asText())))
                .singleElement()
                .satisfies(e -> assertThat(e.path("detailType").asText()).isEqualTo("CustomerErased"));
    }

    private JsonNode chat(String message, String sessionId, String token) {
        String session = sessionId == null ? "" : ",\"sessionId\":\"" + sessionId + "\"";
        return Http.json(http.send(http.postJson(
                "/v1/chat", "{\"message\":" + dev.rapport.json.Json.write(message) + session + "}", token)));
    }

    private static String reply(JsonNode chat) {
        return chat.path("reply").asText();
    }
}
