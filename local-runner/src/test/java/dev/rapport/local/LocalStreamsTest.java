package dev.rapport.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.local.streams.DeadLetters;
import dev.rapport.local.testing.StreamRecorder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A table's stream drives its function the way a Lambda event source mapping does. */
class LocalStreamsTest {

    private static LocalRapport stack;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void start() {
        stack = LocalRapport.start(
                LocalRapportOptions.ephemeral().withTemplate(Path.of("src/test/resources/echo-template.yaml")));
        dynamoDb = DynamoDbClient.builder()
                .endpointOverride(stack.dynamoDbEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(() -> AwsBasicCredentials.create("local", "local"))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        stack.close();
    }

    @BeforeEach
    void settle() {
        stack.drainStreams();
        StreamRecorder.DELIVERED.clear();
        StreamRecorder.REMOVED.clear();
    }

    @Test
    void anItemPastItsTimeToLiveIsDeletedByDynamoDbItselfAndItsRemovalDelivered() {
        dynamoDb.putItem(b -> b.tableName("echo-local")
                .item(Map.of(
                        "id",
                        AttributeValue.fromS("expired"),
                        "ttl",
                        AttributeValue.fromN(
                                Long.toString(Instant.now().minusSeconds(60).getEpochSecond())))));
        dynamoDb.deleteItem(b -> b.tableName("echo-local").key(Map.of("id", AttributeValue.fromS("deleted"))));
        put("deleted", false);
        dynamoDb.deleteItem(b -> b.tableName("echo-local").key(Map.of("id", AttributeValue.fromS("deleted"))));

        stack.expireItems(); // or the background sweep got there first
        stack.drainStreams();

        assertThat(dynamoDb.getItem(b -> b.tableName("echo-local").key(Map.of("id", AttributeValue.fromS("expired"))))
                        .hasItem())
                .isFalse();
        assertThat(StreamRecorder.REMOVED)
                .containsExactlyInAnyOrder("deleted by a client", "expired by Service dynamodb.amazonaws.com");
    }

    @Test
    void everyWriteReachesTheFunctionOnceInOrder() {
        put("a", false);
        put("b", false);
        put("c", false);

        stack.drainStreams();

        assertThat(StreamRecorder.DELIVERED).containsExactly("a", "b", "c");
    }

    @Test
    void aFailingRecordIsRetriedWithWhatFollowsThenReportedAndTheShardMovesOn() {
        int deadBefore = stack.deadLetters().entries().size();
        put("ok-1", false);
        put("poison", true);
        put("ok-2", false);

        stack.drainStreams();
        put("after", false);
        stack.drainStreams();

        // one delivery, then two retries from the failed record on: MaximumRetryAttempts 2. Records
        // after it are retried with it when they share its batch; the background poller decides that.
        assertThat(Collections.frequency(StreamRecorder.DELIVERED, "ok-1")).isEqualTo(1);
        assertThat(Collections.frequency(StreamRecorder.DELIVERED, "poison")).isEqualTo(3);
        assertThat(Collections.frequency(StreamRecorder.DELIVERED, "ok-2")).isBetween(1, 3);
        assertThat(Collections.frequency(StreamRecorder.DELIVERED, "after")).isEqualTo(1);
        assertThat(StreamRecorder.DELIVERED.indexOf("ok-1")).isLessThan(StreamRecorder.DELIVERED.indexOf("poison"));
        assertThat(stack.deadLetters().entries()).hasSize(deadBefore + 1);
        DeadLetters.Entry dead = stack.deadLetters().entries().getLast();
        assertThat(dead.function()).isEqualTo("StreamRecorder");
        assertThat(dead.destination()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:echo-dlq");
        assertThat(dead.batchSize()).isBetween(1, 2);
    }

    private static void put(String id, boolean poison) {
        dynamoDb.putItem(b -> b.tableName("echo-local")
                .item(Map.of("id", AttributeValue.fromS(id), "poison", AttributeValue.fromBool(poison))));
    }
}
