package dev.rapport.campaigns;

import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a queue worker runs for one batch: for each customer, consent, quiet hours and the
 * frequency cap are checked now — at send time, so an opt-out after scheduling is honoured —
 * then the personalized message and the outcome are recorded in one conditional transaction
 * keyed by (campaign, customer). A batch delivered twice finds every outcome recorded and sends
 * nothing twice; stats count each customer once. The same transaction moves the customer's send
 * count on only from the value read before the cap was checked, so two campaigns sending to one
 * customer at once cannot both pass the cap: the one that loses reads again and checks again.
 */
public final class CampaignWorker {

    static final Duration CAP_WINDOW = Duration.ofDays(7);
    /** Each lost race means another message reached the customer; past this many the batch is retried by SQS. */
    static final int CAP_ATTEMPTS = 10;

    private static final CampaignStore.Recipient NOBODY = new CampaignStore.Recipient(null, 0);

    public record Report(int sent, int skipped, int failed, int alreadyDone) {}

    private final CampaignStore store;
    private final CampaignWriter writer;
    private final BirthdayCards cards;

    public CampaignWorker(CampaignStore store, CampaignWriter writer) {
        this(store, writer, null);
    }

    /** @param cards what writes the birthday campaign's cards; null sends the plain greeting instead */
    public CampaignWorker(CampaignStore store, CampaignWriter writer, BirthdayCards cards) {
        this.store = store;
        this.writer = writer;
        this.cards = cards;
    }

    public Report handle(CampaignQueue.RecipientBatch batch, Instant now) {
        Optional<Campaign> found = store.find(batch.campaignId());
        if (found.isEmpty()) {
            return new Report(0, 0, 0, batch.customers().size());
        }
        Campaign campaign = found.get();
        Map<String, CampaignStore.Recipient> recipients = store.recipients(batch.customers());
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        int done = 0;
        for (String customer : batch.customers()) {
            CampaignStore.Outcome outcome = deliver(campaign, customer, recipients.getOrDefault(customer, NOBODY), now);
            if (outcome == null) {
                done++;
            } else if (outcome == CampaignStore.Outcome.SENT) {
                sent++;
            } else if (outcome == CampaignStore.Outcome.FAILED) {
                failed++;
            } else {
                skipped++;
            }
        }
        store.finishIfDone(campaign.id());
        return new Report(sent, skipped, failed, done);
    }

    /** The outcome recorded for this customer, or null when one was recorded before. */
    private CampaignStore.Outcome deliver(
            Campaign campaign, String customer, CampaignStore.Recipient read, Instant now) {
        CampaignStore.Recipient who = read;
        for (int attempt = 1; ; attempt++) {
            CampaignStore.Outcome outcome = outcome(campaign, customer, who.settings(), now);
            InboxMessage message = null;
            BirthdayCard card = null;
            if (outcome == CampaignStore.Outcome.SENT) {
                try {
                    card = cards != null && BirthdayGreetings.isCard(campaign)
                            ? cards.card(campaign.id(), customer, who.settings())
                            : null;
                    message = new InboxMessage(
                            "campaign",
                            campaign.id(),
                            campaign.startAt(),
                            card != null
                                    ? card.text()
                                    : writer.write(BirthdayGreetings.brief(campaign, who.settings()), who.settings()),
                            now,
                            card != null ? card.link() : null);
                } catch (RuntimeException e) {
                    outcome = CampaignStore.Outcome.FAILED;
                    card = null;
                }
            }
            CampaignStore.Recorded recorded = store.record(campaign, customer, outcome, message, card, who, now);
            if (recorded != CampaignStore.Recorded.RACED) {
                return recorded == CampaignStore.Recorded.RECORDED ? outcome : null;
            }
            if (attempt == CAP_ATTEMPTS) {
                throw new IllegalStateException("campaign " + campaign.id() + " kept losing the frequency-cap race");
            }
            who = store.recipients(List.of(customer)).getOrDefault(customer, NOBODY);
        }
    }

    private CampaignStore.Outcome outcome(Campaign campaign, String customer, CustomerSettings who, Instant now) {
        if (campaign.status() == CampaignStatus.CANCELLED) {
            return CampaignStore.Outcome.skipped(SkipReason.CANCELLED);
        }
        if (who == null || !who.marketingOptIn()) {
            return CampaignStore.Outcome.skipped(SkipReason.NO_CONSENT);
        }
        if (campaign.quietHours().contains(now.atZone(zone(who.timezone())).toLocalTime())) {
            return CampaignStore.Outcome.skipped(SkipReason.QUIET_HOURS);
        }
        if (store.campaignMessagesSince(customer, now.minus(CAP_WINDOW), now) >= campaign.frequencyCap()) {
            return CampaignStore.Outcome.skipped(SkipReason.FREQUENCY_CAP);
        }
        return CampaignStore.Outcome.SENT;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
