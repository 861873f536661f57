package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.expression.ExpressionContext;
import dev.rapport.dynamodb.expression.ProjectionExpression;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.ValueJson;
import java.util.List;
import java.util.Map;

/** GetItem, PutItem, UpdateItem and DeleteItem. */
final class ItemOperations {

    private final Engine engine;

    ItemOperations(Engine engine) {
        this.engine = engine;
    }

    ObjectNode getItem(JsonNode body) {
        Request request = new Request(body);
        Table table = engine.table(request.tableName());
        Map<String, Value> key = table.definition().key().checkKey(request.requiredItem("Key"));
        ExpressionContext context = request.expressions();
        ProjectionExpression projection = request.projection(context);
        context.checkAllUsed();
        request.bool("ConsistentRead", false);
        Map<String, Value> item = table.get(table.definition().key().encode(key));
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        if (item != null) {
            response.set("Item", ValueJson.toJson(projection == null ? item : projection.apply(item)));
        }
        return Capacity.add(response, request, table, 0.5);
    }

    ObjectNode putItem(JsonNode body) {
        Request request = new Request(body);
        String returnValues = request.choice("ReturnValues", "NONE", List.of("NONE", "ALL_OLD"));
        return write(WriteAction.put(engine, request), request, returnValues);
    }

    ObjectNode deleteItem(JsonNode body) {
        Request request = new Request(body);
        String returnValues = request.choice("ReturnValues", "NONE", List.of("NONE", "ALL_OLD"));
        return write(WriteAction.delete(engine, request), request, returnValues);
    }

    ObjectNode updateItem(JsonNode body) {
        Request request = new Request(body);
        String returnValues = request.choice(
                "ReturnValues", "NONE", List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"));
        return write(WriteAction.update(engine, request), request, returnValues);
    }

    private ObjectNode write(WriteAction action, Request request, String returnValues) {
        String tableName = action.table().definition().name();
        ObjectNode response = engine.write(() -> {
            engine.holds().checkNotHeld(tableName, action.encodedKey());
            Map<String, Value> before = action.table().get(action.encodedKey());
            if (!action.passes(before)) {
                throw DynamoDbException.conditionalCheckFailed(
                        action.returnOldOnFailure() && before != null ? ValueJson.toJson(before) : null);
            }
            Map<String, Value> after = action.next(before);
            engine.apply(action.table(), action.encodedKey(), before, after, false);
            return attributes(returnValues, action, before, after);
        });
        return Capacity.add(response, request, action.table(), 1.0);
    }

    private static ObjectNode attributes(
            String returnValues, WriteAction action, Map<String, Value> before, Map<String, Value> after) {
        Map<String, Value> attributes = switch (returnValues) {
            case "ALL_OLD" -> before;
            case "ALL_NEW" -> after;
            case "UPDATED_OLD" ->
                before == null || action.update() == null
                        ? null
                        : action.update().updatedPaths().apply(before);
            case "UPDATED_NEW" ->
                after == null || action.update() == null
                        ? null
                        : action.update().updatedPaths().apply(after);
            default -> null;
        };
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        if (attributes != null && !attributes.isEmpty()) {
            response.set("Attributes", ValueJson.toJson(attributes));
        }
        return response;
    }
}
