package dev.rapport.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.identity.Caller;
import dev.rapport.model.ModelPricing;
import dev.rapport.problem.ProblemException;
import dev.rapport.storage.dynamodb.DynamoDbAnalyticsLedger;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The summary's figures from counters in the embedded DynamoDB, and what it refuses. */
class AnalyticsServiceTest {

    private static final Caller ADMIN = new Caller("ada", Set.of(Caller.SUPPORT_ADMINS));
    private static final LocalDate DAY = LocalDate.parse("2026-11-24");

    private DynamoDbAnalyticsLedger ledger;
    private AnalyticsService service;

    @BeforeEach
    void setUp() {
        TestDynamoDb dynamo = TestDynamoDb.shared();
        ledger = new DynamoDbAnalyticsLedger(
                dynamo.client(),
                dynamo.createAnalyticsTable(),
                Clock.systemUTC(),
                Duration.ofDays(3),
                Duration.ofDays(91));
        service = new AnalyticsService(ledger, new ModelPricing(0.25, 1.25));
    }

    @Test
    void figuresOfARangeComeFromItsDays() {
        for (int s = 0; s < 4; s++) {
            ledger.count(new Observation("session#" + s, DAY, Tally.EMPTY.with(Counter.SESSIONS, 1)));
        }
        for (int t = 0; t < 10; t++) {
            ledger.count(new Observation(
                    "turn#" + t,
                    t < 8 ? DAY : DAY.plusDays(2),
                    Tally.EMPTY
                            .with(Counter.TURNS, 1)
                            .with(Counter.INPUT_TOKENS, 1_000)
                            .with(Counter.OUTPUT_TOKENS, 200)
                            .withLatency(t < 9 ? 400 : 9_000)));
        }
        ledger.count(new Observation(
                "handoff#a", DAY, Tally.EMPTY.with(Counter.HANDOFFS, 1).with(Counter.HANDOFF_RISK, 1)));
        ledger.count(new Observation("turn#outside", DAY.plusDays(5), Tally.EMPTY.with(Counter.TURNS, 1)));
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        ledger.rate(new Rating("r1", 5, null, at));
        ledger.rate(new Rating("r2", 2, null, at));
        ledger.rate(new Rating("r3", null, true, at));
        ledger.rate(new Rating("r4", null, false, at));

        ServiceSummary summary = service.summary(ADMIN, "2026-11-24", "2026-11-27");

        assertThat(summary.turns()).isEqualTo(10);
        assertThat(summary.sessions()).isEqualTo(4);
        assertThat(summary.containmentRate()).isEqualTo(0.75);
        assertThat(summary.handoffs().rate()).isEqualTo(0.25);
        assertThat(summary.handoffs().reasons()).containsEntry("risk", 1L).containsEntry("requested", 0L);
        assertThat(summary.ratings().count()).isEqualTo(2);
        assertThat(summary.ratings().average()).isEqualTo(3.5);
        assertThat(summary.ratings().csat()).isEqualTo(0.5);
        assertThat(summary.model().tokensPerTurn()).isEqualTo(1_200.0);
        assertThat(summary.model().estimatedCostUsd()).isCloseTo(10 * (1_000 * 0.25 + 200 * 1.25) / 1e6, within());
        assertThat(summary.latencyP50Ms()).isEqualTo(500);
        assertThat(summary.latencyP99Ms()).isEqualTo(12_000);
        assertThat(summary.faqFastPathRate()).isEqualTo(0.0);
        assertThat(summary.days()).hasSize(4).first().satisfies(d -> {
            assertThat(d.turns()).isEqualTo(8);
            assertThat(d.csat()).isEqualTo(0.5);
        });
        assertThat(summary.days().get(1).csat()).isNull();
    }

    @Test
    void anEmptyRangeHasZerosAndNoRates() {
        ServiceSummary summary = service.summary(ADMIN, "2026-01-01", "2026-01-01");

        assertThat(summary.turns()).isZero();
        assertThat(summary.containmentRate()).isNull();
        assertThat(summary.latencyP99Ms()).isNull();
        assertThat(summary.days()).hasSize(1);
    }

    @Test
    void onlySupportAdminsSeeTheFigures() {
        assertThatThrownBy(() -> service.summary(new Caller("bob", Set.of("marketers")), "2026-11-01", "2026-11-02"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(403));
    }

    @Test
    void badRangesAreBadRequests() {
        assertBadRequest(null, "2026-11-02");
        assertBadRequest("2026-11-01", "");
        assertBadRequest("2026-13-01", "2026-11-02");
        assertBadRequest("yesterday", "2026-11-02");
        assertBadRequest("2026-11-02", "2026-11-01");
        assertBadRequest("2026-01-01", "2026-04-03");
        assertThat(service.summary(ADMIN, "2026-01-01", "2026-04-02").days()).hasSize(92);
    }

    private void assertBadRequest(String from, String to) {
        assertThatThrownBy(() -> service.summary(ADMIN, from, to))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(400));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
