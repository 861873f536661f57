package dev.rapport.functions.campaigns;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.campaigns.CampaignStarter;
import dev.rapport.config.Environment;
import dev.rapport.json.Json;
import dev.rapport.observability.Telemetry;
import dev.rapport.scheduling.FiringTime;
import dev.rapport.snapstart.Priming;
import dev.rapport.wiring.CampaignApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run by the dispatch schedule: starts every campaign due by the time the schedule fired
 * (EventBridge Scheduler's {@code scheduledTime}, a rule's {@code time}, else the clock).
 */
public final class CampaignStarterFunction implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignStarterFunction.class);

    /** Built once per execution environment, in static-init time that SnapStart snapshots. */
    private static final class Default {
        static final CampaignApplication APP = CampaignApplication.fromEnvironment(Environment.system());

        static {
            Priming.register(
                    "campaign-starter", () -> new CampaignStarterFunction(APP.starter(), Clock.systemUTC()).prime());
        }
    }

    private final CampaignStarter starter;
    private final Clock clock;

    public CampaignStarterFunction() {
        this(Default.APP.starter(), Clock.systemUTC());
    }

    public CampaignStarterFunction(CampaignStarter starter, Clock clock) {
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.MAPPER.readTree(input);
        CampaignStarter.Report report = Telemetry.invocation(context, () -> {
            CampaignStarter.Report started = starter.run(FiringTime.of(event, clock));
            Telemetry.count("CampaignsStarted", started.started());
            LOG.info("campaigns started", entry("started", started.started()), entry("targeted", started.targeted()));
            return started;
        });
        Json.MAPPER.writeValue(output, report);
    }

    /** The schedule's event read, the sweep's one read (nothing is due by 1970) and the report written; no claim. */
    void prime() {
        try {
            FiringTime.of(Json.MAPPER.readTree("{\"scheduledTime\":\"1970-01-01T00:00:00Z\"}"), clock);
            starter.prime();
            Json.MAPPER.writeValueAsBytes(new CampaignStarter.Report(0, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
