package dev.rapport.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.identity.Owner;
import dev.rapport.reminders.InboxMessage;
import dev.rapport.settings.CustomerSettings;
import dev.rapport.storage.dynamodb.DynamoDbCampaignStore;
import dev.rapport.storage.dynamodb.DynamoDbReminderStore;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.CampaignStores;
import dev.rapport.testing.MutableClock;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in birthday campaign on the embedded DynamoDB: on the day, from 09:00 local, once a year, with consent. */
class BirthdayGreetingsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Shanghai, 02:00 in London

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final List<CampaignQueue.RecipientBatch> queued = new ArrayList<>();
    private DynamoDbCampaignStore store;
    private DynamoDbReminderStore inbox;
    private DynamoDbSettingsStore settings;
    private CampaignStarter starter;
    private CampaignWorker worker;

    @BeforeEach
    void setUp() {
        CampaignStores stores = CampaignStores.fresh(dynamo, new MutableClock(NOW));
        store = stores.campaigns();
        inbox = stores.inbox();
        settings = stores.settings();
        starter = new CampaignStarter(
                store,
                batches -> {
                    queued.addAll(batches);
                    return 1;
                },
                2,
                2,
                new BirthdayGreetings(store));
        worker = new CampaignWorker(store, new CampaignWriter());
    }

    @Test
    void birthdays_today_get_one_greeting_each_however_often_the_sweep_and_the_batches_run() {
        Owner ann = customer("ann", "zh-CN", "Asia/Shanghai", true, 12, 1);
        Owner bob = customer("bob", "en-GB", "Europe/London", true, 12, 1);
        Owner cat = customer("cat", "en-US", "Asia/Shanghai", false, 12, 1);
        Owner dan = customer("dan", "en-US", "Asia/Shanghai", true, 12, 2);
        customer("eve", "en-US", "Asia/Shanghai", true, null, null);

        sweep(NOW);
        sweep(NOW);

        assertThat(messages(ann)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Ann，生日快乐！祝您新的一岁一切顺心。");
            assertThat(m.sourceId()).isEqualTo("birthday-2026");
        });
        assertThat(messages(bob)).isEmpty(); // 02:00 in London: not yet 09:00 on his birthday
        assertThat(messages(cat)).isEmpty(); // no marketing consent
        assertThat(messages(dan)).isEmpty(); // his birthday is tomorrow

        sweep(NOW.plusSeconds(30 * 60)); // not the top of an hour: no sweep
        assertThat(queued).isEmpty();
        sweep(Instant.parse("2026-12-01T09:00:00Z"));
        sweep(Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(messages(ann)).hasSize(1);
        assertThat(messages(bob))
                .singleElement()
                .satisfies(m ->
                        assertThat(m.text()).isEqualTo("Happy birthday, Bob! Wishing you a wonderful year ahead."));
        assertThat(messages(cat)).isEmpty();
        assertThat(messages(dan)).isEmpty();
        Stats stats = store.stats("birthday-2026");
        assertThat(stats.sent()).isEqualTo(2L);
        assertThat(stats.skipped()).containsEntry("noConsent", 1L);
    }

    @Test
    void switched_off_it_enqueues_nothing() {
        customer("ann", "zh-CN", "Asia/Shanghai", true, 12, 1);
        starter = new CampaignStarter(
                store,
                batches -> {
                    queued.addAll(batches);
                    return 1;
                },
                2,
                2);

        assertThat(starter.run(NOW).targeted()).isZero();
        assertThat(queued).isEmpty();
        assertThat(store.find("birthday-2026")).isEmpty();
    }

    private void sweep(Instant at) {
        starter.run(at);
        for (CampaignQueue.RecipientBatch batch : List.copyOf(queued)) {
            worker.handle(batch, at);
            worker.handle(batch, at);
        }
        queued.clear();
    }

    private Owner customer(String name, String locale, String zone, boolean optIn, Integer month, Integer day) {
        Owner owner = Owner.of(new Caller(name + "-" + UUID.randomUUID(), Set.of()), null);
        String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        settings.save(
                owner.customerHash(),
                new CustomerSettings(
                        true,
                        false,
                        optIn,
                        zone,
                        locale,
                        List.of(new CustomerSettings.Profile(Owner.DEFAULT_PROFILE, display))));
        store.saveAudience(new Audience(owner.customerHash(), "east", locale, List.of(), null, month, day));
        return owner;
    }

    private List<InboxMessage> messages(Owner owner) {
        return inbox.inbox(owner, 50, null).messages();
    }
}
