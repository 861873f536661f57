package dev.rapport.storage.dynamodb;

import dev.rapport.personaldata.ErasureEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Announces a completed erasure through the conversations table's stream: a notice item (the customer's hash
 * in its key, when, and an expiry) that the stream's consumer publishes as {@code CustomerErased}, as it
 * publishes handoffs. For a function that erases without carrying the EventBridge client (chat, whose jar
 * has no room for it). Like the erasure marker it holds the key, the time and an expiry only, and no
 * {@code customer} attribute, so the erasure leaves it; a repeat rewrites it and the event goes out
 * again, as consumers must expect.
 */
public final class DynamoDbErasureNotices implements ErasureEvents {

    /** The notice's sort key, under the customer's own partition key ({@code C#<hash>}), as the erasure marker's. */
    public static final String SORT_KEY = ErasureGuard.SORT_KEY;
    /** Longer than a stream keeps records, so the notice is read before it expires. */
    static final Duration KEEP = Duration.ofDays(2);

    private final DynamoDbClient client;
    private final String conversationsTable;

    public DynamoDbErasureNotices(DynamoDbClient client, String conversationsTable) {
        this.client = Objects.requireNonNull(client, "client");
        this.conversationsTable = Objects.requireNonNull(conversationsTable, "conversationsTable");
    }

    @Override
    public void erased(String customerHash, Instant at) {
        client.putItem(b -> b.tableName(conversationsTable)
                .item(Map.of(
                        "pk", AttributeValue.fromS(DynamoDbSettingsStore.partitionKey(customerHash)),
                        "sk", AttributeValue.fromS(SORT_KEY),
                        "erasedAt", AttributeValue.fromS(at.toString()),
                        "expiresAt",
                                AttributeValue.fromN(Long.toString(at.plus(KEEP).getEpochSecond())))));
    }
}
