package dev.rapport.queues.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rapport.campaigns.CampaignQueue;
import dev.rapport.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Batches of recipients as SQS messages, ten to a SendMessageBatch call (SQS's maximum). Entries
 * SQS refuses are sent again once; what still fails is an error, so the schedule retries the
 * starter — which is safe, because a repeated batch records nothing twice.
 */
public final class SqsCampaignQueue implements CampaignQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsCampaignQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public int send(List<RecipientBatch> batches) {
        int calls = 0;
        for (int i = 0; i < batches.size(); i += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<RecipientBatch> chunk = batches.subList(i, Math.min(batches.size(), i + 10));
            for (int n = 0; n < chunk.size(); n++) {
                entries.add(SendMessageBatchRequestEntry.builder()
                        .id(Integer.toString(n))
                        .messageBody(body(chunk.get(n)))
                        .build());
            }
            for (int attempt = 0; !entries.isEmpty(); attempt++) {
                if (attempt == 2) {
                    throw new IllegalStateException("SQS refused " + entries.size() + " campaign batches");
                }
                List<SendMessageBatchRequestEntry> request = entries;
                SendMessageBatchResponse response =
                        sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(request));
                calls++;
                List<String> failed =
                        response.failed().stream().map(f -> f.id()).toList();
                entries = request.stream().filter(e -> failed.contains(e.id())).toList();
            }
        }
        return calls;
    }

    /** The SQS message body of a batch. */
    public static String body(RecipientBatch batch) {
        try {
            return Json.MAPPER.writeValueAsString(
                    Map.of("campaignId", batch.campaignId(), "customers", batch.customers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("batch could not be written", e);
        }
    }

    /** The batch an SQS message body holds. */
    public static RecipientBatch parse(String body) {
        try {
            return Json.MAPPER.readValue(body, RecipientBatch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a campaign batch", e);
        }
    }
}
