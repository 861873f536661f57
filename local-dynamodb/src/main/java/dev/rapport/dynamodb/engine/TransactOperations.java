package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.expression.ExpressionContext;
import dev.rapport.dynamodb.expression.ProjectionExpression;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems: all or nothing, serializable with every other write,
 * cancelled with DynamoDB's reasons in item order; a token makes a retry return the first answer.
 */
final class TransactOperations {

    private static final int MAX_ACTIONS = 100;

    private final Engine engine;
    private final RequestTokens tokens;

    TransactOperations(Engine engine, RequestTokens tokens) {
        this.engine = engine;
        this.tokens = tokens;
    }

    ObjectNode transactWriteItems(JsonNode body) {
        List<WriteAction> actions = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (JsonNode element : transactItems(body)) {
            WriteAction action = writeAction(element);
            if (!items.add(action.itemId())) {
                throw DynamoDbException.validation(
                        "Transaction request cannot include multiple operations on one item");
            }
            actions.add(action);
        }
        String token = new Request(body).string("ClientRequestToken");
        return engine.write(() -> {
            if (tokens.alreadyDone(token, body)) {
                return ItemJson.MAPPER.createObjectNode();
            }
            engine.holds()
                    .pauseIfAsked(
                            engine,
                            actions.stream()
                                    .map(a -> a.table().definition().name())
                                    .toList(),
                            items);
            List<Map<String, Value>> befores = new ArrayList<>();
            List<Map<String, Value>> afters = new ArrayList<>();
            List<ObjectNode> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (WriteAction action : actions) {
                Map<String, Value> before = action.table().get(action.encodedKey());
                befores.add(before);
                ObjectNode reason = ItemJson.MAPPER.createObjectNode();
                reasons.add(reason);
                afters.add(null);
                if (engine.holds().isHeld(action.table().definition().name(), action.encodedKey())) {
                    cancelled = reason(reason, "TransactionConflict", "Transaction is ongoing for the item");
                } else if (!action.passes(before)) {
                    cancelled = reason(reason, "ConditionalCheckFailed", "The conditional request failed");
                    if (action.returnOldOnFailure() && before != null) {
                        reason.set("Item", ValueJson.toJson(before));
                    }
                } else {
                    try {
                        afters.set(afters.size() - 1, action.next(before));
                        reason.put("Code", "None");
                    } catch (DynamoDbException invalid) {
                        cancelled = reason(reason, "ValidationError", invalid.getMessage());
                    }
                }
            }
            if (cancelled) {
                throw cancelled(reasons);
            }
            for (int i = 0; i < actions.size(); i++) {
                WriteAction action = actions.get(i);
                if (!action.kind().equals("ConditionCheck")) {
                    engine.apply(action.table(), action.encodedKey(), befores.get(i), afters.get(i), false);
                }
            }
            tokens.remember(token, body);
            return ItemJson.MAPPER.createObjectNode();
        });
    }

    ObjectNode transactGetItems(JsonNode body) {
        List<Runnable> reads = new ArrayList<>();
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        ArrayNode responses = response.putArray("Responses");
        List<String> itemIds = new ArrayList<>();
        for (JsonNode element : transactItems(body)) {
            Request get = new Request(element).part("Get");
            if (get == null) {
                throw DynamoDbException.validation("A TransactGetItem must hold a Get");
            }
            Table table = engine.table(get.tableName());
            Map<String, Value> key = table.definition().key().checkKey(get.requiredItem("Key"));
            ExpressionContext context = get.expressions();
            ProjectionExpression projection = get.projection(context);
            context.checkAllUsed();
            String encoded = table.definition().key().encode(key);
            itemIds.add(Holds.id(table.definition().name(), encoded));
            ObjectNode slot = responses.addObject();
            reads.add(() -> {
                Map<String, Value> item = table.get(encoded);
                if (item != null) {
                    slot.set("Item", ValueJson.toJson(projection == null ? item : projection.apply(item)));
                }
            });
        }
        // Read under the write lock: one consistent snapshot, never a transaction's half.
        return engine.write(() -> {
            List<ObjectNode> reasons = new ArrayList<>();
            boolean conflict = false;
            for (String id : itemIds) {
                ObjectNode reason = ItemJson.MAPPER.createObjectNode();
                reasons.add(reason);
                int split = id.indexOf('\u0000');
                if (engine.holds().isHeld(id.substring(0, split), id.substring(split + 1))) {
                    conflict = reason(reason, "TransactionConflict", "Transaction is ongoing for the item");
                } else {
                    reason.put("Code", "None");
                }
            }
            if (conflict) {
                throw cancelled(reasons);
            }
            reads.forEach(Runnable::run);
            return response;
        });
    }

    private WriteAction writeAction(JsonNode element) {
        Request wrapper = new Request(element);
        List<WriteAction> found = new ArrayList<>();
        Request part;
        if ((part = wrapper.part("Put")) != null) {
            found.add(WriteAction.put(engine, part));
        }
        if ((part = wrapper.part("Update")) != null) {
            found.add(WriteAction.update(engine, part));
        }
        if ((part = wrapper.part("Delete")) != null) {
            found.add(WriteAction.delete(engine, part));
        }
        if ((part = wrapper.part("ConditionCheck")) != null) {
            found.add(WriteAction.conditionCheck(engine, part));
        }
        if (found.size() != 1) {
            throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        return found.getFirst();
    }

    private static JsonNode transactItems(JsonNode body) {
        JsonNode items = body.path("TransactItems");
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_ACTIONS) {
            throw DynamoDbException.validation(
                    "1 validation error detected: Value at 'transactItems' failed to satisfy "
                            + "constraint: Member must have length less than or equal to " + MAX_ACTIONS
                            + ", Member must have length greater than or equal to 1");
        }
        return items;
    }

    private static boolean reason(ObjectNode reason, String code, String message) {
        reason.put("Code", code);
        reason.put("Message", message);
        return true;
    }

    private static DynamoDbException cancelled(List<ObjectNode> reasons) {
        ObjectNode extra = ItemJson.MAPPER.createObjectNode();
        ArrayNode list = extra.putArray("CancellationReasons");
        reasons.forEach(list::add);
        String codes = String.join(
                ", ", reasons.stream().map(r -> r.path("Code").asText()).toList());
        return new DynamoDbException(
                400,
                "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                extra);
    }
}
