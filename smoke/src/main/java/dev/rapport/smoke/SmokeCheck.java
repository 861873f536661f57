package dev.rapport.smoke;

import java.time.Duration;

/** One end-to-end check of the API, run with the smoke customer's token. */
interface SmokeCheck {

    /** The check's name in the report. */
    String name();

    /**
     * Runs the check.
     *
     * @return one line saying what was seen
     * @throws SmokeFailure saying, in one line, what was wrong
     */
    String run(ApiClient api);

    /** Waits before the next attempt against the deployed stack. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmokeFailure("interrupted while waiting");
        }
    }

    /** A duration as a person reads it: {@code 1.2 s}. */
    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
