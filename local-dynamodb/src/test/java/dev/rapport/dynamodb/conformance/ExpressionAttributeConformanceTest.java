package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** ProjectionExpression, ExpressionAttributeNames and ExpressionAttributeValues, and reserved words. */
class ExpressionAttributeConformanceTest extends ConformanceTestBase {

    private String tableWithDocument() {
        String t = hashTable();
        put(t, item("pk", "a", "x", 1, "y", 2, "m", Map.of("p", "P", "q", "Q"), "l", List.of("l0", "l1", "l2")));
        return t;
    }

    private Map<String, AttributeValue> project(String t, String projection, Map<String, String> names) {
        return ddb.getItem(r -> r.tableName(t)
                        .key(key("a"))
                        .projectionExpression(projection)
                        .expressionAttributeNames(names))
                .item();
    }

    @Test
    @DisplayName("ProjectionExpression returns only the named attributes (the key too only if named)")
    void projectionReturnsOnlyNamedAttributes() {
        String t = tableWithDocument();
        assertThat(project(t, "x", null)).isEqualTo(item("x", 1));
    }

    @Test
    @DisplayName("A projected nested map path returns the map with only that entry")
    void projectionOfNestedMapPath() {
        String t = tableWithDocument();
        assertThat(project(t, "m.q", null)).isEqualTo(item("m", Map.of("q", "Q")));
    }

    @Test
    @DisplayName("Projected list elements come back as a list of just those elements, in list order")
    void projectionOfListElements() {
        String t = tableWithDocument();
        assertThat(project(t, "l[2], l[0]", null)).isEqualTo(item("l", List.of("l0", "l2")));
    }

    @Test
    @DisplayName("Projecting a missing attribute leaves it out (no error)")
    void projectionOfMissingAttributeIsOmitted() {
        String t = tableWithDocument();
        assertThat(project(t, "x, nothing", null)).isEqualTo(item("x", 1));
    }

    @Test
    @DisplayName("Projection paths that overlap (m and m.p) are a ValidationException")
    void overlappingProjectionPathsFailValidation() {
        String t = tableWithDocument();
        assertValidation(() -> project(t, "m, m.p", null));
    }

    @Test
    @DisplayName("ExpressionAttributeNames substitute #names in a projection")
    void expressionAttributeNamesInProjection() {
        String t = tableWithDocument();
        assertThat(project(t, "#a", names("#a", "y"))).isEqualTo(item("y", 2));
    }

    @Test
    @DisplayName(
            "A reserved word used as a name in an expression must be escaped: unescaped it is a ValidationException")
    void reservedWordUnescapedFailsValidation() {
        String t = hashTable();
        put(t, item("pk", "a", "status", "on"));
        assertValidation(() -> project(t, "status", null));
    }

    @Test
    @DisplayName("A reserved word escaped with ExpressionAttributeNames works")
    void reservedWordEscapedWorks() {
        String t = hashTable();
        put(t, item("pk", "a", "status", "on"));
        assertThat(project(t, "#s", names("#s", "status"))).isEqualTo(item("status", "on"));
    }

    @Test
    @DisplayName("A reserved word unescaped in an UpdateExpression is a ValidationException")
    void reservedWordInUpdateExpressionFailsValidation() {
        String t = hashTable();
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET status = :v")
                .expressionAttributeValues(values(":v", 1))));
    }

    @Test
    @DisplayName("An ExpressionAttributeName that no expression uses is a ValidationException")
    void unusedExpressionAttributeNameFailsValidation() {
        String t = tableWithDocument();
        assertValidation(() -> project(t, "x", names("#unused", "y")));
    }

    @Test
    @DisplayName("An ExpressionAttributeValue that no expression uses is a ValidationException")
    void unusedExpressionAttributeValueFailsValidation() {
        String t = hashTable();
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression("SET x = :x")
                .expressionAttributeValues(values(":x", 1, ":unused", 2))));
    }

    @Test
    @DisplayName("A #name used in an expression but not defined is a ValidationException")
    void undefinedExpressionAttributeNameFailsValidation() {
        String t = tableWithDocument();
        assertValidation(() -> project(t, "#undefined", null));
    }

    @Test
    @DisplayName("A :value used in an expression but not defined is a ValidationException")
    void undefinedExpressionAttributeValueFailsValidation() {
        String t = hashTable();
        assertValidation(() -> ddb.updateItem(r -> r.tableName(t).key(key("a")).updateExpression("SET x = :x")));
    }

    @Test
    @DisplayName("An empty ExpressionAttributeValues map is a ValidationException")
    void emptyExpressionAttributeValuesFailsValidation() {
        String t = hashTable();
        assertValidation(() -> ddb.updateItem(
                r -> r.tableName(t).key(key("a")).updateExpression("REMOVE x").expressionAttributeValues(Map.of())));
    }

    @Test
    @DisplayName("A name placeholder can stand for an attribute name containing a dot, which is then not a path")
    void namePlaceholderWithDotIsOneAttribute() {
        String t = hashTable();
        put(t, item("pk", "a", "a.b", "dotted", "a", Map.of("b", "nested")));
        assertThat(project(t, "#ab", names("#ab", "a.b"))).isEqualTo(item("a.b", "dotted"));
    }

    @Test
    @DisplayName("Name placeholders compose into paths: #m.#p")
    void namePlaceholdersInPath() {
        String t = tableWithDocument();
        assertThat(project(t, "#m.#p", names("#m", "m", "#p", "p"))).isEqualTo(item("m", Map.of("p", "P")));
    }
}
