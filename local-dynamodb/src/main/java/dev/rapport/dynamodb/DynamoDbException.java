package dev.rapport.dynamodb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error as DynamoDB reports it: an HTTP status, a {@code __type} and a message, plus any extra
 * fields the error carries ({@code CancellationReasons}, {@code Item}).
 */
public final class DynamoDbException extends RuntimeException {

    private static final String PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private final int status;
    private final String type;
    private final ObjectNode extra;

    public DynamoDbException(int status, String type, String message, ObjectNode extra) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra;
    }

    public static DynamoDbException validation(String message) {
        return new DynamoDbException(400, "com.amazon.coral.validate#ValidationException", message, null);
    }

    public static DynamoDbException resourceNotFound(String message) {
        return client("ResourceNotFoundException", message);
    }

    public static DynamoDbException resourceInUse(String message) {
        return client("ResourceInUseException", message);
    }

    public static DynamoDbException serialization(String message) {
        return new DynamoDbException(400, "com.amazon.coral.service#SerializationException", message, null);
    }

    public static DynamoDbException unknownOperation(String message) {
        return new DynamoDbException(400, "com.amazon.coral.service#UnknownOperationException", message, null);
    }

    public static DynamoDbException conditionalCheckFailed(ObjectNode item) {
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        if (item != null) {
            extra.set("Item", item);
        }
        return new DynamoDbException(
                400, PREFIX + "ConditionalCheckFailedException", "The conditional request failed", extra);
    }

    public static DynamoDbException transactionConflict() {
        return client("TransactionConflictException", "Transaction is ongoing for the item");
    }

    public static DynamoDbException client(String shortType, String message) {
        return new DynamoDbException(400, PREFIX + shortType, message, null);
    }

    public int status() {
        return status;
    }

    /** The full {@code __type}, for example {@code com.amazonaws.dynamodb.v20120810#ValidationException}. */
    public String type() {
        return type;
    }

    public String shortType() {
        return type.substring(type.indexOf('#') + 1);
    }

    public ObjectNode extra() {
        return extra;
    }
}
