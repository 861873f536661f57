package dev.rapport.storage.dynamodb;

import dev.rapport.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The erasure marker: an item under the customer's settings partition of the memory table, written first by an erasure
 * and expiring after a guard period. Every write that creates customer data carries {@link #transactItem} (or {@link
 * #conditionCheck}) in its own transaction, so a write that started before the erasure and commits after it is
 * cancelled instead of bringing data back. The marker has no {@code customer} attribute, so the erasure, which deletes
 * through the {@code byCustomer} index, leaves it in place.
 */
public final class ErasureGuard {

    static final String SORT_KEY = "ERASURE";
    public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(15);

    private final String memoryTable;
    private final Clock clock;

    public ErasureGuard(String memoryTable, Clock clock) {
        this.memoryTable = Objects.requireNonNull(memoryTable, "memoryTable");
        this.clock = clock;
    }

    String table() {
        return memoryTable;
    }

    /** Writes (or renews) the marker until {@code period} from now. */
    void mark(DynamoDbClient client, String customerHash, Duration period) {
        Instant until = clock.instant().plus(period);
        client.putItem(b -> b.tableName(memoryTable)
                .item(Map.of(
                        "pk", AttributeValue.fromS(DynamoDbSettingsStore.partitionKey(customerHash)),
                        "sk", AttributeValue.fromS(SORT_KEY),
                        "expiresAt", AttributeValue.fromN(Long.toString(until.getEpochSecond())))));
    }

    /** A low-level transaction item that fails while the customer's marker is in force. */
    TransactWriteItem transactItem(String customerHash) {
        return TransactWriteItem.builder()
                .conditionCheck(c -> c.tableName(memoryTable)
                        .key(keyMap(customerHash))
                        .conditionExpression(CONDITION)
                        .expressionAttributeValues(Map.of(":now", now())))
                .build();
    }

    /** The same check for an Enhanced Client transaction, added with any mapping of the memory table. */
    <T> ConditionCheck<T> conditionCheck(String customerHash) {
        return ConditionCheck.builder()
                .key(Key.builder()
                        .partitionValue(DynamoDbSettingsStore.partitionKey(customerHash))
                        .sortValue(SORT_KEY)
                        .build())
                .conditionExpression(Expression.builder()
                        .expression(CONDITION)
                        .expressionValues(Map.of(":now", now()))
                        .build())
                .build();
    }

    /** Whether the transaction item at {@code index} (this guard's check) is what cancelled it. */
    static boolean tripped(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return index >= 0
                && reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** The answer to a write cancelled by the marker: it changed nothing. */
    public static ProblemException erased() {
        return ProblemException.conflict(
                "account-erased", "This account was just erased; nothing was saved. Please try again later.");
    }

    private static final String CONDITION = "attribute_not_exists(pk) OR expiresAt < :now";

    private AttributeValue now() {
        return AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond()));
    }

    private static Map<String, AttributeValue> keyMap(String customerHash) {
        return Map.of(
                "pk",
                AttributeValue.fromS(DynamoDbSettingsStore.partitionKey(customerHash)),
                "sk",
                AttributeValue.fromS(SORT_KEY));
    }
}
