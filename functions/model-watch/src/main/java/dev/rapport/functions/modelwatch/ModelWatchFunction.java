package dev.rapport.functions.modelwatch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.config.Environment;
import dev.rapport.json.Json;
import dev.rapport.model.lifecycle.ModelLifecycle;
import dev.rapport.model.lifecycle.ModelWatch;
import dev.rapport.observability.Telemetry;
import dev.rapport.wiring.ModelWatchApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Run by the daily schedule: checks the lifecycle of every configured Bedrock model, publishes one
 * status per model and answers with what it found. The event only names the run (Scheduler's
 * execution id, logged); what to check comes from the configuration.
 */
public final class ModelWatchFunction implements RequestStreamHandler {

    /** Built once per execution environment, at init; with a Bedrock client only when a provider is Bedrock. */
    private static final class Default {
        static final ModelWatch WATCH =
                ModelWatchApplication.fromEnvironment(Environment.system()).watch();
    }

    private final ModelWatch watch;

    public ModelWatchFunction() {
        this(Default.WATCH);
    }

    public ModelWatchFunction(ModelWatch watch) {
        this.watch = watch;
    }

    /** What the run found, per configured id. */
    record Report(List<ModelLifecycle> models) {}

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.MAPPER.readTree(input);
        Report report = Telemetry.invocation(context, () -> {
            Telemetry.correlate(
                    "executionId",
                    event == null ? null : event.path("executionId").textValue());
            List<ModelLifecycle> checked = watch.check();
            Telemetry.count("ModelsWatched", checked.size());
            return new Report(checked);
        });
        Json.MAPPER.writeValue(output, report);
    }
}
