package dev.rapport.chat;

import java.time.Duration;
import java.time.Instant;

/**
 * The per-customer rate limit's unit: how many chat turns one customer has started in one clock
 * minute, on top of the API's own throttling. A fixed window rather than a token bucket, because its
 * counter is incremented inside the turn's own transaction without a read-modify-write race: the
 * turn pays no extra round trip for it.
 *
 * @param minute epoch minute of the window
 * @param limit turns allowed per window; 0 for no limit
 */
public record RateWindow(long minute, int limit) {

    public static RateWindow at(Instant now, int limit) {
        return new RateWindow(now.getEpochSecond() / 60, limit);
    }

    public boolean limited() {
        return limit > 0;
    }

    public boolean exhaustedBy(int turns) {
        return limited() && turns >= limit;
    }

    /** Until the next window opens; at least a second so clients don't spin. */
    public Duration retryAfter(Instant now) {
        return Duration.ofSeconds(Math.max(1, (minute + 1) * 60 - now.getEpochSecond()));
    }

    /** When the counter may be dropped (TTL): a minute after its window closed. */
    public long expiresAt() {
        return (minute + 2) * 60;
    }
}
