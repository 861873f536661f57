package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.local.template.SamTemplate;
import dev.rapport.local.template.ScheduleTrigger;
import dev.rapport.local.testing.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The template's schedules on the local stack: read like the stream triggers, fired with real Scheduler events. */
class LocalSchedulesTest {

    private final LocalRapport stack = LocalRapportFixture.shared();
    private final Http http = new Http(stack.baseUri());

    @AfterEach
    void realTime() {
        LocalRapportFixture.CLOCK.reset();
    }

    @Test
    void theTemplatesScheduleV2EventsAreReadWithRateAndInput() {
        SamTemplate template =
                SamTemplate.load(LocalRapportOptions.ephemeral().templatePath(), LocalRapport.LOCAL_DEFAULTS, Map.of());

        assertThat(template.schedules())
                .extracting(ScheduleTrigger::name)
                .containsExactlyInAnyOrder("ReminderSweep", "CampaignDispatch", "TrainingExport", "ModelWatch");
        assertThat(template.schedules())
                .filteredOn(s -> s.name().equals("ReminderSweep"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.function()).isEqualTo("ReminderSweepFunction");
                    assertThat(s.scheduleName()).isEqualTo("rapport-local-reminder-sweep");
                    assertThat(s.rate()).contains(Duration.ofMinutes(1));
                    assertThat(s.input()).contains("<aws.scheduler.scheduled-time>");
                });
        assertThat(template.schedules())
                .filteredOn(s -> s.name().equals("TrainingExport"))
                .singleElement()
                .satisfies(s -> assertThat(s.rate()).isEmpty());
        assertThat(new ScheduleTrigger("F", "Nightly", null, "Schedule", "cron(0 3 * * ? *)", null).rate())
                .isEmpty();
        assertThat(new ScheduleTrigger("F", "Hourly", null, "Schedule", "rate(2 hours)", null).rate())
                .contains(Duration.ofHours(2));
    }

    @Test
    void runningAScheduleSendsSchedulersContextAttributesAtTheStacksTime() {
        LocalRapportFixture.CLOCK.moveTo(Instant.parse("2031-01-01T00:00:00Z"));

        HttpResponse<String> response =
                http.send(http.request("/local/schedules/ReminderSweep/run").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode fired = Http.json(response);
        assertThat(fired.path("function").asText()).isEqualTo("ReminderSweepFunction");
        JsonNode event = fired.path("event");
        assertThat(event.path("scheduleArn").asText())
                .isEqualTo("arn:aws:scheduler:us-east-1:000000000000:schedule/default/rapport-local-reminder-sweep");
        assertThat(Instant.parse(event.path("scheduledTime").asText()))
                .isBetween(Instant.parse("2031-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:01:00Z"));
        assertThat(event.path("executionId").asText()).hasSize(36);
        assertThat(event.path("attemptNumber").asText()).isEqualTo("1");
        assertThat(fired.path("result").path("until").asText())
                .isEqualTo(event.path("scheduledTime").asText());
    }

    @Test
    void aScheduleIsFoundByItsNameTooAndUnknownOnesAreNotFound() {
        assertThat(http.send(http.request("/local/schedules/rapport-local-reminder-sweep/run")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.send(http.request("/local/schedules/Nope/run").POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(http.get("/local/schedules/ReminderSweep/run", null))
                        .statusCode())
                .isEqualTo(405);
        assertThat(Http.json(http.send(http.get("/local/schedules", null))).path("schedules"))
                .extracting(s -> s.path("name").asText())
                .containsExactlyInAnyOrder("ReminderSweep", "CampaignDispatch", "TrainingExport", "ModelWatch");
        // A cron schedule is not fired in the background, but runs on demand like any other.
        assertThat(http.send(http.request("/local/schedules/TrainingExport/run")
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theModelWatchRunsLocallyAndChecksNothingWithTheOfflineProvider() {
        HttpResponse<String> response = http.send(http.request("/local/schedules/rapport-local-model-watch/run")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode fired = Http.json(response);
        assertThat(fired.path("function").asText()).isEqualTo("ModelWatchFunction");
        assertThat(fired.path("event").path("scheduleArn").asText())
                .endsWith(":schedule/default/rapport-local-model-watch");
        assertThat(fired.path("result").path("models").isArray()).isTrue();
        assertThat(fired.path("result").path("models")).isEmpty();
    }
}
