package dev.rapport.storage.dynamodb;

import dev.rapport.orders.AuditEntry;
import dev.rapport.orders.Order;
import dev.rapport.orders.OrderChange;
import dev.rapport.orders.OrderStatus;
import dev.rapport.orders.OrderStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactUpdateItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Orders and their audit records in one table, partitioned by customer hash. An action is one
 * TransactWriteItems: the order's conditional update and the audit record's conditional creation.
 */
public final class DynamoDbOrderStore implements OrderStore {

    private final DynamoDbEnhancedClient client;
    private final Supplier<DynamoDbTable<OrderItem>> orders;
    private final Supplier<DynamoDbTable<AuditItem>> audit;

    public DynamoDbOrderStore(DynamoDbEnhancedClient client, String tableName) {
        this.client = client;
        this.orders = new OnFirstUse<>(() -> client.table(tableName, OrderItem.SCHEMA));
        this.audit = new OnFirstUse<>(() -> client.table(tableName, AuditItem.SCHEMA));
    }

    @Override
    public Optional<Order> order(String customerHash, String orderId) {
        OrderItem item = orders.get()
                .getItem(GetItemEnhancedRequest.builder()
                        .key(key(customerHash, orderId))
                        .consistentRead(true)
                        .build());
        return Optional.ofNullable(item).map(OrderItem::order);
    }

    @Override
    public List<Order> orders(String customerHash, int limit) {
        List<Order> found = new ArrayList<>();
        orders.get()
                .query(r -> r.queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(OrderItem.partition(customerHash))
                        .sortValue(OrderItem.SORT_PREFIX)
                        .build())))
                .items()
                .forEach(item -> found.add(item.order()));
        return found.stream()
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public void put(String customerHash, Order order) {
        orders.get().putItem(OrderItem.of(customerHash, order));
    }

    @Override
    public ActionResult execute(String customerHash, OrderChange change, AuditEntry entry) {
        OrderItem update = OrderItem.keyOf(customerHash, change.orderId());
        switch (change.kind()) {
            case CANCEL -> update.status(OrderStatus.CANCELLED.wire());
            case CHANGE_ADDRESS -> update.deliveryAddress(change.value());
            case REBOOK -> update.deliverySlot(change.value());
        }
        update.updatedAt(entry.executedAt().toString());
        List<OrderStatus> allowed = Arrays.stream(OrderStatus.values())
                .filter(change.kind()::allowedIn)
                .toList();
        Map<String, AttributeValue> values = new HashMap<>();
        for (int i = 0; i < allowed.size(); i++) {
            values.put(":s" + i, AttributeValue.fromS(allowed.get(i).wire()));
        }
        Expression stillAllowed = Expression.builder()
                .expression("attribute_exists(pk) AND #status IN ("
                        + values.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")")
                .expressionNames(Map.of("#status", "status"))
                .expressionValues(values)
                .build();
        try {
            client.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                    .addPutItem(
                            audit.get(),
                            TransactPutItemEnhancedRequest.builder(AuditItem.class)
                                    .item(AuditItem.of(customerHash, entry, ActionResult.DONE.wire()))
                                    .conditionExpression(Expression.builder()
                                            .expression("attribute_not_exists(pk)")
                                            .build())
                                    .build())
                    .addUpdateItem(
                            orders.get(),
                            TransactUpdateItemEnhancedRequest.builder(OrderItem.class)
                                    .item(update)
                                    .ignoreNulls(true)
                                    .conditionExpression(stillAllowed)
                                    .build())
                    .build());
            return ActionResult.DONE;
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (failed(reasons, 0)) {
                return ActionResult.ALREADY_DONE;
            }
            if (!failed(reasons, 1)) {
                throw e;
            }
        }
        ActionResult result =
                order(customerHash, change.orderId()).isPresent() ? ActionResult.NOT_ALLOWED : ActionResult.NOT_FOUND;
        // A refused action is audited too, so the customer sees what was asked and why it did not happen.
        audit.get().putItem(AuditItem.of(customerHash, entry, result.wire()));
        return result;
    }

    private static boolean failed(List<CancellationReason> reasons, int index) {
        return reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    private static Key key(String customerHash, String orderId) {
        return Key.builder()
                .partitionValue(OrderItem.partition(customerHash))
                .sortValue(OrderItem.SORT_PREFIX + orderId)
                .build();
    }
}
