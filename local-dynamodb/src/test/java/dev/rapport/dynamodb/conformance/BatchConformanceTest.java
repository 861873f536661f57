package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem and BatchWriteItem. */
class BatchConformanceTest extends ConformanceTestBase {

    private BatchGetItemResponse batchGet(String t, List<Map<String, AttributeValue>> keys) {
        return ddb.batchGetItem(r ->
                r.requestItems(Map.of(t, KeysAndAttributes.builder().keys(keys).build())));
    }

    private BatchWriteItemResponse batchWrite(String t, List<WriteRequest> writes) {
        return ddb.batchWriteItem(r -> r.requestItems(Map.of(t, writes)));
    }

    private static WriteRequest putRequest(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    private static WriteRequest deleteRequest(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    }

    private static List<Map<String, AttributeValue>> keys(int count) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(key("k" + i));
        }
        return keys;
    }

    @Test
    @DisplayName("BatchGetItem returns the existing items, omits missing ones and has empty UnprocessedKeys")
    void batchGetReturnsExistingOmitsMissing() {
        String t = hashTable();
        put(t, item("pk", "k0", "v", 0));
        put(t, item("pk", "k1", "v", 1));
        BatchGetItemResponse response = batchGet(t, keys(3));
        assertThat(response.responses().get(t))
                .containsExactlyInAnyOrder(item("pk", "k0", "v", 0), item("pk", "k1", "v", 1));
        assertThat(response.unprocessedKeys()).isEmpty();
    }

    @Test
    @DisplayName("BatchGetItem reads from several tables in one call")
    void batchGetFromSeveralTables() {
        String t1 = hashTable();
        String t2 = hashTable();
        put(t1, item("pk", "a"));
        put(t2, item("pk", "b"));
        BatchGetItemResponse response = ddb.batchGetItem(r -> r.requestItems(Map.of(
                t1, KeysAndAttributes.builder().keys(key("a")).build(),
                t2, KeysAndAttributes.builder().keys(key("b")).build())));
        assertThat(response.responses().get(t1)).containsExactly(item("pk", "a"));
        assertThat(response.responses().get(t2)).containsExactly(item("pk", "b"));
    }

    @Test
    @DisplayName("BatchGetItem with 100 keys is accepted")
    void batchGetWithHundredKeysIsAccepted() {
        String t = hashTable();
        put(t, item("pk", "k99"));
        assertThat(batchGet(t, keys(100)).responses().get(t)).containsExactly(item("pk", "k99"));
    }

    @Test
    @DisplayName("BatchGetItem with more than 100 keys is a ValidationException")
    void batchGetWithMoreThanHundredKeysFailsValidation() {
        String t = hashTable();
        assertValidation(() -> batchGet(t, keys(101)));
    }

    @Test
    @DisplayName("BatchGetItem with the same key twice is a ValidationException")
    void batchGetWithDuplicateKeysFailsValidation() {
        String t = hashTable();
        assertValidation(() -> batchGet(t, List.of(key("a"), key("a"))));
    }

    @Test
    @DisplayName("BatchGetItem honours a ProjectionExpression per table")
    void batchGetWithProjection() {
        String t = hashTable();
        put(t, item("pk", "a", "x", 1, "y", 2));
        BatchGetItemResponse response = ddb.batchGetItem(r -> r.requestItems(Map.of(
                t,
                KeysAndAttributes.builder()
                        .keys(key("a"))
                        .projectionExpression("y")
                        .build())));
        assertThat(response.responses().get(t)).containsExactly(item("y", 2));
    }

    @Test
    @DisplayName("BatchGetItem on a table that does not exist fails with ResourceNotFoundException")
    void batchGetOnMissingTableFailsWithResourceNotFound() {
        assertError("ResourceNotFoundException", () -> batchGet(uniqueName("missing"), List.of(key("a"))));
    }

    @Test
    @DisplayName("BatchWriteItem puts and deletes in one call, with empty UnprocessedItems")
    void batchWritePutsAndDeletes() {
        String t = hashTable();
        put(t, item("pk", "old"));
        BatchWriteItemResponse response =
                batchWrite(t, List.of(putRequest(item("pk", "new", "v", 1)), deleteRequest(key("old"))));
        assertThat(response.unprocessedItems()).isEmpty();
        assertThat(exists(t, key("old"))).isFalse();
        assertThat(get(t, key("new"))).isEqualTo(item("pk", "new", "v", 1));
    }

    @Test
    @DisplayName("BatchWriteItem with 25 requests is accepted")
    void batchWriteWithTwentyFiveRequestsIsAccepted() {
        String t = hashTable();
        List<WriteRequest> writes =
                keys(25).stream().map(BatchConformanceTest::putRequest).toList();
        batchWrite(t, writes);
        assertThat(ddb.scan(r -> r.tableName(t)).count()).isEqualTo(25);
    }

    @Test
    @DisplayName("BatchWriteItem with more than 25 requests is a ValidationException")
    void batchWriteWithMoreThanTwentyFiveRequestsFailsValidation() {
        String t = hashTable();
        List<WriteRequest> writes =
                keys(26).stream().map(BatchConformanceTest::putRequest).toList();
        assertValidation(() -> batchWrite(t, writes));
        assertThat(ddb.scan(r -> r.tableName(t)).count()).isZero();
    }

    @Test
    @DisplayName("BatchWriteItem with two requests for the same key is a ValidationException")
    void batchWriteWithTwoOperationsOnOneKeyFailsValidation() {
        String t = hashTable();
        assertValidation(() -> batchWrite(t, List.of(putRequest(item("pk", "a")), deleteRequest(key("a")))));
    }

    @Test
    @DisplayName("BatchWriteItem with an invalid item (missing key) rejects the whole batch with ValidationException")
    void batchWriteWithInvalidItemWritesNothing() {
        String t = hashTable();
        assertValidation(() -> batchWrite(t, List.of(putRequest(item("pk", "good")), putRequest(item("other", "x")))));
        assertThat(exists(t, key("good"))).isFalse();
    }

    @Test
    @DisplayName("BatchWriteItem on a table that does not exist fails with ResourceNotFoundException")
    void batchWriteOnMissingTableFailsWithResourceNotFound() {
        assertError(
                "ResourceNotFoundException",
                () -> batchWrite(uniqueName("missing"), List.of(putRequest(item("pk", "a")))));
    }
}
