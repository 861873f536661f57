package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Scan: whole-table reads, filters, paging and parallel segments. */
class ScanConformanceTest extends ConformanceTestBase {

    private String tableOf(int count) {
        String t = hashTable();
        for (int i = 0; i < count; i++) {
            put(t, item("pk", "item" + i, "n", i));
        }
        return t;
    }

    private List<String> scanAll(ScanRequest.Builder request) {
        List<String> keys = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = ddb.scan(request.exclusiveStartKey(start).build());
            page.items().forEach(i -> keys.add(i.get("pk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return keys;
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("item" + i);
        }
        return names;
    }

    @Test
    @DisplayName("A Scan returns every item of the table")
    void scanReturnsEveryItem() {
        String t = tableOf(7);
        assertThat(scanAll(ScanRequest.builder().tableName(t))).containsExactlyInAnyOrderElementsOf(names(7));
    }

    @Test
    @DisplayName("Scan Limit + LastEvaluatedKey + ExclusiveStartKey page through every item once")
    void scanPagingVisitsEveryItemOnce() {
        String t = tableOf(7);
        List<String> keys = scanAll(ScanRequest.builder().tableName(t).limit(3));
        assertThat(keys).containsExactlyInAnyOrderElementsOf(names(7));
    }

    @Test
    @DisplayName("Scan with Limit returns at most Limit items and a LastEvaluatedKey when more remain")
    void scanLimitReturnsLastEvaluatedKey() {
        String t = tableOf(5);
        ScanResponse page = ddb.scan(r -> r.tableName(t).limit(2));
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.lastEvaluatedKey()).containsOnlyKeys("pk");
    }

    @Test
    @DisplayName("Parallel Scan: segments 0..TotalSegments-1 together return every item exactly once")
    void parallelScanSegmentsCoverEveryItemOnce() {
        String t = tableOf(20);
        List<String> all = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
            all.addAll(
                    scanAll(ScanRequest.builder().tableName(t).segment(segment).totalSegments(4)));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(names(20));
    }

    @Test
    @DisplayName("Segment must be less than TotalSegments: ValidationException")
    void segmentNotBelowTotalSegmentsFailsValidation() {
        String t = tableOf(1);
        assertValidation(() -> ddb.scan(r -> r.tableName(t).segment(4).totalSegments(4)));
    }

    @Test
    @DisplayName("Segment without TotalSegments is a ValidationException")
    void segmentWithoutTotalSegmentsFailsValidation() {
        String t = tableOf(1);
        assertValidation(() -> ddb.scan(r -> r.tableName(t).segment(0)));
    }

    @Test
    @DisplayName("A Scan FilterExpression returns matching items: Count after the filter, ScannedCount before")
    void scanFilterCounts() {
        String t = tableOf(10);
        ScanResponse response =
                ddb.scan(r -> r.tableName(t).filterExpression("n >= :v").expressionAttributeValues(values(":v", 7)));
        assertThat(response.count()).isEqualTo(3);
        assertThat(response.scannedCount()).isEqualTo(10);
    }

    @Test
    @DisplayName("Scan Select=COUNT returns the count and no items")
    void scanSelectCount() {
        String t = tableOf(4);
        ScanResponse response = ddb.scan(r -> r.tableName(t).select(Select.COUNT));
        assertThat(response.count()).isEqualTo(4);
        assertThat(response.hasItems() && !response.items().isEmpty()).isFalse();
    }

    @Test
    @DisplayName("A Scan of an empty table returns Count 0 and no LastEvaluatedKey")
    void scanOfEmptyTable() {
        String t = hashTable();
        ScanResponse response = ddb.scan(r -> r.tableName(t));
        assertThat(response.count()).isZero();
        assertThat(response.hasLastEvaluatedKey()
                        && !response.lastEvaluatedKey().isEmpty())
                .isFalse();
    }

    @Test
    @DisplayName("A Scan page stops at 1 MB of data read and returns LastEvaluatedKey")
    void scanPageStopsAtOneMegabyte() {
        String t = hashTable();
        String payload = "x".repeat(100 * 1024);
        for (int i = 0; i < 15; i++) {
            put(t, item("pk", "item" + i, "payload", payload));
        }
        ScanResponse first = ddb.scan(r -> r.tableName(t));
        assertThat(first.count()).isBetween(9, 11);
        assertThat(first.hasLastEvaluatedKey() && !first.lastEvaluatedKey().isEmpty())
                .isTrue();
    }
}
