package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.campaigns.Campaign;
import dev.rapport.campaigns.CampaignStatus;
import dev.rapport.campaigns.CampaignStore.Outcome;
import dev.rapport.campaigns.CampaignStore.Progress;
import dev.rapport.campaigns.CampaignStore.Recorded;
import dev.rapport.campaigns.QuietHours;
import dev.rapport.campaigns.Segment;
import dev.rapport.campaigns.SkipReason;
import dev.rapport.campaigns.Stats;
import dev.rapport.testing.TestDynamoDb;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A campaign's outcome counters written across shard items beside it, on the embedded DynamoDB: concurrent
 * sends spread over the shards, and the stats and the finish check sum them with the counts campaign
 * items held before sharding.
 */
class CampaignStatsShardsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Outcome NO_CONSENT = Outcome.skipped(SkipReason.NO_CONSENT);

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbClient client = dynamo.client();
    private String table;
    private DynamoDbCampaignStore store;

    @BeforeEach
    void setUp() {
        table = dynamo.createCampaignsTable();
        store = new DynamoDbCampaignStore(client, table, dynamo.createMemoryTable(), dynamo.createRemindersTable());
    }

    @Test
    void concurrentOutcomesSpreadOverShardsAndSumExactly() throws Exception {
        Campaign campaign = campaign();
        int customers = 300;
        ExecutorService workers = Executors.newFixedThreadPool(8);
        List<Future<Recorded>> done = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            Outcome outcome = i % 3 == 0 ? Outcome.FAILED : NO_CONSENT;
            String customer = "customer-" + i;
            done.add(workers.submit(() -> store.record(campaign, customer, outcome, null, null, null, NOW)));
        }
        for (Future<Recorded> f : done) {
            assertThat(f.get()).isEqualTo(Recorded.RECORDED);
        }
        workers.shutdown();

        Stats stats = store.stats(campaign.id());
        assertThat(stats.failed()).isEqualTo(100);
        assertThat(stats.skipped().get(SkipReason.NO_CONSENT.wire())).isEqualTo(200);
        assertThat(stats.sent()).isZero();
        // 300 uniform picks of 16 shards leave all on one with a chance of 16 × 16^-300.
        assertThat(shardsWritten(campaign)).hasSizeGreaterThan(1).allMatch(sk -> sk.matches("STATS#([0-9]|1[0-5])"));
        assertThat(campaignItem(campaign)).doesNotContainKeys("failed", "outcomes");

        store.enqueued(campaign.id(), new Progress(null, 0), customers);
        assertThat(store.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.FINISHED);
    }

    @Test
    void countsOnTheCampaignItemFromBeforeShardingStillCount() {
        Campaign campaign = campaign();
        client.updateItem(b -> b.tableName(table)
                .key(CampaignItems.key(campaign.id()))
                .updateExpression("ADD sent :five, skipped_quietHours :one, outcomes :six")
                .expressionAttributeValues(Map.of(
                        ":five",
                        AttributeValue.fromN("5"),
                        ":one",
                        AttributeValue.fromN("1"),
                        ":six",
                        AttributeValue.fromN("6"))));
        store.record(campaign, "late", Outcome.skipped(SkipReason.QUIET_HOURS), null, null, null, NOW);

        store.enqueued(campaign.id(), new Progress(null, 0), 8);
        assertThat(store.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
        store.record(campaign, "last", Outcome.FAILED, null, null, null, NOW);
        store.finishIfDone(campaign.id());

        Stats stats = store.stats(campaign.id());
        assertThat(stats.targeted()).isEqualTo(8);
        assertThat(stats.sent()).isEqualTo(5);
        assertThat(stats.skipped().get(SkipReason.QUIET_HOURS.wire())).isEqualTo(2);
        assertThat(stats.failed()).isEqualTo(1);
        assertThat(store.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.FINISHED);
    }

    @Test
    void aRetriedCountMovesToAnotherShardOfTheSameCampaign() {
        Map<String, AttributeValue> key = CampaignItems.statsKey("c1");
        TransactWriteItem add = TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(key)
                        .updateExpression("ADD failed :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                .build();

        Set<String> shards = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            Map<String, AttributeValue> moved =
                    DayCounters.reshard(add).update().key();
            assertThat(moved.get("pk")).isEqualTo(key.get("pk"));
            shards.add(moved.get("sk").s());
        }

        assertThat(shards).hasSizeGreaterThan(1).allMatch(sk -> sk.matches("STATS#([0-9]|1[0-5])"));
    }

    private Campaign campaign() {
        Campaign campaign = new Campaign(
                "c-" + UUID.randomUUID(),
                "mia",
                "tea",
                Segment.EVERYONE,
                "{name}, tea",
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

    private Set<String> shardsWritten(Campaign campaign) {
        Set<String> shards = new TreeSet<>();
        client.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :stats)")
                        .expressionAttributeValues(Map.of(
                                ":pk",
                                AttributeValue.fromS(CampaignItems.pk(campaign.id())),
                                ":stats",
                                AttributeValue.fromS("STATS#"))))
                .items()
                .forEach(item -> {
                    shards.add(item.get("sk").s());
                    assertThat(item).doesNotContainKey("customer");
                });
        return shards;
    }

    private Map<String, AttributeValue> campaignItem(Campaign campaign) {
        return client.getItem(b ->
                        b.tableName(table).key(CampaignItems.key(campaign.id())).consistentRead(true))
                .item();
    }
}
