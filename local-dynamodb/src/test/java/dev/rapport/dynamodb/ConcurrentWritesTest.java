package dev.rapport.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Many threads on one item: conditional writes and transactions lose nothing and double nothing. */
class ConcurrentWritesTest {

    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 40;

    private static EmbeddedDynamoDb db;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        db = EmbeddedDynamoDb.builder().build();
        client = DynamoDbClient.builder()
                .endpointOverride(db.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        client.createTable(b -> b.tableName("counters")
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    }

    @AfterAll
    static void stop() {
        client.close();
        db.close();
    }

    @Test
    void optimisticVersionedUpdatesFromManyThreadsNeverLoseAnIncrement() throws Exception {
        client.putItem(b -> b.tableName("counters").item(Map.of("pk", s("versioned"), "v", n(0), "count", n(0))));
        AtomicInteger succeeded = new AtomicInteger();
        runInParallel(() -> {
            Map<String, AttributeValue> item = client.getItem(b -> b.tableName("counters")
                            .key(Map.of("pk", s("versioned")))
                            .consistentRead(true))
                    .item();
            long version = Long.parseLong(item.get("v").n());
            try {
                client.updateItem(b -> b.tableName("counters")
                        .key(Map.of("pk", s("versioned")))
                        .updateExpression("SET v = :next ADD #c :one")
                        .conditionExpression("v = :seen")
                        .expressionAttributeNames(Map.of("#c", "count"))
                        .expressionAttributeValues(Map.of(":next", n(version + 1), ":seen", n(version), ":one", n(1))));
                succeeded.incrementAndGet();
            } catch (ConditionalCheckFailedException lostTheRace) {
                // another thread won this version; the attempt changed nothing
            }
        });
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName("counters").key(Map.of("pk", s("versioned"))))
                .item();
        assertThat(succeeded.get()).isPositive();
        assertThat(item.get("count").n()).isEqualTo(Integer.toString(succeeded.get()));
        assertThat(item.get("v").n()).isEqualTo(Integer.toString(succeeded.get()));
    }

    @Test
    void transactionsMovingUnitsBetweenTwoItemsKeepTheTotalWhateverTheInterleaving() throws Exception {
        client.putItem(b -> b.tableName("counters").item(Map.of("pk", s("left"), "units", n(1000))));
        client.putItem(b -> b.tableName("counters").item(Map.of("pk", s("right"), "units", n(0))));
        runInParallel(() -> {
            try {
                client.transactWriteItems(t -> t.transactItems(
                        i -> i.update(u -> u.tableName("counters")
                                .key(Map.of("pk", s("left")))
                                .updateExpression("SET units = units - :one")
                                .conditionExpression("units >= :one")
                                .expressionAttributeValues(Map.of(":one", n(1)))),
                        i -> i.update(u -> u.tableName("counters")
                                .key(Map.of("pk", s("right")))
                                .updateExpression("SET units = units + :one")
                                .expressionAttributeValues(Map.of(":one", n(1))))));
            } catch (TransactionCanceledException cancelled) {
                // all or nothing: a cancelled move moved nothing
            }
        });
        long left = Long.parseLong(client.getItem(b -> b.tableName("counters").key(Map.of("pk", s("left"))))
                .item()
                .get("units")
                .n());
        long right = Long.parseLong(client.getItem(b -> b.tableName("counters").key(Map.of("pk", s("right"))))
                .item()
                .get("units")
                .n());
        assertThat(left + right).isEqualTo(1000);
        assertThat(right).isEqualTo(THREADS * ATTEMPTS_PER_THREAD);
    }

    private static void runInParallel(Runnable attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                        attempt.run();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
