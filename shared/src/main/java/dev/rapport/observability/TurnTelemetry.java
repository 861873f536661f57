package dev.rapport.observability;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import dev.rapport.chat.ChatReply;
import dev.rapport.model.ModelPricing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics and the one log line of an answered turn, alike for chat and photo turns. Ids, counts
 * and tokens only: the message, the photo and the reply never reach the logs.
 */
public final class TurnTelemetry {

    private static final Logger LOG = LoggerFactory.getLogger(TurnTelemetry.class);

    private TurnTelemetry() {}

    /** @param kind what answered, for the log line ("turn", "photo inquiry") */
    public static void answered(String kind, ChatReply reply, ModelPricing pricing) {
        Telemetry.correlate("sessionId", reply.sessionId());
        Telemetry.correlate("turnId", reply.turnId());
        Telemetry.count("Turns");
        Telemetry.count("ModelInputTokens", reply.usage().inputTokens());
        Telemetry.count("ModelOutputTokens", reply.usage().outputTokens());
        Telemetry.value("EstimatedModelCostUsd", pricing.costUsd(reply.usage()));
        // A message acknowledged while a person has the conversation is no new handoff.
        if (reply.handoff() && !ChatReply.FROM_HANDOFF.equals(reply.source())) {
            Telemetry.count("Handoffs");
        }
        LOG.info(
                kind + " answered",
                entry("inputTokens", reply.usage().inputTokens()),
                entry("outputTokens", reply.usage().outputTokens()),
                entry("sentiment", reply.sentiment().wire()),
                entry("handoff", reply.handoff()));
    }
}
