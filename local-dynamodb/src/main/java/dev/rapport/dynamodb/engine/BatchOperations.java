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
 * BatchGetItem (at most 100 keys) and BatchWriteItem (at most 25 puts and deletes). Everything is
 * validated before anything is read or written; nothing is ever left unprocessed.
 */
final class BatchOperations {

    private final Engine engine;

    BatchOperations(Engine engine) {
        this.engine = engine;
    }

    ObjectNode batchGetItem(JsonNode body) {
        JsonNode requests = requestItems(body);
        int keys = 0;
        List<Runnable> reads = new ArrayList<>();
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        ObjectNode responses = response.putObject("Responses");
        for (var it = requests.fields(); it.hasNext(); ) {
            var tableRequest = it.next();
            Table table = engine.table(TableCodec.checkName(tableRequest.getKey()));
            Request request = new Request(tableRequest.getValue());
            ExpressionContext context = request.expressions();
            ProjectionExpression projection = request.projection(context);
            context.checkAllUsed();
            Set<String> seen = new HashSet<>();
            ArrayNode found = responses.putArray(tableRequest.getKey());
            for (JsonNode keyNode : tableRequest.getValue().path("Keys")) {
                keys++;
                Map<String, Value> key = table.definition().key().checkKey(ValueJson.item(keyNode));
                String encoded = table.definition().key().encode(key);
                if (!seen.add(encoded)) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                reads.add(() -> {
                    Map<String, Value> item = table.get(encoded);
                    if (item != null) {
                        found.add(ValueJson.toJson(projection == null ? item : projection.apply(item)));
                    }
                });
            }
        }
        if (keys > 100) {
            throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
        }
        reads.forEach(Runnable::run);
        response.putObject("UnprocessedKeys");
        return response;
    }

    ObjectNode batchWriteItem(JsonNode body) {
        JsonNode requests = requestItems(body);
        List<WriteAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var it = requests.fields(); it.hasNext(); ) {
            var tableRequest = it.next();
            String tableName = TableCodec.checkName(tableRequest.getKey());
            for (JsonNode write : tableRequest.getValue()) {
                WriteAction action = action(tableName, write);
                if (!seen.add(action.itemId())) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                actions.add(action);
            }
        }
        if (actions.size() > 25) {
            throw DynamoDbException.validation("1 validation error detected: Value at 'requestItems' failed to satisfy"
                    + " constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25,"
                    + " Member must have length greater than or equal to 1]");
        }
        engine.write(() -> {
            for (WriteAction action : actions) {
                engine.holds().checkNotHeld(action.table().definition().name(), action.encodedKey());
            }
            for (WriteAction action : actions) {
                Map<String, Value> before = action.table().get(action.encodedKey());
                engine.apply(action.table(), action.encodedKey(), before, action.next(before), false);
            }
            return null;
        });
        ObjectNode response = ItemJson.MAPPER.createObjectNode();
        response.putObject("UnprocessedItems");
        return response;
    }

    private WriteAction action(String tableName, JsonNode write) {
        JsonNode put = write.get("PutRequest");
        JsonNode delete = write.get("DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbException.validation("Supplied AttributeValue has more than one operation or none: "
                    + "a WriteRequest must hold exactly one of PutRequest and DeleteRequest");
        }
        ObjectNode part = ((ObjectNode) (put != null ? put : delete)).deepCopy();
        part.put("TableName", tableName);
        return put != null ? WriteAction.put(engine, new Request(part)) : WriteAction.delete(engine, new Request(part));
    }

    private static JsonNode requestItems(JsonNode body) {
        JsonNode requests = body.path("RequestItems");
        if (!requests.isObject() || requests.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'requestItems' failed to "
                    + "satisfy constraint: Member must not be null and must have at least one entry");
        }
        return requests;
    }
}
