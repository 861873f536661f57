package dev.rapport.storage.dynamodb;

import dev.rapport.handoff.PublicationLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Publication claims as conditional writes in the idempotency table. A claim is taken when there
 * is no record, or only an in-progress one whose holder ran out of time (the function's timeout
 * is shorter than {@code claimTimeout}); a completed record is kept as long as the stream could
 * still redeliver the record (24 hours) and then some.
 */
public final class DynamoDbPublicationLedger implements PublicationLedger {

    static final String PREFIX = "publication#";

    private final DynamoDbTable<PublicationItem> table;
    private final Clock clock;
    private final Duration claimTimeout;
    private final Duration keep;

    public DynamoDbPublicationLedger(
            DynamoDbEnhancedClient client, String idempotencyTable, Clock clock, Duration claimTimeout, Duration keep) {
        this.table = client.table(idempotencyTable, PublicationItem.SCHEMA);
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.keep = keep;
    }

    @Override
    public boolean claim(String id) {
        long now = clock.instant().getEpochSecond();
        PublicationItem item = item(id, PublicationItem.IN_PROGRESS);
        item.inProgressExpiration(now + claimTimeout.toSeconds());
        Expression free = Expression.builder()
                .expression("attribute_not_exists(id) OR (#s = :progress AND in_progress_expiration < :now)")
                .expressionNames(Map.of("#s", "status"))
                .expressionValues(Map.of(
                        ":progress",
                        AttributeValue.fromS(PublicationItem.IN_PROGRESS),
                        ":now",
                        AttributeValue.fromN(Long.toString(now))))
                .build();
        try {
            table.putItem(PutItemEnhancedRequest.builder(PublicationItem.class)
                    .item(item)
                    .conditionExpression(free)
                    .build());
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public void complete(String id) {
        table.putItem(item(id, PublicationItem.COMPLETED));
    }

    @Override
    public void release(String id) {
        table.deleteItem(Key.builder().partitionValue(PREFIX + id).build());
    }

    private PublicationItem item(String id, String status) {
        PublicationItem item = new PublicationItem();
        item.id(PREFIX + id);
        item.status(status);
        item.expiration(clock.instant().plus(keep).getEpochSecond());
        return item;
    }
}
