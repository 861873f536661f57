package dev.rapport.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the dispatch schedule runs: starts every due campaign. One starter wins each campaign by a
 * conditional claim, so a schedule fired twice (or two starters side by side) enqueues each page
 * once. The winner pages through the audience, keeps the segment's customers and enqueues them in
 * batches for the workers; consent is checked later, at send time.
 *
 * <p>Resumable: after each page is enqueued the starter records the page's cursor on the campaign
 * (only if the cursor is still the one it read), and the claim is a lease. A starter that dies
 * mid-audience leaves the campaign running with its cursor, and once the lease runs out a later
 * sweep claims it again and goes on from that cursor. The page it died on may be enqueued twice;
 * that is harmless, because the worker writes each (campaign, customer) outcome only if absent.
 */
public final class CampaignStarter {

    /**
     * Longer than a starter can live: its 300 s timeout plus the 300 s a schedule's retry may come
     * late (the lease counts from the firing time), so only a dead starter's campaign is claimed again.
     */
    static final Duration LEASE = Duration.ofMinutes(11);

    public record Report(int started, int targeted, int queueCalls) {}

    private final CampaignStore store;
    private final CampaignQueue queue;
    private final int batchSize;
    private final int pageSize;
    private final BirthdayGreetings birthdays;

    public CampaignStarter(CampaignStore store, CampaignQueue queue, int batchSize, int pageSize) {
        this(store, queue, batchSize, pageSize, null);
    }

    /** @param birthdays the built-in birthday campaign, or null when it is switched off */
    public CampaignStarter(
            CampaignStore store, CampaignQueue queue, int batchSize, int pageSize, BirthdayGreetings birthdays) {
        this.store = store;
        this.queue = queue;
        this.batchSize = batchSize;
        this.pageSize = pageSize;
        this.birthdays = birthdays;
    }

    public Report run(Instant now) {
        int started = 0;
        int targeted = 0;
        int calls = 0;
        for (Campaign due : store.due(now)) {
            Optional<CampaignStore.Progress> claimed = store.claim(due.id(), now, now.plus(LEASE));
            if (claimed.isEmpty()) {
                continue;
            }
            started++;
            Batched enqueued = enqueue(due, claimed.get(), now);
            targeted += enqueued.customers();
            calls += enqueued.queueCalls();
        }
        if (birthdays != null && birthdays.sweepsAt(now)) {
            Batched greeted = greetBirthdays(now);
            targeted += greeted.customers();
            calls += greeted.queueCalls();
        }
        return new Report(started, targeted, calls);
    }

    /** For a SnapStart snapshot: the sweep's read, for campaigns due by 1970 (none), so nothing is claimed or sent. */
    public void prime() {
        store.due(Instant.EPOCH);
    }

    /** Enqueues the campaign's segment page by page from where {@code from} stands, recording each page. */
    private Batched enqueue(Campaign campaign, CampaignStore.Progress from, Instant now) {
        CampaignStore.Progress at = from;
        int calls = 0;
        while (true) {
            CampaignStore.AudiencePage page = store.audience(at.cursor(), pageSize);
            List<String> matched = page.audience().stream()
                    .filter(who -> campaign.segment().matches(who, now))
                    .map(Audience::customerHash)
                    .toList();
            List<CampaignQueue.RecipientBatch> batches = batches(campaign.id(), matched);
            if (!batches.isEmpty()) {
                calls += queue.send(batches);
            }
            int enqueued = at.enqueued() + matched.size();
            if (page.nextCursor() == null) {
                store.enqueued(campaign.id(), at, enqueued);
                return new Batched(enqueued - from.enqueued(), calls);
            }
            CampaignStore.Progress next = new CampaignStore.Progress(page.nextCursor(), enqueued);
            if (!store.advance(campaign.id(), at, next)) {
                // Cancelled, or another starter took over after our lease ran out: it goes on from here.
                return new Batched(enqueued - from.enqueued(), calls);
            }
            at = next;
        }
    }

    private List<CampaignQueue.RecipientBatch> batches(String campaignId, List<String> customers) {
        List<CampaignQueue.RecipientBatch> batches = new ArrayList<>();
        for (int i = 0; i < customers.size(); i += batchSize) {
            batches.add(new CampaignQueue.RecipientBatch(
                    campaignId, customers.subList(i, Math.min(customers.size(), i + batchSize))));
        }
        return batches;
    }

    private record Batched(int customers, int queueCalls) {}

    /** Enqueues today's birthdays. No targeted count is kept: the year's campaign never finishes. */
    private Batched greetBirthdays(Instant now) {
        int count = 0;
        int calls = 0;
        String cursor = null;
        do {
            CampaignStore.AudiencePage page = store.audience(cursor, pageSize);
            List<CampaignQueue.RecipientBatch> batches = new ArrayList<>();
            for (var due : birthdays.due(page.audience(), now).entrySet()) {
                count += due.getValue().size();
                batches.addAll(batches(due.getKey(), due.getValue()));
            }
            if (!batches.isEmpty()) {
                calls += queue.send(batches);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Batched(count, calls);
    }
}
