package dev.rapport.campaigns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dispatch schedule runs: starts every due campaign. One starter wins each campaign by a
 * conditional move from scheduled to running, so a schedule fired twice (or two starters side by
 * side) enqueues each campaign once. The winner pages through the audience, keeps the segment's
 * customers and enqueues them in batches for the workers; consent is checked later, at send time.
 */
public final class CampaignStarter {

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
    public CampaignStarter(CampaignStore store, CampaignQueue queue, int batchSize, int pageSize,
                           BirthdayGreetings birthdays) {
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
            if (!store.start(due.id())) {
                continue;
            }
            started++;
            int count = 0;
            List<CampaignQueue.RecipientBatch> pending = new ArrayList<>();
            List<String> batch = new ArrayList<>();
            String cursor = null;
            do {
                CampaignStore.AudiencePage page = store.audience(cursor, pageSize);
                for (Audience who : page.audience()) {
                    if (due.segment().matches(who, now)) {
                        batch.add(who.customerHash());
                        count++;
                        if (batch.size() == batchSize) {
                            pending.add(new CampaignQueue.RecipientBatch(due.id(), batch));
                            batch = new ArrayList<>();
                        }
                    }
                }
                if (pending.size() >= 10) {
                    calls += queue.send(pending);
                    pending = new ArrayList<>();
                }
                cursor = page.nextCursor();
            } while (cursor != null);
            if (!batch.isEmpty()) {
                pending.add(new CampaignQueue.RecipientBatch(due.id(), batch));
            }
            if (!pending.isEmpty()) {
                calls += queue.send(pending);
            }
            store.targeted(due.id(), count);
            targeted += count;
        }
        if (birthdays != null && birthdays.sweepsAt(now)) {
            Greeted greeted = greetBirthdays(now);
            targeted += greeted.customers();
            calls += greeted.queueCalls();
        }
        return new Report(started, targeted, calls);
    }

    private record Greeted(int customers, int queueCalls) {}

    /** Enqueues today's birthdays. No targeted count is kept: the year's campaign never finishes. */
    private Greeted greetBirthdays(Instant now) {
        int count = 0;
        int calls = 0;
        String cursor = null;
        do {
            CampaignStore.AudiencePage page = store.audience(cursor, pageSize);
            List<CampaignQueue.RecipientBatch> batches = new ArrayList<>();
            for (var due : birthdays.due(page.audience(), now).entrySet()) {
                List<String> customers = due.getValue();
                count += customers.size();
                for (int i = 0; i < customers.size(); i += batchSize) {
                    batches.add(new CampaignQueue.RecipientBatch(due.getKey(),
                            customers.subList(i, Math.min(customers.size(), i + batchSize))));
                }
            }
            if (!batches.isEmpty()) {
                calls += queue.send(batches);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Greeted(count, calls);
    }
}
