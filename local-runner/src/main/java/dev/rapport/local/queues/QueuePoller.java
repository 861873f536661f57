package dev.rapport.local.queues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.local.lambda.FunctionFailedException;
import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.template.QueueTrigger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One SQS trigger: receives up to the trigger's batch size, invokes the function with Lambda's SQS
 * event JSON, and deletes what succeeded. With {@code ReportBatchItemFailures} the messages the
 * function names stay in the queue; a thrown error keeps the whole batch. Kept messages come back
 * after the queue's visibility timeout and, past its maxReceiveCount, ElasticMQ moves them to the
 * dead-letter queue — as SQS and Lambda do.
 */
final class QueuePoller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueueTrigger trigger;
    private final LocalFunction function;
    private final SqsClient client;
    private final String url;

    QueuePoller(QueueTrigger trigger, LocalFunction function, SqsClient client, String url) {
        this.trigger = trigger;
        this.function = function;
        this.client = client;
        this.url = url;
    }

    int drain() {
        int handled = 0;
        while (true) {
            List<Message> messages = client.receiveMessage(b -> b.queueUrl(url)
                            .maxNumberOfMessages(Math.min(10, trigger.batchSize()))
                            .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages();
            if (messages.isEmpty()) {
                return handled;
            }
            Set<String> failed = new HashSet<>();
            try {
                JsonNode response = JSON.readTree(function.invoke(event(messages)));
                if (trigger.reportBatchItemFailures() && response != null) {
                    response.path("batchItemFailures")
                            .forEach(f -> failed.add(f.path("itemIdentifier").asText()));
                }
            } catch (FunctionFailedException | java.io.IOException e) {
                System.err.println("local stack: " + trigger.function() + " failed a batch: " + e.getMessage());
                messages.forEach(m -> failed.add(m.messageId()));
            }
            for (Message message : messages) {
                if (!failed.contains(message.messageId())) {
                    client.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
                    handled++;
                }
            }
        }
    }

    private String event(List<Message> messages) throws java.io.IOException {
        String arn = "arn:aws:sqs:us-east-1:000000000000:" + trigger.queueName();
        List<Map<String, Object>> records = messages.stream()
                .map(m -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("messageId", m.messageId());
                    record.put("receiptHandle", m.receiptHandle());
                    record.put("body", m.body());
                    Map<String, String> attributes = new LinkedHashMap<>();
                    m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
                    record.put("attributes", attributes);
                    record.put("messageAttributes", Map.of());
                    record.put("md5OfBody", m.md5OfBody());
                    record.put("eventSource", "aws:sqs");
                    record.put("eventSourceARN", arn);
                    record.put("awsRegion", "us-east-1");
                    return record;
                })
                .toList();
        return JSON.writeValueAsString(Map.of("Records", records));
    }
}
