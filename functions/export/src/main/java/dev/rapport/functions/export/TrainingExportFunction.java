package dev.rapport.functions.export;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.config.Environment;
import dev.rapport.export.ExportManifest;
import dev.rapport.export.ExportRequest;
import dev.rapport.json.Json;
import dev.rapport.scheduling.FiringTime;
import dev.rapport.observability.Telemetry;
import dev.rapport.wiring.TrainingExportApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training-data export job. Fired by its schedule with a scheduled event (its {@code time}
 * picks the days: the configured number of whole UTC days before it), or on demand with
 * {@code {"from":"2026-11-01","to":"2026-11-30","minRating":4}}. Answers with the manifest.
 */
public final class TrainingExportFunction implements RequestStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingExportFunction.class);

    private static final class Default {
        static final TrainingExportApplication APP = TrainingExportApplication.fromEnvironment(Environment.system());
    }

    private final TrainingExportApplication app;

    public TrainingExportFunction() {
        this(Default.APP);
    }

    public TrainingExportFunction(TrainingExportApplication app) {
        this.app = app;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.MAPPER.readTree(input);
        ExportManifest manifest = Telemetry.invocation(context, () -> {
            ExportManifest done = app.export().run(request(event));
            Telemetry.count("TrainingConversationsExported", done.conversations());
            LOG.info("training data exported", entry("conversations", done.conversations()), entry("turns", done.turns()),
                    entry("excluded", done.excluded()), entry("data", done.data()));
            return done;
        });
        Json.MAPPER.writeValue(output, manifest);
    }

    ExportRequest request(JsonNode event) {
        int minRating = event.path("minRating").asInt(app.minRating());
        if (event.hasNonNull("from") || event.hasNonNull("to")) {
            return new ExportRequest(LocalDate.parse(event.path("from").asText()), LocalDate.parse(event.path("to").asText()),
                    minRating);
        }
        Instant firedAt = FiringTime.of(event, Clock.systemUTC());
        return ExportRequest.before(firedAt, app.days(), minRating);
    }
}
