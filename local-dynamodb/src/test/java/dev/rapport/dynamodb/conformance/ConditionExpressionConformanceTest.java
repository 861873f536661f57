package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** ConditionExpression on PutItem, UpdateItem and DeleteItem: every comparator and function. */
class ConditionExpressionConformanceTest extends ConformanceTestBase {

    /** A table holding one item "a" with a known set of attributes. */
    private String tableWithItem() {
        String t = hashTable();
        put(
                t,
                item(
                        "pk",
                        "a",
                        "n",
                        5,
                        "s",
                        "hello world",
                        "ss",
                        ss("red", "green"),
                        "l",
                        List.of("x", 2),
                        "m",
                        Map.of("deep", 1),
                        "nul",
                        null,
                        "bool",
                        true));
        return t;
    }

    /** Whether a conditional UpdateItem of item "a" with this condition passes. */
    private boolean passes(String t, String condition, Map<String, AttributeValue> values) {
        try {
            ddb.updateItem(r -> r.tableName(t)
                    .key(key("a"))
                    .updateExpression("SET touched = :touched")
                    .conditionExpression(condition)
                    .expressionAttributeValues(withTouched(values)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> withTouched(Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new java.util.LinkedHashMap<>(values);
        all.put(":touched", AttributeValue.fromBool(true));
        return all;
    }

    @Test
    @DisplayName("attribute_not_exists(pk) on PutItem fails with ConditionalCheckFailedException when the item exists")
    void putItemWithAttributeNotExistsConditionFailsWhenItemExists() {
        String t = hashTable();
        put(t, item("pk", "a", "v", 1));
        assertThatThrownBy(() -> ddb.putItem(r ->
                        r.tableName(t).item(item("pk", "a", "v", 2)).conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(get(t, key("a"))).containsEntry("v", n("1"));
    }

    @Test
    @DisplayName("attribute_not_exists(pk) on PutItem passes when there is no item")
    void putItemWithAttributeNotExistsConditionSucceedsWhenItemMissing() {
        String t = hashTable();
        ddb.putItem(r -> r.tableName(t).item(item("pk", "a")).conditionExpression("attribute_not_exists(pk)"));
        assertThat(exists(t, key("a"))).isTrue();
    }

    @Test
    @DisplayName("attribute_exists(pk) on DeleteItem fails when there is no item, so nothing is created or deleted")
    void deleteItemWithAttributeExistsFailsWhenItemMissing() {
        String t = hashTable();
        assertThatThrownBy(() ->
                        ddb.deleteItem(r -> r.tableName(t).key(key("a")).conditionExpression("attribute_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    @DisplayName("A failed condition on UpdateItem leaves an absent item absent (no upsert)")
    void failedConditionOnUpdateDoesNotCreateItem() {
        String t = hashTable();
        assertThatThrownBy(() -> ddb.updateItem(r -> r.tableName(t)
                        .key(key("a"))
                        .updateExpression("SET v = :v")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(values(":v", 1))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(exists(t, key("a"))).isFalse();
    }

    @Test
    @DisplayName("ReturnValuesOnConditionCheckFailure=ALL_OLD returns the item in the ConditionalCheckFailedException")
    void returnValuesOnConditionCheckFailureReturnsItem() {
        String t = hashTable();
        put(t, item("pk", "a", "v", 1));
        assertThatThrownBy(() -> ddb.putItem(r -> r.tableName(t)
                        .item(item("pk", "a", "v", 2))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isEqualTo(item("pk", "a", "v", 1)));
    }

    @Test
    @DisplayName("Without ReturnValuesOnConditionCheckFailure the ConditionalCheckFailedException carries no item")
    void conditionalCheckFailedWithoutReturnValuesHasNoItem() {
        String t = hashTable();
        put(t, item("pk", "a", "v", 1));
        assertThatThrownBy(() -> ddb.putItem(
                        r -> r.tableName(t).item(item("pk", "a")).conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOfSatisfying(
                        ConditionalCheckFailedException.class,
                        e -> assertThat(e.hasItem()).isFalse());
    }

    @Test
    @DisplayName("= compares values of the same type: passes when equal, fails when different")
    void equalsComparator() {
        String t = tableWithItem();
        assertThat(passes(t, "n = :v", values(":v", 5))).isTrue();
        assertThat(passes(t, "n = :v", values(":v", 6))).isFalse();
    }

    @Test
    @DisplayName("<> is true for different values and false for equal ones")
    void notEqualsComparator() {
        String t = tableWithItem();
        assertThat(passes(t, "n <> :v", values(":v", 6))).isTrue();
        assertThat(passes(t, "n <> :v", values(":v", 5))).isFalse();
    }

    @Test
    @DisplayName("<, <=, >, >= compare numbers numerically")
    void orderingComparatorsOnNumbers() {
        String t = tableWithItem();
        assertThat(passes(t, "n < :v", values(":v", 10))).isTrue();
        assertThat(passes(t, "n <= :v", values(":v", 5))).isTrue();
        assertThat(passes(t, "n > :v", values(":v", 5))).isFalse();
        assertThat(passes(t, "n >= :v", values(":v", 6))).isFalse();
    }

    @Test
    @DisplayName("Comparison of strings is by UTF-8 code units, so 'Z' < 'a'")
    void stringComparisonIsByteOrder() {
        String t = hashTable();
        put(t, item("pk", "a", "s", "Z"));
        assertThat(passes(t, "s < :v", values(":v", "a"))).isTrue();
    }

    @Test
    @DisplayName("A comparison between values of different types is false, not an error")
    void comparisonOfDifferentTypesIsFalse() {
        String t = tableWithItem();
        assertThat(passes(t, "n < :v", values(":v", "zzz"))).isFalse();
    }

    @Test
    @DisplayName("A comparison with a missing attribute is false")
    void comparisonWithMissingAttributeIsFalse() {
        String t = tableWithItem();
        assertThat(passes(t, "absent = :v", values(":v", 1))).isFalse();
    }

    @Test
    @DisplayName("BETWEEN is inclusive of both bounds")
    void betweenIsInclusive() {
        String t = tableWithItem();
        assertThat(passes(t, "n BETWEEN :lo AND :hi", values(":lo", 5, ":hi", 7)))
                .isTrue();
        assertThat(passes(t, "n BETWEEN :lo AND :hi", values(":lo", 6, ":hi", 7)))
                .isFalse();
    }

    @Test
    @DisplayName("IN is true when the value equals any of the listed values")
    void inOperator() {
        String t = tableWithItem();
        assertThat(passes(t, "n IN (:a, :b)", values(":a", 1, ":b", 5))).isTrue();
        assertThat(passes(t, "n IN (:a, :b)", values(":a", 1, ":b", 2))).isFalse();
    }

    @Test
    @DisplayName(
            "AND, OR, NOT and parentheses combine conditions with NOT binding tighter than AND, AND tighter than OR")
    void logicalOperatorsAndPrecedence() {
        String t = tableWithItem();
        assertThat(passes(t, "n = :five OR n = :six AND n = :seven", values(":five", 5, ":six", 6, ":seven", 7)))
                .isTrue();
        assertThat(passes(t, "(n = :five OR n = :six) AND n = :seven", values(":five", 5, ":six", 6, ":seven", 7)))
                .isFalse();
        assertThat(passes(t, "NOT n = :six", values(":six", 6))).isTrue();
    }

    @Test
    @DisplayName("attribute_exists is true for an attribute that exists even with a NULL value")
    void attributeExistsOnNullAttribute() {
        String t = tableWithItem();
        assertThat(passes(t, "attribute_exists(nul)", Map.of())).isTrue();
        assertThat(passes(t, "attribute_exists(absent)", Map.of())).isFalse();
    }

    @Test
    @DisplayName("attribute_exists works on nested map paths and list elements")
    void attributeExistsOnNestedPath() {
        String t = tableWithItem();
        assertThat(passes(t, "attribute_exists(m.deep) AND attribute_exists(l[1])", Map.of()))
                .isTrue();
        assertThat(passes(t, "attribute_exists(l[5])", Map.of())).isFalse();
    }

    @Test
    @DisplayName("attribute_type checks the type descriptor (S, N, SS, L, M, NULL, BOOL)")
    void attributeTypeFunction() {
        String t = tableWithItem();
        assertThat(passes(
                        t,
                        "attribute_type(n, :N) AND attribute_type(ss, :SS) AND attribute_type(m, :M)",
                        values(":N", "N", ":SS", "SS", ":M", "M")))
                .isTrue();
        assertThat(passes(t, "attribute_type(n, :S)", values(":S", "S"))).isFalse();
    }

    @Test
    @DisplayName("attribute_type with an unknown type descriptor is a ValidationException")
    void attributeTypeWithInvalidTypeFailsValidation() {
        String t = tableWithItem();
        assertValidation(() -> passes(t, "attribute_type(n, :T)", values(":T", "NUMBER")));
    }

    @Test
    @DisplayName("begins_with is true when a string starts with the substring")
    void beginsWithFunction() {
        String t = tableWithItem();
        assertThat(passes(t, "begins_with(s, :p)", values(":p", "hello"))).isTrue();
        assertThat(passes(t, "begins_with(s, :p)", values(":p", "world"))).isFalse();
    }

    @Test
    @DisplayName("contains on a string tests for a substring")
    void containsOnString() {
        String t = tableWithItem();
        assertThat(passes(t, "contains(s, :v)", values(":v", "o w"))).isTrue();
        assertThat(passes(t, "contains(s, :v)", values(":v", "xyz"))).isFalse();
    }

    @Test
    @DisplayName("contains on a set tests for a member")
    void containsOnSet() {
        String t = tableWithItem();
        assertThat(passes(t, "contains(ss, :v)", values(":v", "red"))).isTrue();
        assertThat(passes(t, "contains(ss, :v)", values(":v", "blue"))).isFalse();
    }

    @Test
    @DisplayName("contains on a list tests for an element")
    void containsOnList() {
        String t = tableWithItem();
        assertThat(passes(t, "contains(l, :v)", values(":v", 2))).isTrue();
        assertThat(passes(t, "contains(l, :v)", values(":v", 3))).isFalse();
    }

    @Test
    @DisplayName("size gives a string's length, a set's and a list's number of elements, a map's number of entries")
    void sizeFunction() {
        String t = tableWithItem();
        assertThat(passes(
                        t,
                        "size(s) = :eleven AND size(ss) = :two AND size(l) = :two AND size(m) = :one",
                        values(":eleven", 11, ":two", 2, ":one", 1)))
                .isTrue();
        assertThat(passes(t, "size(s) > :eleven", values(":eleven", 11))).isFalse();
    }

    @Test
    @DisplayName("A condition may compare two attributes of the item")
    void conditionComparingTwoAttributes() {
        String t = hashTable();
        put(t, item("pk", "a", "x", 1, "y", 2));
        assertThat(passes(t, "x < y", Map.of())).isTrue();
    }

    @Test
    @DisplayName("Comparing with an ExpressionAttributeValue that is not defined is a ValidationException")
    void conditionWithUndefinedValueFailsValidation() {
        String t = tableWithItem();
        assertValidation(() -> ddb.deleteItem(r -> r.tableName(t).key(key("a")).conditionExpression("n = :undefined")));
    }

    @Test
    @DisplayName("A condition with a syntax error is a ValidationException")
    void conditionWithSyntaxErrorFailsValidation() {
        String t = tableWithItem();
        assertValidation(() -> ddb.deleteItem(r -> r.tableName(t)
                .key(key("a"))
                .conditionExpression("n = = :v")
                .expressionAttributeValues(values(":v", 1))));
    }
}
