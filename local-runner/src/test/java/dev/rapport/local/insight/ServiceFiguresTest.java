package dev.rapport.local.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.LocalRapport;
import dev.rapport.local.LocalRapportFixture;
import dev.rapport.local.testing.Audiences;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A demo conversation with feedback shows up in the support admins' figures, through the whole local stack. */
class ServiceFiguresTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());
    private final String admin = stack.mintToken("ada-admin", List.of("support-admins"));

    @Test
    void aConversationWithFeedbackIsInTheFigures() {
        stack.drainStreams();
        JsonNode before = today();
        String customer = stack.mintToken("figures-" + System.nanoTime(), List.of());

        JsonNode first =
                Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"Where is my parcel?\"}", customer)));
        http.send(http.postJson(
                "/v1/chat",
                "{\"message\":\"Thanks!\",\"sessionId\":\""
                        + first.path("sessionId").asText() + "\"}",
                customer));
        HttpResponse<String> rated = http.send(
                http.postJson("/v1/turns/" + first.path("turnId").asText() + "/feedback", "{\"rating\":5}", customer));
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        stack.drainStreams();
        JsonNode after = today();

        assertThat(delta(before, after, "turns")).isEqualTo(2);
        assertThat(delta(before, after, "sessions")).isEqualTo(1);
        assertThat(after.path("ratings").path("count").asLong()
                        - before.path("ratings").path("count").asLong())
                .isEqualTo(1);
        assertThat(after.path("ratings").path("csat").isNumber()).isTrue();
        assertThat(after.path("latencyP50Ms").isNumber()).isTrue();
        assertThat(after.path("days")).hasSize(1);
    }

    @Test
    void aRememberedFactItsDeletionAReminderAndACampaignMessageAreInTheFigures() {
        stack.drainStreams();
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        // Deliveries are counted on the (moved) clock's day: the range reaches into tomorrow.
        JsonNode before = figures(day, day.plusDays(1));
        String sub = "remembers-" + UUID.randomUUID();
        String customer = stack.mintToken(sub, List.of());

        http.send(http.postJson("/v1/chat", "{\"message\":\"I'm vegetarian\",\"locale\":\"en\"}", customer));
        stack.drainStreams();
        String memoryId = Http.json(http.send(http.get("/v1/memory", customer)))
                .path("memories")
                .get(0)
                .path("id")
                .asText();
        HttpResponse<String> deleted = http.send(http.request("/v1/memory/" + memoryId)
                .header("Authorization", "Bearer " + customer)
                .DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isLessThan(300);

        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> reminder = http.send(http.postJson(
                "/v1/reminders",
                "{\"text\":\"water the plants\",\"at\":\"" + at + "\",\"timezone\":\"UTC\"}",
                customer));
        assertThat(reminder.statusCode()).as(reminder.body()).isEqualTo(201);
        String region = "figures-" + UUID.randomUUID().toString().substring(0, 8);
        new Audiences(stack).customer(sub, "Figures", true, region, "UTC", "en");
        String marketer = stack.mintToken("mia-" + UUID.randomUUID(), List.of("marketers"));
        HttpResponse<String> campaign = http.send(http.postJson(
                "/v1/campaigns",
                "{\"name\":\"Tea\",\"segment\":{\"regions\":[\""
                        + region + "\"]},\"brief\":\"New tea is in.\",\"sendAt\":\"" + at + "\",\"timezone\":\"UTC\","
                        + "\"quietHours\":\"00:00-00:00\"}",
                marketer));
        assertThat(campaign.statusCode()).as(campaign.body()).isEqualTo(201);
        try {
            LocalRapportFixture.CLOCK.moveTo(at.toInstant(ZoneOffset.UTC).plusSeconds(1));
            for (String schedule : List.of("ReminderSweep", "ReminderSweep", "CampaignDispatch", "CampaignDispatch")) {
                assertThat(http.send(http.request("/local/schedules/" + schedule + "/run")
                                        .POST(HttpRequest.BodyPublishers.noBody()))
                                .statusCode())
                        .isEqualTo(200);
            }
            stack.drainQueues();
        } finally {
            LocalRapportFixture.CLOCK.reset();
        }
        JsonNode after = figures(day, day.plusDays(1));

        assertThat(delta(before, after, "memory", "writes")).isEqualTo(1);
        assertThat(delta(before, after, "memory", "deletions")).isEqualTo(1);
        assertThat(Http.json(http.send(http.get("/v1/inbox", customer)))
                        .path("messages")
                        .findValuesAsText("kind"))
                .containsExactlyInAnyOrder("reminder", "campaign");
        // At least: the moved clock may also deliver what other tests of the shared stack left due (exactness
        // per delivery is FedCountersTest's).
        assertThat(delta(before, after, "deliveries", "reminders")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "deliveries", "campaigns")).isGreaterThanOrEqualTo(1);
        assertThat(after.path("notes").toString()).doesNotContain("until those features feed them");
    }

    @Test
    void customersGet403AndBadRangesA400Problem() {
        String customer = stack.mintToken("curious-customer", List.of());
        LocalDate day = LocalDate.now(ZoneOffset.UTC);

        HttpResponse<String> forbidden =
                http.send(http.get("/v1/analytics/summary?from=" + day + "&to=" + day, customer));
        HttpResponse<String> backwards =
                http.send(http.get("/v1/analytics/summary?from=" + day + "&to=" + day.minusDays(1), admin));
        HttpResponse<String> tooLong =
                http.send(http.get("/v1/analytics/summary?from=" + day.minusDays(92) + "&to=" + day, admin));

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    private JsonNode today() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        return figures(day, day);
    }

    private JsonNode figures(LocalDate from, LocalDate to) {
        HttpResponse<String> response = http.send(http.get("/v1/analytics/summary?from=" + from + "&to=" + to, admin));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static long delta(JsonNode before, JsonNode after, String group, String field) {
        return after.path(group).path(field).asLong()
                - before.path(group).path(field).asLong();
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.path(field).asLong() - before.path(field).asLong();
    }
}
