package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's birthday promise on the local stack: a birthday and a favourite colour said in chat
 * reach the audience through the curator, and on the day the dispatch schedule, fired twice, sends
 * one card whose words and suggestion use them, served as an image to its owner only and erased with them.
 */
class BirthdayCardsEndToEndTest {

    /** 10:00 in Shanghai on 12 March 2027, the top of an hour: the birthday sweep runs. */
    private static final Instant ON_THE_DAY = Instant.parse("2027-03-12T02:00:00Z");

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @AfterEach
    void realTime() {
        LocalRapportFixture.CLOCK.reset();
    }

    @Test
    void aCustomerWhoToldUsTheirBirthdayAndColourGetsOneCardOnTheDay() {
        String an = customer("an", "安", true);
        String cy = customer("cy", "Cy", false);
        String bo = customer("bo", "Bo", true);
        for (String token : List.of(an, cy)) {
            chat(token, "我的生日是 3 月 12 日，我最喜欢绿色");
        }
        stack.drainStreams();
        assertThat(Http.json(http.send(http.get("/v1/memory", an)))
                        .path("memories")
                        .findValuesAsText("statement"))
                .contains("生日是3月12日", "喜欢绿色");

        LocalRapportFixture.CLOCK.moveTo(ON_THE_DAY);
        runDispatch();
        runDispatch();
        for (int drains = 0; drains < 20 && inbox(an).isEmpty(); drains++) {
            stack.drainQueues();
        }
        stack.drainQueues();

        JsonNode card = inbox(an).getFirst();
        assertThat(inbox(an)).hasSize(1);
        assertThat(card.path("kind").asText()).isEqualTo("campaign");
        assertThat(card.path("text").asText())
                .startsWith("安，生日快乐！")
                .contains("绿色")
                .contains("我们为您挑了");
        assertThat(card.path("card").asText()).isEqualTo("/v1/cards/birthday-2027");
        HttpResponse<String> image = http.send(http.get("/v1/cards/birthday-2027", an));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(image.body()).startsWith("<svg").contains("绿色").contains("为您挑选：");
        assertThat(http.send(http.get("/v1/cards/birthday-2027", bo)).statusCode())
                .isEqualTo(404);
        assertThat(inbox(cy)).isEmpty(); // no marketing consent, no card
        assertThat(http.send(http.get("/v1/cards/birthday-2027", cy)).statusCode())
                .isEqualTo(404);

        assertThat(http.send(http.request("/v1/me")
                                .header("Authorization", "Bearer " + an)
                                .DELETE())
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.send(http.get("/v1/cards/birthday-2027", an)).statusCode())
                .isEqualTo(404);
    }

    private String customer(String subject, String name, boolean optIn) {
        String token = stack.mintToken(subject + "-" + UUID.randomUUID(), List.of());
        HttpResponse<String> saved = http.send(http.request("/v1/settings")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"marketingOptIn\":" + optIn
                        + ",\"timezone\":\"Asia/Shanghai\",\"locale\":\"zh-CN\",\"profiles\":[{\"id\":\"default\","
                        + "\"name\":\"" + name + "\"}]}")));
        assertThat(saved.statusCode()).isEqualTo(200);
        return token;
    }

    private void chat(String token, String message) {
        HttpResponse<String> reply = http.send(http.postJson("/v1/chat", "{\"message\":\"" + message + "\"}", token));
        assertThat(reply.statusCode()).isEqualTo(200);
    }

    private void runDispatch() {
        HttpResponse<String> response = http.send(
                http.request("/local/schedules/CampaignDispatch/run").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private List<JsonNode> inbox(String token) {
        List<JsonNode> messages = new java.util.ArrayList<>();
        Http.json(http.send(http.get("/v1/inbox", token))).path("messages").forEach(messages::add);
        return messages;
    }
}
