package dev.rapport.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.identity.Caller;
import dev.rapport.storage.dynamodb.DynamoDbPersonalData;
import dev.rapport.storage.dynamodb.DynamoDbProfileData;
import dev.rapport.storage.dynamodb.DynamoDbSettingsStore;
import dev.rapport.testing.TestDynamoDb;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings updates on the embedded DynamoDB: what each caller asked for is what is stored. */
class SettingsRaceTest {

    private static final int ROUNDS = 20;

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final SettingsService settings = settings(dynamo.createMemoryTable());

    private SettingsService settings(String memoryTable) {
        return new SettingsService(
                new DynamoDbSettingsStore(dynamo.enhanced(), memoryTable, Clock.systemUTC()),
                new DynamoDbProfileData(
                        dynamo.client(),
                        List.of(new DynamoDbPersonalData.Table("memory", memoryTable, List.of("pk", "sk")))),
                owner -> {});
    }

    @Test
    void aConsentWithdrawnWhileAnotherFieldChangesInParallelIsNeverLost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Caller alice = new Caller("alice-" + UUID.randomUUID(), Set.of());
                settings.update(alice, new SettingsUpdate(true, null, true, null, null, null));
                CyclicBarrier start = new CyclicBarrier(3);
                List<Future<CustomerSettings>> answers = List.of(
                        pool.submit(() -> {
                            start.await(5, TimeUnit.SECONDS);
                            return settings.update(alice, new SettingsUpdate(false, null, false, null, null, null));
                        }),
                        pool.submit(() -> {
                            start.await(5, TimeUnit.SECONDS);
                            return settings.update(
                                    alice, new SettingsUpdate(null, null, null, "Asia/Tokyo", null, null));
                        }),
                        pool.submit(() -> {
                            start.await(5, TimeUnit.SECONDS);
                            return settings.update(alice, new SettingsUpdate(null, null, null, null, "ja-JP", null));
                        }));
                for (Future<CustomerSettings> answer : answers) {
                    answer.get(30, TimeUnit.SECONDS);
                }

                CustomerSettings stored = settings.get(alice);
                assertThat(stored.memoryEnabled())
                        .as("memoryEnabled, round %d", round)
                        .isFalse();
                assertThat(stored.marketingOptIn())
                        .as("marketingOptIn, round %d", round)
                        .isFalse();
                assertThat(stored.timezone()).as("timezone, round %d", round).isEqualTo("Asia/Tokyo");
                assertThat(stored.locale()).as("locale, round %d", round).isEqualTo("ja-JP");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpdateAnswersWithWhatItStoredOnTopOfTheLastUpdate() {
        Caller bob = new Caller("bob-" + UUID.randomUUID(), Set.of());
        settings.update(bob, new SettingsUpdate(null, null, true, null, null, null));

        CustomerSettings answer =
                settings.update(bob, new SettingsUpdate(null, null, null, "Europe/Paris", null, null));

        assertThat(answer.marketingOptIn()).isTrue();
        assertThat(answer.timezone()).isEqualTo("Europe/Paris");
        assertThat(settings.get(bob)).isEqualTo(answer);
    }
}
