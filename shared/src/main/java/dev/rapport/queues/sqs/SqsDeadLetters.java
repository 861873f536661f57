package dev.rapport.queues.sqs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.integrations.DeadLetters;
import dev.rapport.json.Json;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Refused business events as SQS messages: the reason in the body and as a message attribute (so a
 * console lists why without opening each), beside the redacted event.
 */
public final class SqsDeadLetters implements DeadLetters {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(DeadLetter letter) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("reason", letter.reason());
        body.put("eventId", letter.eventId());
        body.put("detailType", letter.detailType());
        body.put("event", letter.event());
        sqs.sendMessage(b -> b.queueUrl(queueUrl)
                .messageBody(body.toString())
                .messageAttributes(Map.of(
                        "reason",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue(letter.reason())
                                .build())));
    }
}
