package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Query and Scan on global secondary indexes: projections, sparse indexes and their limits. */
class IndexQueryConformanceTest extends ConformanceTestBase {

    /** Table pk/sk (S/S) with GSI "byG" on g (S) / gs (N) and the given projection. */
    private String indexedTable(Projection projection) {
        return createTable(
                "gsi",
                b -> b.keySchema(hashKey("pk"), rangeKey("sk"))
                        .attributeDefinitions(
                                attr("pk", ScalarAttributeType.S),
                                attr("sk", ScalarAttributeType.S),
                                attr("g", ScalarAttributeType.S),
                                attr("gs", ScalarAttributeType.N))
                        .globalSecondaryIndexes(gsi("byG", projection, hashKey("g"), rangeKey("gs"))));
    }

    private static Projection projection(ProjectionType type, String... nonKey) {
        Projection.Builder b = Projection.builder().projectionType(type);
        if (nonKey.length > 0) {
            b.nonKeyAttributes(nonKey);
        }
        return b.build();
    }

    private QueryResponse queryIndex(String t, String g) {
        return ddb.query(r -> r.tableName(t)
                .indexName("byG")
                .keyConditionExpression("g = :g")
                .expressionAttributeValues(values(":g", g)));
    }

    private Map<String, AttributeValue> fullItem() {
        return item("pk", "a", "sk", "1", "g", "G", "gs", 7, "inc", "included", "other", "not projected");
    }

    @Test
    @DisplayName("A Query on a GSI with projection ALL returns whole items")
    void gsiProjectionAllReturnsWholeItem() {
        String t = indexedTable(projection(ProjectionType.ALL));
        put(t, fullItem());
        assertThat(queryIndex(t, "G").items()).containsExactly(fullItem());
    }

    @Test
    @DisplayName("A GSI with projection KEYS_ONLY holds only the table and index key attributes")
    void gsiProjectionKeysOnlyReturnsKeys() {
        String t = indexedTable(projection(ProjectionType.KEYS_ONLY));
        put(t, fullItem());
        assertThat(queryIndex(t, "G").items()).containsExactly(item("pk", "a", "sk", "1", "g", "G", "gs", 7));
    }

    @Test
    @DisplayName("A GSI with projection INCLUDE holds the keys plus the NonKeyAttributes")
    void gsiProjectionIncludeReturnsKeysAndIncluded() {
        String t = indexedTable(projection(ProjectionType.INCLUDE, "inc"));
        put(t, fullItem());
        assertThat(queryIndex(t, "G").items())
                .containsExactly(item("pk", "a", "sk", "1", "g", "G", "gs", 7, "inc", "included"));
    }

    @Test
    @DisplayName("A GSI is sparse: items without the index key attributes are not in the index")
    void gsiIsSparse() {
        String t = indexedTable(projection(ProjectionType.ALL));
        put(t, fullItem());
        put(t, item("pk", "b", "sk", "1", "other", "no index key"));
        put(t, item("pk", "c", "sk", "1", "g", "G"));
        ScanResponse scan = ddb.scan(r -> r.tableName(t).indexName("byG"));
        assertThat(scan.items()).extracting(i -> i.get("pk").s()).containsExactly("a");
    }

    @Test
    @DisplayName("A GSI Query orders by the index sort key and can hold several items with the same index key")
    void gsiQueryOrdersByIndexSortKey() {
        String t = indexedTable(projection(ProjectionType.KEYS_ONLY));
        put(t, item("pk", "x", "sk", "1", "g", "G", "gs", 20));
        put(t, item("pk", "y", "sk", "1", "g", "G", "gs", 3));
        put(t, item("pk", "z", "sk", "1", "g", "G", "gs", 3.5));
        assertThat(queryIndex(t, "G").items()).extracting(i -> i.get("pk").s()).containsExactly("y", "z", "x");
    }

    @Test
    @DisplayName("An update that changes an item's index key moves it in the GSI")
    void gsiFollowsUpdatedIndexKey() {
        String t = indexedTable(projection(ProjectionType.ALL));
        put(t, fullItem());
        ddb.updateItem(r -> r.tableName(t)
                .key(key("a", "1"))
                .updateExpression("SET g = :g")
                .expressionAttributeValues(values(":g", "H")));
        assertThat(queryIndex(t, "G").count()).isZero();
        assertThat(queryIndex(t, "H").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("Deleting an item removes it from the GSI")
    void gsiDropsDeletedItem() {
        String t = indexedTable(projection(ProjectionType.ALL));
        put(t, fullItem());
        ddb.deleteItem(r -> r.tableName(t).key(key("a", "1")));
        assertThat(queryIndex(t, "G").count()).isZero();
    }

    @Test
    @DisplayName("ConsistentRead=true on a GSI Query is a ValidationException")
    void consistentReadOnGsiFailsValidation() {
        String t = indexedTable(projection(ProjectionType.ALL));
        assertValidation(() -> ddb.query(r -> r.tableName(t)
                .indexName("byG")
                .consistentRead(true)
                .keyConditionExpression("g = :g")
                .expressionAttributeValues(values(":g", "G"))));
    }

    @Test
    @DisplayName("Querying an index that does not exist is a ValidationException")
    void queryOfMissingIndexFailsValidation() {
        String t = indexedTable(projection(ProjectionType.ALL));
        assertValidation(() -> ddb.query(r -> r.tableName(t)
                .indexName("nope")
                .keyConditionExpression("g = :g")
                .expressionAttributeValues(values(":g", "G"))));
    }

    @Test
    @DisplayName("Writing an index key attribute with the wrong type is a ValidationException")
    void wrongTypeForIndexKeyFailsValidation() {
        String t = indexedTable(projection(ProjectionType.ALL));
        assertValidation(() -> put(t, item("pk", "a", "sk", "1", "g", 5)));
    }

    @Test
    @DisplayName("An index LastEvaluatedKey holds the table key and the index key of the last item")
    void gsiLastEvaluatedKeyHoldsTableAndIndexKeys() {
        String t = indexedTable(projection(ProjectionType.ALL));
        put(t, item("pk", "x", "sk", "1", "g", "G", "gs", 1));
        put(t, item("pk", "y", "sk", "1", "g", "G", "gs", 2));
        QueryResponse page = ddb.query(r -> r.tableName(t)
                .indexName("byG")
                .keyConditionExpression("g = :g")
                .expressionAttributeValues(values(":g", "G"))
                .limit(1));
        assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", "x", "sk", "1", "g", "G", "gs", 1));
    }

    @Test
    @DisplayName("Selecting an attribute not projected into a KEYS_ONLY GSI is a ValidationException for"
            + " Select=ALL_ATTRIBUTES")
    void selectAllAttributesOnKeysOnlyIndexFailsValidation() {
        String t = indexedTable(projection(ProjectionType.KEYS_ONLY));
        assertValidation(() -> ddb.query(r -> r.tableName(t)
                .indexName("byG")
                .keyConditionExpression("g = :g")
                .expressionAttributeValues(values(":g", "G"))
                .select(software.amazon.awssdk.services.dynamodb.model.Select.ALL_ATTRIBUTES)));
    }

    @Test
    @DisplayName("GSI key attributes need not be unique: two items with the same index key are both returned")
    void gsiKeysNeedNotBeUnique() {
        String t = indexedTable(projection(ProjectionType.KEYS_ONLY));
        put(t, item("pk", "x", "sk", "1", "g", "G", "gs", 1));
        put(t, item("pk", "y", "sk", "1", "g", "G", "gs", 1));
        assertThat(queryIndex(t, "G").items()).extracting(i -> i.get("pk").s()).containsExactlyInAnyOrder("x", "y");
        assertThat(queryIndex(t, "G").count()).isEqualTo(2);
    }
}
