package dev.rapport.storage.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.campaigns.Audience;
import dev.rapport.campaigns.CampaignStore;
import dev.rapport.testing.DynamoDbOperations;
import dev.rapport.testing.TestDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A campaign's audience comes from the memory table's sparse audience index: every audience item
 * once, across shards and pages, by Query only, and none of the memories and settings beside them.
 */
class AudienceIndexTest {

    private final TestDynamoDb dynamo = TestDynamoDb.shared();
    private final DynamoDbOperations operations = new DynamoDbOperations();
    private String memory;
    private DynamoDbCampaignStore store;

    @BeforeEach
    void setUp() {
        memory = dynamo.createMemoryTable();
        store = new DynamoDbCampaignStore(
                dynamo.client(operations), dynamo.createCampaignsTable(), memory, dynamo.createRemindersTable());
    }

    @Test
    void theWholeAudienceIsReadOnceByQueryAndNothingElseOfTheTable() {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String customer = UUID.randomUUID().toString().replace("-", "");
            customers.add(customer);
            store.saveAudience(new Audience(customer, "east", "zh-CN", List.of("tea"), null, null));
            unrelatedItems(customer, 10);
        }
        operations.clear();

        List<String> read = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            CampaignStore.AudiencePage page = store.audience(cursor, 4);
            page.audience().forEach(a -> read.add(a.customerHash()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(read).containsExactlyInAnyOrderElementsOf(customers);
        assertThat(operations.sent()).isNotEmpty().containsOnly("Query");
        // At least one page per shard; a shard ending on a full page needs one more, empty.
        assertThat(pages).isBetween(CampaignItems.AUDIENCE_SHARDS, 23 / 4 + CampaignItems.AUDIENCE_SHARDS);
    }

    @Test
    void theIndexHoldsOnlyAudienceItems() {
        store.saveAudience(new Audience("abc123", "east", "en-US", List.of(), null, null));
        unrelatedItems("abc123", 50);

        int held = 0;
        try (DynamoDbClient client = dynamo.client()) {
            for (int shard = 0; shard < CampaignItems.AUDIENCE_SHARDS; shard++) {
                String key = CampaignItems.audienceShard(shard);
                QueryResponse page = client.query(b -> b.tableName(memory)
                        .indexName("audience")
                        .keyConditionExpression("audienceShard = :s")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(key))));
                held += page.count();
            }
        }

        assertThat(held).isEqualTo(1);
    }

    @Test
    void anEmptyAudienceEndsAfterTheShards() {
        String cursor = null;
        int pages = 0;
        do {
            CampaignStore.AudiencePage page = store.audience(cursor, 10);
            assertThat(page.audience()).isEmpty();
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(CampaignItems.AUDIENCE_SHARDS);
    }

    @Test
    void aCursorOfTheScanBeforeTheIndexStartsOverRatherThanFailing() {
        store.saveAudience(new Audience("abc123", "east", "en-US", List.of(), null, null));
        String scanCursor = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("C#abc123\nAUDIENCE".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        List<String> read = new ArrayList<>();
        String cursor = scanCursor;
        do {
            CampaignStore.AudiencePage page = store.audience(cursor, 10);
            page.audience().forEach(a -> read.add(a.customerHash()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(read).containsExactly("abc123");
    }

    /** Memories and settings of the same customer, which an audience read must not touch. */
    private void unrelatedItems(String customer, int count) {
        try (DynamoDbClient client = dynamo.client()) {
            for (int i = 0; i < count; i++) {
                String sk = "MEM#" + i;
                client.putItem(b -> b.tableName(memory)
                        .item(Map.of(
                                "pk",
                                AttributeValue.fromS("CUSTOMER#" + customer),
                                "sk",
                                AttributeValue.fromS(sk),
                                "customer",
                                AttributeValue.fromS(customer),
                                "statement",
                                AttributeValue.fromS("likes tea"))));
            }
        }
    }
}
