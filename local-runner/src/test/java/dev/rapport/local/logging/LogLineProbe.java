package dev.rapport.local.logging;

import dev.rapport.observability.Telemetry;
import dev.rapport.testing.TestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run on a function's shaded jar alone: one invocation's log lines as a handler writes them, an
 * answer and a failure with its exception, so their JSON shape can be checked on the jar Lambda runs.
 */
public final class LogLineProbe {

    private LogLineProbe() {}

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger("dev.rapport.probe");
        Telemetry.invocation(new TestContext("req-probe-1", "rapport-probe"), () -> {
            Telemetry.correlate("sessionId", "s-probe");
            log.info("turn answered in {} ms", 12);
            log.error("turn failed", new IllegalStateException("model unavailable"));
            return null;
        });
    }
}
