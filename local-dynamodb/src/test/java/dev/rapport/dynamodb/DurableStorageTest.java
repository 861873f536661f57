package dev.rapport.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class DurableStorageTest {

    /** Written to the data directory, read back by a second engine on it. */
    @TempDir
    Path dataDir;

    @Test
    void aRestartedEngineFindsEveryItemIndexEntryTtlAndStreamRecord() {
        try (EmbeddedDynamoDb db = EmbeddedDynamoDb.builder().dataDir(dataDir).build();
                DynamoDbClient client = client(db.endpoint())) {
            client.createTable(b -> b.tableName("orders")
                    .attributeDefinitions(
                            a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("customer").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .globalSecondaryIndexes(g -> g.indexName("byCustomer")
                            .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH))
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
                    .billingMode("PAY_PER_REQUEST"));
            client.updateTimeToLive(b -> b.tableName("orders")
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
            client.putItem(b -> b.tableName("orders")
                    .item(Map.of(
                            "pk",
                            s("o1"),
                            "customer",
                            s("c1"),
                            "expiresAt",
                            AttributeValue.fromN(
                                    Long.toString(java.time.Instant.now().getEpochSecond() + 3)))));
            client.putItem(b -> b.tableName("orders").item(Map.of("pk", s("o2"), "customer", s("c1"))));
        }
        try (EmbeddedDynamoDb db = EmbeddedDynamoDb.builder().dataDir(dataDir).build();
                DynamoDbClient client = client(db.endpoint());
                DynamoDbStreamsClient streams = streams(db.endpoint())) {
            assertThat(client.getItem(b -> b.tableName("orders").key(Map.of("pk", s("o2"))))
                            .item())
                    .containsEntry("customer", s("c1"));
            assertThat(client.query(b -> b.tableName("orders")
                                    .indexName("byCustomer")
                                    .keyConditionExpression("customer = :c")
                                    .expressionAttributeValues(Map.of(":c", s("c1"))))
                            .count())
                    .isEqualTo(2);
            String arn =
                    client.describeTable(b -> b.tableName("orders")).table().latestStreamArn();
            String shard = streams.describeStream(b -> b.streamArn(arn))
                    .streamDescription()
                    .shards()
                    .getFirst()
                    .shardId();
            String iterator = streams.getShardIterator(
                            b -> b.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            assertThat(streams.getRecords(b -> b.shardIterator(iterator)).records())
                    .hasSize(2);

            assertThat(client.describeTimeToLive(b -> b.tableName("orders"))
                            .timeToLiveDescription()
                            .attributeName())
                    .isEqualTo("expiresAt");
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static DynamoDbStreamsClient streams(URI endpoint) {
        return DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
