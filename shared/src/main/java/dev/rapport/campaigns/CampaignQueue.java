package dev.rapport.campaigns;

import java.util.List;

/** Where the starter puts batches of recipients for the workers (SQS in production and locally). */
public interface CampaignQueue {

    /** Enqueues the batches; returns how many send calls it took. */
    int send(List<RecipientBatch> batches);

    /** Customers of one campaign for one worker invocation to handle. */
    record RecipientBatch(String campaignId, List<String> customers) {
        public RecipientBatch {
            customers = List.copyOf(customers);
        }
    }
}
