package dev.rapport.functions.reminders;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.config.Environment;
import dev.rapport.json.Json;
import dev.rapport.observability.Telemetry;
import dev.rapport.reminders.ReminderSweep;
import dev.rapport.scheduling.FiringTime;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.ReminderApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run by the every-minute schedule. The event says when the schedule fired — EventBridge
 * Scheduler's {@code scheduledTime} (from the template's input) or a scheduled rule's
 * {@code time} — and the sweep delivers what was due by then, so a retried or late invocation
 * sweeps the minute it was meant for. Without either, the clock decides.
 */
public final class ReminderSweepFunction implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSweepFunction.class);

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final ReminderApplication APP = ReminderApplication.fromEnvironment(Environment.system());

        static {
            Priming.register("reminder-sweep", () -> new ReminderSweepFunction(APP.sweep(), Clock.systemUTC()).prime());
        }
    }

    private final ReminderSweep sweep;
    private final Clock clock;

    public ReminderSweepFunction() {
        this(Default.APP.sweep(), Clock.systemUTC());
    }

    public ReminderSweepFunction(ReminderSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.MAPPER.readTree(input);
        ReminderSweep.Report report = Telemetry.invocation(context, () -> {
            ReminderSweep.Report swept = sweep.run(FiringTime.of(event, clock));
            Telemetry.count("RemindersDelivered", swept.delivered());
            LOG.info(
                    "reminders swept",
                    entry("from", swept.from().toString()),
                    entry("until", swept.until().toString()),
                    entry("delivered", swept.delivered()),
                    entry("alreadyDelivered", swept.alreadyDelivered()));
            return swept;
        });
        Json.MAPPER.writeValue(output, report);
    }

    /** The schedule's event read, the sweep's reads (for 1970: nothing is due) and the report written; no delivery. */
    void prime() {
        try {
            FiringTime.of(Json.MAPPER.readTree("{\"scheduledTime\":\"1970-01-01T00:00:00Z\"}"), clock);
            sweep.prime();
            Json.MAPPER.writeValueAsBytes(new ReminderSweep.Report(Instant.EPOCH, Instant.EPOCH, 0, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
