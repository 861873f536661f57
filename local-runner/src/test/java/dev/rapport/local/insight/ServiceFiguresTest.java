package dev.rapport.local.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.LocalStack;
import dev.rapport.local.LocalStackFixture;
import dev.rapport.local.testing.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A demo conversation with feedback shows up in the support admins' figures, through the whole local stack. */
class ServiceFiguresTest {

    private final LocalStack stack = LocalStackFixture.shared();
    private final Http http = new Http(stack.baseUri());
    private final String admin = stack.mintToken("ada-admin", List.of("support-admins"));

    @Test
    void aConversationWithFeedbackIsInTheFigures() {
        stack.drainStreams();
        JsonNode before = today();
        String customer = stack.mintToken("figures-" + System.nanoTime(), List.of());

        JsonNode first = Http.json(http.send(http.postJson("/v1/chat", "{\"message\":\"Where is my parcel?\"}", customer)));
        http.send(http.postJson("/v1/chat", "{\"message\":\"Thanks!\",\"sessionId\":\"" + first.path("sessionId").asText()
                + "\"}", customer));
        HttpResponse<String> rated = http.send(http.postJson("/v1/turns/" + first.path("turnId").asText() + "/feedback",
                "{\"rating\":5}", customer));
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        stack.drainStreams();
        JsonNode after = today();

        assertThat(delta(before, after, "turns")).isEqualTo(2);
        assertThat(delta(before, after, "sessions")).isEqualTo(1);
        assertThat(after.path("ratings").path("count").asLong() - before.path("ratings").path("count").asLong()).isEqualTo(1);
        assertThat(after.path("ratings").path("csat").isNumber()).isTrue();
        assertThat(after.path("latencyP50Ms").isNumber()).isTrue();
        assertThat(after.path("days")).hasSize(1);
    }

    @Test
    void customersGet403AndBadRangesA400Problem() {
        String customer = stack.mintToken("curious-customer", List.of());
        LocalDate day = LocalDate.now(ZoneOffset.UTC);

        HttpResponse<String> forbidden = http.send(http.get("/v1/analytics/summary?from=" + day + "&to=" + day, customer));
        HttpResponse<String> backwards = http.send(http.get("/v1/analytics/summary?from=" + day + "&to=" + day.minusDays(1), admin));
        HttpResponse<String> tooLong = http.send(http.get("/v1/analytics/summary?from=" + day.minusDays(92) + "&to=" + day, admin));

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    private JsonNode today() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> response = http.send(http.get("/v1/analytics/summary?from=" + day + "&to=" + day, admin));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.path(field).asLong() - before.path(field).asLong();
    }
}
