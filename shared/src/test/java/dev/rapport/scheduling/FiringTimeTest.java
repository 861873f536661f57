package dev.rapport.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FiringTimeTest {

    private static final Instant NOW = Instant.parse("2031-05-01T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void schedulersTimeWinsOverARulesAndBothOverTheClock() throws Exception {
        assertThat(FiringTime.of(
                        Json.MAPPER.readTree(
                                "{\"scheduledTime\":\"2031-05-01T09:58:00Z\",\"time\":\"2031-05-01T09:59:00Z\"}"),
                        clock))
                .isEqualTo(Instant.parse("2031-05-01T09:58:00Z"));
        assertThat(FiringTime.of(Json.MAPPER.readTree("{\"time\":\"2031-05-01T09:59:00Z\"}"), clock))
                .isEqualTo(Instant.parse("2031-05-01T09:59:00Z"));
    }

    @Test
    void anUnreadableOrMissingTimeFallsBackToTheClock() throws Exception {
        assertThat(FiringTime.of(Json.MAPPER.readTree("{\"time\":\"yesterday\"}"), clock))
                .isEqualTo(NOW);
        assertThat(FiringTime.of(Json.MAPPER.readTree("{}"), clock)).isEqualTo(NOW);
        assertThat(FiringTime.of(null, clock)).isEqualTo(NOW);
    }
}
