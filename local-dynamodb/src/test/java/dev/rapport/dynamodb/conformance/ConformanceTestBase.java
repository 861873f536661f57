package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.dynamodb.EmbeddedDynamoDb;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Shared set-up for the conformance cases: the target's clients, uniquely named PAY_PER_REQUEST
 * tables that are deleted after each case, and small builders for attribute values.
 */
abstract class ConformanceTestBase {

    private static final WaiterOverrideConfiguration QUICK_POLL = WaiterOverrideConfiguration.builder()
            .backoffStrategy(
                    software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy.create(Duration.ofMillis(500)))
            .maxAttempts(240)
            .build();

    protected final ConformanceTarget target = ConformanceTarget.get();
    protected final DynamoDbClient ddb = target.client();
    protected final DynamoDbStreamsClient streams = target.streams();

    private final List<String> createdTables = new ArrayList<>();

    @AfterEach
    void deleteCreatedTables() {
        for (String table : createdTables) {
            try {
                ddb.deleteTable(r -> r.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                // deleted by the case itself
            } catch (RuntimeException e) {
                // keep deleting the others; a table left behind must not fail an otherwise passing case
            }
        }
        createdTables.clear();
    }

    // --- the target ---

    /** The in-process engine; the case is skipped against an external endpoint. */
    protected EmbeddedDynamoDb embeddedOnly(String why) {
        Assumptions.assumeTrue(target.isEmbedded(), "only the embedded engine can " + why);
        return target.embedded().orElseThrow();
    }

    // --- tables ---

    /** A fresh table name, unique to this case: [a-zA-Z0-9_.-], 3..255 characters. */
    protected String uniqueName(String hint) {
        return "conf_" + hint + "_" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Remembers a table the case created itself, so it is deleted afterwards. */
    protected String track(String table) {
        createdTables.add(table);
        return table;
    }

    /** Creates a PAY_PER_REQUEST table (the customiser sets keys, indexes, streams) and waits until ACTIVE. */
    protected String createTable(String hint, Consumer<CreateTableRequest.Builder> customiser) {
        String name = uniqueName(hint);
        CreateTableRequest.Builder request =
                CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
        customiser.accept(request);
        ddb.createTable(request.build());
        track(name);
        awaitActive(name);
        return name;
    }

    protected void awaitActive(String table) {
        if (ddb.describeTable(r -> r.tableName(table)).table().tableStatus() != TableStatus.ACTIVE) {
            ddb.waiter()
                    .waitUntilTableExists(
                            DescribeTableRequest.builder().tableName(table).build(), QUICK_POLL);
        }
    }

    protected void awaitGone(String table) {
        ddb.waiter()
                .waitUntilTableNotExists(
                        DescribeTableRequest.builder().tableName(table).build(), QUICK_POLL);
    }

    /** A table keyed by {@code pk} (S) only. */
    protected String hashTable() {
        return createTable(
                "h", b -> b.keySchema(hashKey("pk")).attributeDefinitions(attr("pk", ScalarAttributeType.S)));
    }

    /** A table keyed by {@code pk} (S) and {@code sk} (S). */
    protected String hashRangeTable() {
        return createTable(
                "hr",
                b -> b.keySchema(hashKey("pk"), rangeKey("sk"))
                        .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S)));
    }

    /** A table keyed by {@code pk} (S) and {@code sk} (N). */
    protected String numericRangeTable() {
        return createTable(
                "hn",
                b -> b.keySchema(hashKey("pk"), rangeKey("sk"))
                        .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.N)));
    }

    protected static KeySchemaElement hashKey(String name) {
        return KeySchemaElement.builder()
                .attributeName(name)
                .keyType(KeyType.HASH)
                .build();
    }

    protected static KeySchemaElement rangeKey(String name) {
        return KeySchemaElement.builder()
                .attributeName(name)
                .keyType(KeyType.RANGE)
                .build();
    }

    protected static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    protected static GlobalSecondaryIndex gsi(String name, Projection projection, KeySchemaElement... keys) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(keys)
                .projection(projection)
                .build();
    }

    // --- items ---

    protected void put(String table, Map<String, AttributeValue> item) {
        ddb.putItem(r -> r.tableName(table).item(item));
    }

    protected Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        return ddb.getItem(r -> r.tableName(table).key(key).consistentRead(true))
                .item();
    }

    /** Whether the item exists (read consistently). */
    protected boolean exists(String table, Map<String, AttributeValue> key) {
        return ddb.getItem(r -> r.tableName(table).key(key).consistentRead(true))
                .hasItem();
    }

    /**
     * An item from name/value pairs. Values: String → S, Number → N, byte[] → B, Boolean → BOOL,
     * AttributeValue as is, List → L, Map → M (recursively), null → NULL.
     */
    protected static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put((String) namesAndValues[i], av(namesAndValues[i + 1]));
        }
        return item;
    }

    protected static Map<String, AttributeValue> key(String pk) {
        return item("pk", pk);
    }

    protected static Map<String, AttributeValue> key(String pk, Object sk) {
        return item("pk", pk, "sk", sk);
    }

    @SuppressWarnings("unchecked")
    protected static AttributeValue av(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof AttributeValue attributeValue) {
            return attributeValue;
        }
        if (value instanceof String string) {
            return AttributeValue.fromS(string);
        }
        if (value instanceof BigDecimal decimal) {
            return AttributeValue.fromN(decimal.toPlainString());
        }
        if (value instanceof Number number) {
            return AttributeValue.fromN(number.toString());
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        if (value instanceof Boolean bool) {
            return AttributeValue.fromBool(bool);
        }
        if (value instanceof List<?> list) {
            return AttributeValue.fromL(
                    list.stream().map(ConformanceTestBase::av).toList());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> m.put(k, av(v)));
            return AttributeValue.fromM(m);
        }
        throw new IllegalArgumentException("no attribute value for " + value.getClass());
    }

    protected static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    protected static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    protected static AttributeValue ss(String... values) {
        return AttributeValue.fromSs(Arrays.asList(values));
    }

    protected static AttributeValue ns(String... values) {
        return AttributeValue.fromNs(Arrays.asList(values));
    }

    protected static AttributeValue bs(byte[]... values) {
        return AttributeValue.fromBs(
                Arrays.stream(values).map(SdkBytes::fromByteArray).toList());
    }

    protected static AttributeValue b(byte... bytes) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
    }

    protected static Map<String, AttributeValue> values(Object... namesAndValues) {
        return item(namesAndValues);
    }

    protected static Map<String, String> names(String... namesAndValues) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            names.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return names;
    }

    // --- errors ---

    /** The call fails with this DynamoDB error code and HTTP status 400. */
    protected static void assertError(String errorCode, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).as("error code").isEqualTo(errorCode);
            assertThat(e.statusCode()).as("HTTP status").isEqualTo(400);
        });
    }

    protected static void assertValidation(ThrowingCallable call) {
        assertError("ValidationException", call);
    }
}
