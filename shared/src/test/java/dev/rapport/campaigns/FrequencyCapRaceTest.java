package dev.rapport.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.CampaignStores;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two campaigns sending to the same customers at once, on the embedded DynamoDB: the frequency cap holds.
 * The two first deliveries of each customer are made to meet after both have counted the inbox
 * and before either writes, which is exactly the interleaving that used to send one message too
 * many; two more threads deliver the same batches again, unsynchronised.
 */
class FrequencyCapRaceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final int CUSTOMERS = 8;

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final Map<String, CountDownLatch> counted = new ConcurrentHashMap<>();
    private final ThreadLocal<Boolean> meets = ThreadLocal.withInitial(() -> false);
    private DynamoDbCampaignStore store;
    private DynamoDbReminderStore inbox;
    private DynamoDbSettingsStore settings;

    @BeforeEach
    void setUp() {
        CampaignStores stores = CampaignStores.fresh(dynamo, new MutableClock(NOW));
        store = stores.campaigns();
        inbox = stores.inbox();
        settings = stores.settings();
    }

    @Test
    void two_campaigns_delivering_at_once_never_take_a_customer_over_the_cap() throws Exception {
        List<Owner> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(customer("c" + i));
        }
        List<String> hashes = customers.stream().map(Owner::customerHash).toList();
        hashes.forEach(h -> counted.put(h, new CountDownLatch(2)));
        CampaignWorker worker = new CampaignWorker(meetingAfterTheCount(store), new CampaignWriter());
        Campaign tea = campaign("tea");
        Campaign cake = campaign("cake");

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<CampaignWorker.Report>> reports = List.of(
                    threads.submit(() -> deliver(worker, tea, hashes, true)),
                    threads.submit(() -> deliver(worker, cake, hashes, true)),
                    threads.submit(() -> deliver(worker, tea, hashes, false)),
                    threads.submit(() -> deliver(worker, cake, hashes, false)));
            for (Future<CampaignWorker.Report> report : reports) {
                report.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        for (Owner customer : customers) {
            assertThat(inbox.inbox(customer, 50, null).messages())
                    .as("campaign messages of one customer, cap 1")
                    .filteredOn(m -> m.kind().equals("campaign"))
                    .hasSize(1);
        }
        Stats teaStats = store.stats(tea.id());
        Stats cakeStats = store.stats(cake.id());
        assertThat(teaStats.sent() + cakeStats.sent()).isEqualTo(CUSTOMERS);
        assertThat(teaStats.skipped().get("frequencyCap") + cakeStats.skipped().get("frequencyCap"))
                .isEqualTo(CUSTOMERS);
        assertThat(teaStats.processed()).isEqualTo(CUSTOMERS);
        assertThat(cakeStats.processed()).isEqualTo(CUSTOMERS);
    }

    private CampaignWorker.Report deliver(CampaignWorker worker, Campaign campaign, List<String> hashes, boolean meet) {
        meets.set(meet);
        return worker.handle(new CampaignQueue.RecipientBatch(campaign.id(), hashes), NOW);
    }

    /**
     * The real store, except that a meeting thread's first inbox count of each customer waits for
     * the other meeting thread's (a guard timeout only keeps a broken run from hanging).
     */
    private CampaignStore meetingAfterTheCount(CampaignStore real) {
        return (CampaignStore) Proxy.newProxyInstance(
                CampaignStore.class.getClassLoader(), new Class<?>[] {CampaignStore.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("campaignMessagesSince") && meets.get()) {
                        CountDownLatch latch = counted.get((String) args[0]);
                        if (latch.getCount() > 0) {
                            latch.countDown();
                            latch.await(30, TimeUnit.SECONDS);
                        }
                    }
                    return result;
                });
    }

    private Campaign campaign(String name) {
        Campaign campaign = new Campaign(
                name + "-" + UUID.randomUUID(),
                "mia",
                name,
                Segment.EVERYONE,
                "{name}, " + name,
                LocalDateTime.ofInstant(NOW, ZoneOffset.UTC),
                "UTC",
                NOW,
                QuietHours.NONE,
                1,
                Campaign.INBOX,
                CampaignStatus.RUNNING,
                NOW);
        store.create(campaign);
        return campaign;
    }

    private Owner customer(String name) {
        Owner owner = Owner.of(new Caller(name + "-" + UUID.randomUUID(), Set.of()), null);
        settings.save(
                owner.customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        true,
                        "Asia/Shanghai",
                        "en-US",
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, name))));
        return owner;
    }
}
