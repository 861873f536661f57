package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.testing.Audiences;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's campaign promise on the local stack, SQS in ElasticMQ: a marketer previews and
 * schedules a campaign, the dispatch schedule fires twice, and exactly the opted-in customers of
 * the segment get exactly one personalized message each.
 */
class CampaignsEndToEndTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());
    private final String region = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void realTime() {
        LocalRapportFixture.CLOCK.reset();
    }

    @Test
    void exactlyTheOptedInCustomersOfTheSegmentGetOneMessageEach() {
        String marketer = stack.mintToken("mia-" + UUID.randomUUID(), List.of("marketers"));
        String ann = customer("ann", "安", true, region);
        String ben = customer("ben", "Ben", true, region);
        String cat = customer("cat", "Cat", false, region);
        String dan = customer("dan", "Dan", true, "elsewhere");
        LocalDateTime sendAt =
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> asCustomer = http.send(http.postJson("/v1/campaigns", body(sendAt), ann));
        HttpResponse<String> created = http.send(http.postJson("/v1/campaigns", body(sendAt), marketer));
        assertThat(asCustomer.statusCode()).isEqualTo(403);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Http.json(created).path("id").asText();
        JsonNode preview = Http.json(http.send(http.postJson("/v1/campaigns/" + id + "/preview", "", marketer)));
        assertThat(preview.path("samples").findValuesAsText("message")).contains("安，冬茶到了。", "Ben，冬茶到了。");
        assertThat(inbox(ann)).isEmpty();

        LocalRapportFixture.CLOCK.moveTo(
                sendAt.atZone(ZoneId.of("Asia/Shanghai")).toInstant().plusSeconds(1));
        runDispatch();
        runDispatch();
        for (int drains = 0; drains < 50 && !status(id, marketer).equals("finished"); drains++) {
            stack.drainQueues();
        }

        assertThat(inbox(ann)).singleElement().satisfies(m -> {
            assertThat(m.path("kind").asText()).isEqualTo("campaign");
            assertThat(m.path("text").asText()).isEqualTo("安，冬茶到了。");
        });
        assertThat(inbox(ben))
                .singleElement()
                .satisfies(m -> assertThat(m.path("text").asText()).isEqualTo("Ben，冬茶到了。"));
        assertThat(inbox(cat)).isEmpty();
        assertThat(inbox(dan)).isEmpty();
        JsonNode stats =
                Http.json(http.send(http.get("/v1/campaigns/" + id, marketer))).path("stats");
        assertThat(stats.path("targeted").asInt()).isEqualTo(3);
        assertThat(stats.path("sent").asInt()).isEqualTo(2);
        assertThat(stats.path("skipped").path("noConsent").asInt()).isEqualTo(1);
        assertThat(stats.path("failed").asInt()).isZero();
        HttpResponse<String> cancelFinished = http.send(http.postJson("/v1/campaigns/" + id + "/cancel", "", marketer));
        assertThat(cancelFinished.statusCode()).isEqualTo(409);
        assertThat(stack.queues().depth("rapport-local-campaign-batches-dlq")).isZero();
    }

    private String body(LocalDateTime sendAt) {
        return "{\"name\":\"冬茶\",\"segment\":{\"regions\":[\"" + region + "\"]},\"brief\":\"{name}，冬茶到了。\","
                + "\"sendAt\":\"" + sendAt + "\",\"timezone\":\"Asia/Shanghai\",\"quietHours\":\"00:00-00:00\"}";
    }

    private String customer(String subject, String name, boolean optIn, String region) {
        return new Audiences(stack).customer(subject + "-" + UUID.randomUUID(), name, optIn, region);
    }

    private void runDispatch() {
        HttpResponse<String> response = http.send(
                http.request("/local/schedules/CampaignDispatch/run").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private String status(String id, String token) {
        return Http.json(http.send(http.get("/v1/campaigns/" + id, token)))
                .path("status")
                .asText();
    }

    private JsonNode inbox(String token) {
        return Http.json(http.send(http.get("/v1/inbox", token))).path("messages");
    }
}
