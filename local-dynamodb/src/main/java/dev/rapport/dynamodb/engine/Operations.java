package dev.rapport.dynamodb.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.dynamodb.streams.StreamOperations;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Every operation the engine answers, by its {@code X-Amz-Target}. */
public final class Operations {

    private final Map<String, Function<JsonNode, ObjectNode>> byTarget = new HashMap<>();

    public Operations(Engine engine) {
        TableOperations tables = new TableOperations(engine);
        ItemOperations items = new ItemOperations(engine);
        ReadOperations reads = new ReadOperations(engine);
        BatchOperations batches = new BatchOperations(engine);
        TransactOperations transactions = new TransactOperations(engine, new RequestTokens(engine.clock()));
        StreamOperations streams = new StreamOperations(engine);
        dynamoDb("CreateTable", tables::createTable);
        dynamoDb("DescribeTable", tables::describeTable);
        dynamoDb("DeleteTable", tables::deleteTable);
        dynamoDb("ListTables", tables::listTables);
        dynamoDb("UpdateTable", tables::updateTable);
        dynamoDb("UpdateTimeToLive", tables::updateTimeToLive);
        dynamoDb("DescribeTimeToLive", tables::describeTimeToLive);
        dynamoDb("GetItem", items::getItem);
        dynamoDb("PutItem", items::putItem);
        dynamoDb("UpdateItem", items::updateItem);
        dynamoDb("DeleteItem", items::deleteItem);
        dynamoDb("Query", reads::query);
        dynamoDb("Scan", reads::scan);
        dynamoDb("BatchGetItem", batches::batchGetItem);
        dynamoDb("BatchWriteItem", batches::batchWriteItem);
        dynamoDb("TransactWriteItems", transactions::transactWriteItems);
        dynamoDb("TransactGetItems", transactions::transactGetItems);
        stream("ListStreams", streams::listStreams);
        stream("DescribeStream", streams::describeStream);
        stream("GetShardIterator", streams::getShardIterator);
        stream("GetRecords", streams::getRecords);
    }

    private void dynamoDb(String name, Function<JsonNode, ObjectNode> operation) {
        byTarget.put("DynamoDB_20120810." + name, operation);
    }

    private void stream(String name, Function<JsonNode, ObjectNode> operation) {
        byTarget.put("DynamoDBStreams_20120810." + name, operation);
    }

    /** The operation a target names, or null when there is none. */
    public Function<JsonNode, ObjectNode> forTarget(String target) {
        return target == null ? null : byTarget.get(target);
    }
}
