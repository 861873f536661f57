package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's promise on the local stack: a customer asks in chat to be reminded in two minutes, and
 * exactly one message lands in their inbox at that minute, even with the schedule fired twice.
 * Time is moved on the stack's clock, not waited for.
 */
class RemindersEndToEndTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @AfterEach
    void realTime() {
        LocalRapportFixture.CLOCK.reset();
    }

    @Test
    void askedInChatDeliveredOnceAtThatMinuteThoughTheScheduleFiresTwice() {
        String token = stack.mintToken("oven-" + UUID.randomUUID(), List.of());
        String stranger = stack.mintToken("stranger-" + UUID.randomUUID(), List.of());

        JsonNode chat = Http.json(http.send(http.postJson(
                "/v1/chat", "{\"message\":\"remind me in two minutes to check the oven\",\"locale\":\"en\"}", token)));
        assertThat(chat.path("reply").asText()).startsWith("Done: I'll remind you to check the oven");
        String reminderId = chat.path("actions").get(0).path("id").asText();

        JsonNode listed = Http.json(http.send(http.get("/v1/reminders", token))).path("reminders");
        assertThat(listed)
                .singleElement()
                .satisfies(r -> assertThat(r.path("id").asText()).isEqualTo(reminderId));
        Instant due =
                OffsetDateTime.parse(listed.get(0).path("nextAt").asText()).toInstant();
        assertThat(due).isBetween(Instant.now().plusSeconds(100), Instant.now().plusSeconds(121));

        // Not yet: a sweep now leaves the inbox empty.
        runSweep();
        assertThat(inbox(token)).isEmpty();

        // That minute: the schedule fires twice (at-least-once); one message arrives.
        LocalRapportFixture.CLOCK.moveTo(due.plusSeconds(1));
        JsonNode first = runSweep();
        JsonNode second = runSweep();

        JsonNode messages = inbox(token);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.path("sourceId").asText()).isEqualTo(reminderId);
            assertThat(m.path("text").asText()).isEqualTo("a reminder: check the oven");
            assertThat(Instant.parse(m.path("occurrence").asText())).isEqualTo(due);
        });
        assertThat(first.path("result").path("delivered").asInt()
                        + second.path("result").path("delivered").asInt())
                .isLessThanOrEqualTo(1);
        assertThat(second.path("result").path("delivered").asInt()).isZero();
        assertThat(Http.json(http.send(http.get("/v1/reminders", token)))
                        .path("reminders")
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("done");
        assertThat(inbox(stranger)).isEmpty();
    }

    @Test
    void anotherCustomersReminderIsNotFoundAndBadTimesAreProblems() {
        String owner = stack.mintToken("owner-" + UUID.randomUUID(), List.of());
        String other = stack.mintToken("other-" + UUID.randomUUID(), List.of());
        String id = Http.json(http.send(http.postJson(
                        "/v1/reminders",
                        "{\"text\":\"water the"
                                + " plants\",\"rrule\":\"FREQ=WEEKLY;BYDAY=SA;BYHOUR=9;BYMINUTE=0\",\"timezone\":\"Europe/Berlin\"}",
                        owner)))
                .path("id")
                .asText();

        HttpResponse<String> stolen = http.send(http.request("/v1/reminders/" + id)
                .header("Authorization", "Bearer " + other)
                .DELETE());
        HttpResponse<String> pastTime =
                http.send(http.postJson("/v1/reminders", "{\"text\":\"too late\",\"at\":\"2020-01-01T08:00\"}", owner));

        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(pastTime.statusCode()).isEqualTo(422);
        assertThat(pastTime.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(Http.json(http.send(http.get("/v1/reminders", owner))).path("reminders"))
                .hasSize(1);
    }

    private JsonNode runSweep() {
        HttpResponse<String> response =
                http.send(http.request("/local/schedules/ReminderSweep/run").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response);
    }

    private JsonNode inbox(String token) {
        return Http.json(http.send(http.get("/v1/inbox", token))).path("messages");
    }
}
