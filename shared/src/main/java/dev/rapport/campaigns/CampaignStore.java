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

    /**
     * Cancels unless finished or already cancelled; false then. Who cancelled ({@code by}, a
     * marketer's hashed subject) and when are kept on the campaign: the team shares its campaigns.
     */
    boolean cancel(String id, String by, Instant at);

    /**
     * Campaigns a starter may claim by {@code now}: scheduled ones whose start has come, and running
     * ones whose enqueueing is unfinished and whose starter's lease has run out (it crashed).
     */
    List<Campaign> due(Instant now);

    /**
     * Claims a due campaign for enqueueing until {@code leaseUntil} (scheduled → running, or a
     * running one whose lease ran out) and answers where its enqueueing stands; empty when another
     * starter holds it, or it was cancelled or fully enqueued.
     */
    Optional<Progress> claim(String id, Instant now, Instant leaseUntil);

    /**
     * Records that the audience up to {@code next} is enqueued; false (and nothing written) when
     * the campaign is no longer running or another starter moved on from {@code read}.
     */
    boolean advance(String id, Progress read, Progress next);

    /**
     * Records the last page enqueued: {@code targeted} is set and the campaign leaves the sweep;
     * it finishes if every targeted customer already has an outcome. False as for {@link #advance}.
     */
    boolean enqueued(String id, Progress read, int targeted);

    /** One page of the audience; {@code cursor} null for the first. */
    AudiencePage audience(String cursor, int limit);

    /** Settings of these customers, read together (absent customers are missing from the map). */
    Map<String, CustomerSettings> settings(List<String> customerHashes);

    /**
     * What the worker needs of these customers, read together: settings (null when absent) and
     * how many campaign messages each was ever sent, which guards the frequency cap.
     */
    Map<String, Recipient> recipients(List<String> customerHashes);

    /** Campaign messages in the customer's inbox since {@code since}. */
    int campaignMessagesSince(String customerHash, Instant since, Instant now);

    /**
     * Records the outcome for (campaign, customer) and bumps its counter in one transaction, with
     * the inbox message when one is sent. A sent message also moves the customer's send count on
     * from {@code recipient.sends()}, only if no other message moved it since it was read: that
     * makes the frequency cap's read-then-send atomic. A birthday {@code card} (null for other
     * messages) is kept in the same transaction, only if the customer has none for that year yet.
     */
    Recorded record(
            Campaign campaign,
            String customerHash,
            Outcome outcome,
            InboxMessage message,
            BirthdayCard card,
            Recipient recipient,
            Instant at);

    /** Marks a running campaign finished when every targeted customer has an outcome. */
    void finishIfDone(String id);

    record AudiencePage(List<Audience> audience, String nextCursor) {}

    /**
     * How far a campaign's enqueueing got: the audience cursor to go on from (null: the start)
     * and how many customers were enqueued before it.
     */
    record Progress(String cursor, int enqueued) {}

    /** @param sends campaign messages ever sent to the customer (0 when none) */
    record Recipient(CustomerSettings settings, long sends) {}

    /**
     * What {@link #record} did: wrote the outcome, found it written before, or lost a race with
     * another write for this customer (nothing written; read the recipient again and retry).
     */
    enum Recorded {
        RECORDED,
        ALREADY_DONE,
        RACED
    }

    /** One customer's result: sent, failed, or skipped for a reason. */
    record Outcome(String counter) {
        public static final Outcome SENT = new Outcome("sent");
        public static final Outcome FAILED = new Outcome("failed");

        public static Outcome skipped(SkipReason reason) {
            return new Outcome("skipped_" + reason.wire());
        }
    }
}
