package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query on a table: key conditions, order, paging, Select, filters and the 1 MB page limit. */
class QueryConformanceTest extends ConformanceTestBase {

    /** A table with pk "p" and numeric sort keys 1..count, plus an item under another partition. */
    private String numbersTable(int count) {
        String t = numericRangeTable();
        for (int i = 1; i <= count; i++) {
            put(t, item("pk", "p", "sk", i, "even", i % 2 == 0));
        }
        put(t, item("pk", "other", "sk", 1));
        return t;
    }

    private QueryResponse query(
            String t,
            String condition,
            Map<String, AttributeValue> values,
            java.util.function.Consumer<QueryRequest.Builder> more) {
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(t)
                .keyConditionExpression(condition)
                .expressionAttributeValues(values);
        more.accept(request);
        return ddb.query(request.build());
    }

    private static List<String> sortKeys(QueryResponse response) {
        return response.items().stream().map(i -> i.get("sk").n()).toList();
    }

    @Test
    @DisplayName("A partition key equality returns that partition's items in ascending sort key order")
    void queryReturnsPartitionInAscendingOrder() {
        String t = numbersTable(3);
        assertThat(sortKeys(query(t, "pk = :p", values(":p", "p"), b -> {}))).containsExactly("1", "2", "3");
    }

    @Test
    @DisplayName("Numeric sort keys order by value, not as strings (2 before 10)")
    void numericSortKeysOrderNumerically() {
        String t = numbersTable(10);
        List<String> keys = sortKeys(query(t, "pk = :p", values(":p", "p"), b -> {}));
        assertThat(keys.indexOf("2")).isLessThan(keys.indexOf("10"));
    }

    @Test
    @DisplayName("ScanIndexForward=false returns items in descending sort key order")
    void scanIndexForwardFalseReversesOrder() {
        String t = numbersTable(3);
        assertThat(sortKeys(query(t, "pk = :p", values(":p", "p"), b -> b.scanIndexForward(false))))
                .containsExactly("3", "2", "1");
    }

    @Test
    @DisplayName("Sort key condition <= includes the bound")
    void sortKeyLessThanOrEqual() {
        String t = numbersTable(5);
        assertThat(sortKeys(query(t, "pk = :p AND sk <= :v", values(":p", "p", ":v", 2), b -> {})))
                .containsExactly("1", "2");
    }

    @Test
    @DisplayName("Sort key conditions <, > and >= select the right range")
    void sortKeyStrictAndGreaterComparisons() {
        String t = numbersTable(5);
        assertThat(sortKeys(query(t, "pk = :p AND sk < :v", values(":p", "p", ":v", 2), b -> {})))
                .containsExactly("1");
        assertThat(sortKeys(query(t, "pk = :p AND sk > :v", values(":p", "p", ":v", 4), b -> {})))
                .containsExactly("5");
        assertThat(sortKeys(query(t, "pk = :p AND sk >= :v", values(":p", "p", ":v", 4), b -> {})))
                .containsExactly("4", "5");
    }

    @Test
    @DisplayName("Sort key BETWEEN is inclusive of both bounds")
    void sortKeyBetweenIsInclusive() {
        String t = numbersTable(5);
        assertThat(sortKeys(query(t, "pk = :p AND sk BETWEEN :a AND :b", values(":p", "p", ":a", 2, ":b", 4), b -> {})))
                .containsExactly("2", "3", "4");
    }

    @Test
    @DisplayName("Sort key begins_with selects string sort keys with the prefix")
    void sortKeyBeginsWith() {
        String t = hashRangeTable();
        for (String sk : List.of("a#1", "a#2", "b#1", "a")) {
            put(t, key("p", sk));
        }
        QueryResponse response =
                query(t, "pk = :p AND begins_with(sk, :pre)", values(":p", "p", ":pre", "a#"), b -> {});
        assertThat(response.items()).extracting(i -> i.get("sk").s()).containsExactly("a#1", "a#2");
    }

    @Test
    @DisplayName("Sort key equality selects one item")
    void sortKeyEquality() {
        String t = numbersTable(3);
        assertThat(sortKeys(query(t, "pk = :p AND sk = :v", values(":p", "p", ":v", 2), b -> {})))
                .containsExactly("2");
    }

    @Test
    @DisplayName("A key condition without the partition key is a ValidationException")
    void keyConditionWithoutPartitionKeyFailsValidation() {
        String t = numbersTable(1);
        assertValidation(() -> query(t, "sk = :v", values(":v", 1), b -> {}));
    }

    @Test
    @DisplayName("A key condition on a non-key attribute is a ValidationException")
    void keyConditionOnNonKeyAttributeFailsValidation() {
        String t = numbersTable(1);
        assertValidation(() -> query(t, "pk = :p AND even = :v", values(":p", "p", ":v", true), b -> {}));
    }

    @Test
    @DisplayName("A partition key condition other than equality is a ValidationException")
    void partitionKeyRangeConditionFailsValidation() {
        String t = numbersTable(1);
        assertValidation(() -> query(t, "pk > :p", values(":p", "p"), b -> {}));
    }

    @Test
    @DisplayName("<> is not a valid key condition: ValidationException")
    void notEqualsInKeyConditionFailsValidation() {
        String t = numbersTable(1);
        assertValidation(() -> query(t, "pk = :p AND sk <> :v", values(":p", "p", ":v", 1), b -> {}));
    }

    @Test
    @DisplayName("OR is not allowed in a key condition: ValidationException")
    void orInKeyConditionFailsValidation() {
        String t = numbersTable(1);
        assertValidation(() -> query(t, "pk = :p OR sk = :v", values(":p", "p", ":v", 1), b -> {}));
    }

    @Test
    @DisplayName("Limit caps the items evaluated; LastEvaluatedKey + ExclusiveStartKey continue, each item once")
    void limitAndExclusiveStartKeyPageThroughPartition() {
        String t = numbersTable(5);
        List<String> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page =
                    query(t, "pk = :p", values(":p", "p"), b -> b.limit(2).exclusiveStartKey(from));
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            all.addAll(sortKeys(page));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertThat(all).containsExactly("1", "2", "3", "4", "5");
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("LastEvaluatedKey holds the table's key attributes of the last item evaluated")
    void lastEvaluatedKeyIsTheLastItemsKey() {
        String t = numbersTable(3);
        QueryResponse page = query(t, "pk = :p", values(":p", "p"), b -> b.limit(1));
        assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", 1));
    }

    @Test
    @DisplayName("Select=COUNT returns Count and no Items")
    void selectCountReturnsCountOnly() {
        String t = numbersTable(4);
        QueryResponse response = query(t, "pk = :p", values(":p", "p"), b -> b.select(Select.COUNT));
        assertThat(response.count()).isEqualTo(4);
        assertThat(response.hasItems() && !response.items().isEmpty()).isFalse();
    }

    @Test
    @DisplayName("A FilterExpression is applied after reading: ScannedCount counts items read, Count items returned")
    void filterExpressionCountsScannedAndReturned() {
        String t = numbersTable(6);
        QueryResponse response =
                query(t, "pk = :p", values(":p", "p", ":t", true), b -> b.filterExpression("even = :t"));
        assertThat(response.scannedCount()).isEqualTo(6);
        assertThat(response.count()).isEqualTo(3);
        assertThat(sortKeys(response)).containsExactly("2", "4", "6");
    }

    @Test
    @DisplayName("Limit applies before the filter: Limit=2 reads two items and may return fewer")
    void limitAppliesBeforeFilter() {
        String t = numbersTable(6);
        QueryResponse response = query(
                t,
                "pk = :p",
                values(":p", "p", ":t", true),
                b -> b.filterExpression("even = :t").limit(2));
        assertThat(response.scannedCount()).isEqualTo(2);
        assertThat(sortKeys(response)).containsExactly("2");
        assertThat(response.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", 2));
    }

    @Test
    @DisplayName("A FilterExpression on a key attribute is a ValidationException")
    void filterOnKeyAttributeFailsValidation() {
        String t = numbersTable(2);
        assertValidation(() -> query(t, "pk = :p", values(":p", "p", ":v", 1), b -> b.filterExpression("sk = :v")));
    }

    @Test
    @DisplayName("A Query reads at most 1 MB per page and returns LastEvaluatedKey; paging then returns the rest")
    void queryPageStopsAtOneMegabyte() {
        String t = numericRangeTable();
        String payload = "x".repeat(100 * 1024);
        for (int i = 0; i < 15; i++) {
            put(t, item("pk", "p", "sk", i, "payload", payload));
        }
        QueryResponse first = query(t, "pk = :p", values(":p", "p"), b -> {});
        assertThat(first.count()).isBetween(9, 11);
        assertThat(first.hasLastEvaluatedKey() && !first.lastEvaluatedKey().isEmpty())
                .isTrue();
        QueryResponse rest = query(t, "pk = :p", values(":p", "p"), b -> b.exclusiveStartKey(first.lastEvaluatedKey()));
        assertThat(first.count() + rest.count()).isEqualTo(15);
    }

    @Test
    @DisplayName("A Query of a partition with no items returns Count 0 and no LastEvaluatedKey")
    void queryOfEmptyPartitionReturnsNothing() {
        String t = numbersTable(2);
        QueryResponse response = query(t, "pk = :p", values(":p", "nobody"), b -> {});
        assertThat(response.count()).isZero();
        assertThat(response.hasLastEvaluatedKey()
                        && !response.lastEvaluatedKey().isEmpty())
                .isFalse();
    }

    @Test
    @DisplayName("ProjectionExpression applies to Query results")
    void projectionOnQuery() {
        String t = numbersTable(2);
        QueryResponse response = query(t, "pk = :p", values(":p", "p"), b -> b.projectionExpression("even"));
        assertThat(response.items()).containsExactly(item("even", false), item("even", true));
    }
}
