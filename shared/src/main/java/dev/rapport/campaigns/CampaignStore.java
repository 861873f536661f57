package dev.rapport.campaigns;

import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where campaigns, their per-customer outcomes and the audience they are sent to live. */
public interface CampaignStore {

    void create(Campaign campaign);

    Optional<Campaign> find(String id);

    Stats stats(String id);

    /** Cancels unless finished or already cancelled; false then. */
    boolean cancel(String id);

    /** Scheduled campaigns whose start is at or before {@code now}. */
    List<Campaign> due(Instant now);

    /** Moves a scheduled campaign to running; false when another starter (or a cancel) got there first. */
    boolean start(String id);

    /** One page of the audience; {@code cursor} null for the first. */
    AudiencePage audience(String cursor, int limit);

    /** Records how many customers the starter enqueued, and finishes the campaign if all are done. */
    void targeted(String id, int count);

    /** Settings of these customers, read together (absent customers are missing from the map). */
    Map<String, CustomerSettings> settings(List<String> customerHashes);

    /** Campaign messages in the customer's inbox since {@code since}. */
    int campaignMessagesSince(String customerHash, Instant since, Instant now);

    /**
     * Records the outcome for (campaign, customer) and bumps its counter in one transaction, with
     * the inbox message when one is sent; false when that customer's outcome was already recorded.
     */
    boolean record(Campaign campaign, String customerHash, Outcome outcome, InboxMessage message, Instant at);

    /** Marks a running campaign finished when every targeted customer has an outcome. */
    void finishIfDone(String id);

    record AudiencePage(List<Audience> audience, String nextCursor) {}

    /** One customer's result: sent, failed, or skipped for a reason. */
    record Outcome(String counter) {
        public static final Outcome SENT = new Outcome("sent");
        public static final Outcome FAILED = new Outcome("failed");

        public static Outcome skipped(SkipReason reason) {
            return new Outcome("skipped_" + reason.wire());
        }
    }
}
