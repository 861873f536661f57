package dev.rapport.functions.export;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.config.Environment;
import dev.rapport.export.ExportManifest;
import dev.rapport.export.ExportRequest;
import dev.rapport.export.InvalidExportRequest;
import dev.rapport.json.Json;
import dev.rapport.observability.Telemetry;
import dev.rapport.scheduling.FiringTime;
import dev.rapport.wiring.TrainingExportApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training-data export job. Fired by its schedule with a scheduled event (its {@code time}
 * picks the days: the configured number of whole UTC days before it), or on demand with
 * {@code {"from":"2026-11-01","to":"2026-11-30","minRating":4}}. Answers with the manifest. Input
 * it cannot run on fails the invocation with {@link InvalidExportRequest} before anything is read
 * or written.
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
        JsonNode event = event(input);
        ExportManifest manifest = Telemetry.invocation(context, () -> {
            ExportRequest request;
            try {
                request = request(event);
            } catch (InvalidExportRequest e) {
                LOG.warn("export request rejected", entry("reason", e.getMessage()));
                throw e;
            }
            ExportManifest done = app.export().run(request);
            Telemetry.count("TrainingConversationsExported", done.conversations());
            LOG.info(
                    "training data exported",
                    entry("conversations", done.conversations()),
                    entry("turns", done.turns()),
                    entry("excluded", done.excluded()),
                    entry("data", done.data()));
            return done;
        });
        Json.MAPPER.writeValue(output, manifest);
    }

    ExportRequest request(JsonNode event) {
        int minRating = minRating(event.get("minRating"));
        if (event.has("from") || event.has("to")) {
            return ExportRequest.of(text(event, "from"), text(event, "to"), minRating);
        }
        Instant firedAt = FiringTime.of(event, Clock.systemUTC());
        return ExportRequest.before(firedAt, app.days(), minRating);
    }

    private static JsonNode event(InputStream input) throws IOException {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(input);
        } catch (JsonProcessingException e) {
            throw new InvalidExportRequest("the event is not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject()) {
            throw new InvalidExportRequest("the event is not a JSON object");
        }
        return event;
    }

    private int minRating(JsonNode value) {
        if (value == null || value.isNull()) {
            return app.minRating();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidExportRequest("minRating " + value + " is not a whole number from 1 to 5");
        }
        return value.intValue();
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw new InvalidExportRequest(field + " " + value + " is not a date (yyyy-MM-dd)");
        }
        return value == null || value.isNull() ? null : value.asText();
    }
}
