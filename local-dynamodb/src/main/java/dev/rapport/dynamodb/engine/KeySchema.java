package dev.rapport.dynamodb.engine;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/** A table's or an index's key: a partition key and an optional sort key, each with its scalar type. */
public record KeySchema(String hashName, String hashType, String rangeName, String rangeType) {

    private static final long MAX_HASH_BYTES = 2048;
    private static final long MAX_RANGE_BYTES = 1024;

    public boolean hasRange() {
        return rangeName != null;
    }

    public boolean isKeyAttribute(String name) {
        return name.equals(hashName) || name.equals(rangeName);
    }

    /** The key attributes of an item; null when the item lacks one (it is then not in a sparse index). */
    Map<String, Value> keyOf(Map<String, Value> item) {
        Value hash = item.get(hashName);
        Value range = hasRange() ? item.get(rangeName) : null;
        if (hash == null || (hasRange() && range == null)) {
            return null;
        }
        Map<String, Value> key = new LinkedHashMap<>();
        key.put(hashName, hash);
        if (hasRange()) {
            key.put(rangeName, range);
        }
        return key;
    }

    /** The storage key: the encoded partition key, a separator, the encoded sort key. */
    String encode(Map<String, Value> item) {
        String hash = KeyCodec.encode(item.get(hashName));
        return hasRange()
                ? hash + KeyCodec.SEPARATOR + KeyCodec.encode(item.get(rangeName))
                : hash + KeyCodec.SEPARATOR;
    }

    /** Checks a request's {@code Key}: exactly the key attributes, of the declared types. */
    Map<String, Value> checkKey(Map<String, Value> key) {
        if (key == null || key.size() != (hasRange() ? 2 : 1) || keyOf(key) == null) {
            throw DynamoDbException.validation("The provided key element does not match the schema");
        }
        checkTypes(key, "The provided key element does not match the schema");
        return keyOf(key);
    }

    /** Checks an item about to be written: key attributes present, typed as declared, not empty. */
    void checkItem(Map<String, Value> item) {
        for (String name : hasRange() ? new String[] {hashName, rangeName} : new String[] {hashName}) {
            if (!item.containsKey(name)) {
                throw DynamoDbException.validation(
                        "One or more parameter values were invalid: Missing the key " + name + " in the item");
            }
        }
        checkTypes(item, null);
    }

    /**
     * Checks that an item's values for an index's key attributes have the declared types (a sparse index skips absent
     * ones).
     */
    void checkIndexTypes(Map<String, Value> item, String indexName) {
        checkIndexAttribute(item, hashName, hashType, indexName);
        if (hasRange()) {
            checkIndexAttribute(item, rangeName, rangeType, indexName);
        }
    }

    private static void checkIndexAttribute(Map<String, Value> item, String name, String type, String indexName) {
        Value value = item.get(name);
        if (value == null) {
            return;
        }
        if (!value.type().equals(type)) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Type mismatch for Index Key "
                    + name + " Expected: " + type + " Actual: " + value.type() + " IndexName: " + indexName);
        }
        if (isEmpty(value)) {
            throw DynamoDbException.validation("One or more parameter values are not valid. A value specified for a "
                    + "secondary index key is not supported. The AttributeValue for a key attribute cannot contain an "
                    + "empty string value. IndexName: " + indexName + ", IndexKey: " + name);
        }
    }

    private void checkTypes(Map<String, Value> item, String message) {
        checkAttribute(item.get(hashName), hashName, hashType, MAX_HASH_BYTES, message);
        if (hasRange()) {
            checkAttribute(item.get(rangeName), rangeName, rangeType, MAX_RANGE_BYTES, message);
        }
    }

    private static void checkAttribute(Value value, String name, String type, long maxBytes, String message) {
        if (!value.type().equals(type)) {
            throw DynamoDbException.validation(
                    message != null
                            ? message
                            : "One or more parameter values were invalid: Type mismatch for key " + name + " expected: "
                                    + type + " actual: " + value.type());
        }
        if (isEmpty(value)) {
            throw DynamoDbException.validation("One or more parameter values are not valid. The AttributeValue for a "
                    + "key attribute cannot contain an empty " + (type.equals("S") ? "string" : "binary")
                    + " value. Key: " + name);
        }
        if (Values.size(value) > maxBytes) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Size of "
                    + (maxBytes == MAX_HASH_BYTES ? "hashkey" : "rangekey") + " has exceeded the maximum size limit of "
                    + maxBytes + " bytes");
        }
    }

    private static boolean isEmpty(Value value) {
        return (value instanceof Value.S s && s.value().isEmpty())
                || (value instanceof Value.B b && b.value().length == 0);
    }
}
