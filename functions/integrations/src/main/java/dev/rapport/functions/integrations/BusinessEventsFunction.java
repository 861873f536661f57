package dev.rapport.functions.integrations;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.config.Environment;
import dev.rapport.integrations.BusinessEvents;
import dev.rapport.integrations.DeadLetters;
import dev.rapport.json.Json;
import dev.rapport.observability.Telemetry;
import dev.rapport.wiring.IntegrationApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The target of the business bus's rule: one {@code OrderPlaced}, {@code OrderUpdated} or
 * {@code CustomerUpdated} per invocation, applied once; anything it cannot apply goes to the dead
 * letters with the reason and the invocation succeeds, so EventBridge does not retry what can never
 * work. An update that overtook its order's {@code OrderPlaced}, or a failure to write (an outage),
 * throws, and Lambda's retries and on-failure queue take over.
 */
public final class BusinessEventsFunction implements RequestStreamHandler {

    private static final class Default {
        static final IntegrationApplication APP = IntegrationApplication.fromEnvironment(Environment.system());
    }

    private final BusinessEvents events;
    private final DeadLetters deadLetters;

    public BusinessEventsFunction() {
        this(Default.APP.events(), Default.APP.deadLetters());
    }

    public BusinessEventsFunction(BusinessEvents events, DeadLetters deadLetters) {
        this.events = events;
        this.deadLetters = deadLetters;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String envelope = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode head = head(envelope);
        String id = head.path("id").asText(null);
        String type = head.path("detail-type").asText(null);
        BusinessEvents.Outcome outcome = Telemetry.invocation(context, () -> {
            Telemetry.correlate("eventId", id);
            BusinessEvents.Outcome o = events.receive(envelope, id, type, deadLetters);
            Telemetry.count("BusinessEvents_" + o.result());
            return o;
        });
        if (outcome.waiting()) {
            // Failing the invocation is what makes Lambda try again (twice, over about three minutes) and only
            // then hand the event to the dead-letter queue, with this reason in its failure record.
            throw new IllegalStateException(outcome.reason());
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.put("eventId", id);
        answer.put("result", outcome.result());
        if (outcome.rejected()) {
            answer.put("reason", outcome.reason());
        }
        Json.MAPPER.writeValue(output, answer);
    }

    /** The envelope's id and type for logs and the dead letter; an unreadable event still gets its dead letter. */
    private static JsonNode head(String envelope) {
        try {
            JsonNode node = Json.MAPPER.readTree(envelope);
            return node == null ? Json.MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            return Json.MAPPER.createObjectNode();
        }
    }
}
