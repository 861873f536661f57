package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** UpdateExpression: SET, REMOVE, ADD and DELETE, their functions and their errors. */
class UpdateExpressionConformanceTest extends ConformanceTestBase {

    private Map<String, AttributeValue> update(String t, String expression, Map<String, AttributeValue> values) {
        ddb.updateItem(r -> r.tableName(t)
                .key(key("a"))
                .updateExpression(expression)
                .expressionAttributeValues(values.isEmpty() ? null : values));
        return get(t, key("a"));
    }

    private String tableWith(Object... namesAndValues) {
        String t = hashTable();
        Object[] all = new Object[namesAndValues.length + 2];
        all[0] = "pk";
        all[1] = "a";
        System.arraycopy(namesAndValues, 0, all, 2, namesAndValues.length);
        put(t, item(all));
        return t;
    }

    @Test
    @DisplayName("SET adds a new attribute and replaces an existing one")
    void setAddsAndReplacesAttributes() {
        String t = tableWith("x", 1);
        assertThat(update(t, "SET x = :x, y = :y", values(":x", 2, ":y", "new")))
                .isEqualTo(item("pk", "a", "x", 2, "y", "new"));
    }

    @Test
    @DisplayName("SET a = a + :n adds to a number; SET a = a - :n subtracts")
    void setArithmetic() {
        String t = tableWith("x", 10, "y", 10);
        Map<String, AttributeValue> after = update(t, "SET x = x + :n, y = y - :n", values(":n", 3));
        assertThat(after).containsEntry("x", n("13")).containsEntry("y", n("7"));
    }

    @Test
    @DisplayName("Arithmetic keeps exact decimal precision (0.1 + 0.2 = 0.3)")
    void setArithmeticIsDecimal() {
        String t = tableWith("x", n("0.1"));
        assertThat(update(t, "SET x = x + :n", values(":n", n("0.2")))).containsEntry("x", n("0.3"));
    }

    @Test
    @DisplayName("Arithmetic on a missing attribute is a ValidationException (the operand does not exist)")
    void setArithmeticOnMissingAttributeFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "SET x = x + :n", values(":n", 1)));
    }

    @Test
    @DisplayName("Arithmetic on a non-number is a ValidationException")
    void setArithmeticOnStringFailsValidation() {
        String t = tableWith("x", "text");
        assertValidation(() -> update(t, "SET x = x + :n", values(":n", 1)));
    }

    @Test
    @DisplayName("if_not_exists(path, v) yields v only when the attribute is absent")
    void ifNotExists() {
        String t = tableWith("x", 1);
        Map<String, AttributeValue> after =
                update(t, "SET x = if_not_exists(x, :d), y = if_not_exists(y, :d)", values(":d", 0));
        assertThat(after).containsEntry("x", n("1")).containsEntry("y", n("0"));
    }

    @Test
    @DisplayName("if_not_exists composes with + for a counter that starts from a default")
    void ifNotExistsCounter() {
        String t = tableWith();
        update(t, "SET c = if_not_exists(c, :zero) + :one", values(":zero", 0, ":one", 1));
        assertThat(update(t, "SET c = if_not_exists(c, :zero) + :one", values(":zero", 0, ":one", 1)))
                .containsEntry("c", n("2"));
    }

    @Test
    @DisplayName("list_append concatenates lists in argument order (append or prepend)")
    void listAppend() {
        String t = tableWith("l", List.of(2));
        update(t, "SET l = list_append(l, :tail)", values(":tail", List.of(3)));
        assertThat(update(t, "SET l = list_append(:head, l)", values(":head", List.of(1))))
                .containsEntry("l", av(List.of(1, 2, 3)));
    }

    @Test
    @DisplayName("SET on a nested map path changes only that entry")
    void setNestedMapPath() {
        String t = tableWith("m", Map.of("a", 1, "b", 2));
        assertThat(update(t, "SET m.a = :v", values(":v", 9))).containsEntry("m", av(Map.of("a", 9, "b", 2)));
    }

    @Test
    @DisplayName("SET on a path whose parent map does not exist is a ValidationException")
    void setWithMissingParentPathFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "SET absent.child = :v", values(":v", 1)));
    }

    @Test
    @DisplayName("SET of a list element by index replaces that element")
    void setListElementByIndex() {
        String t = tableWith("l", List.of("a", "b", "c"));
        assertThat(update(t, "SET l[1] = :v", values(":v", "B"))).containsEntry("l", av(List.of("a", "B", "c")));
    }

    @Test
    @DisplayName("SET of a list index past the end appends the element at the end")
    void setListIndexPastEndAppends() {
        String t = tableWith("l", List.of("a"));
        assertThat(update(t, "SET l[10] = :v", values(":v", "z"))).containsEntry("l", av(List.of("a", "z")));
    }

    @Test
    @DisplayName("REMOVE deletes attributes; removing a missing attribute is not an error")
    void removeAttributes() {
        String t = tableWith("x", 1, "y", 2);
        assertThat(update(t, "REMOVE x, absent", Map.of())).isEqualTo(item("pk", "a", "y", 2));
    }

    @Test
    @DisplayName("REMOVE of a list element shifts the later elements down")
    void removeListElementShifts() {
        String t = tableWith("l", List.of("a", "b", "c"));
        assertThat(update(t, "REMOVE l[0]", Map.of())).containsEntry("l", av(List.of("b", "c")));
    }

    @Test
    @DisplayName("REMOVE of a nested map entry leaves the rest of the map")
    void removeNestedMapEntry() {
        String t = tableWith("m", Map.of("a", 1, "b", 2));
        assertThat(update(t, "REMOVE m.a", Map.of())).containsEntry("m", av(Map.of("b", 2)));
    }

    @Test
    @DisplayName("ADD to a number adds; ADD to a missing attribute starts from 0")
    void addNumber() {
        String t = tableWith("x", 5);
        Map<String, AttributeValue> after = update(t, "ADD x :n, y :n", values(":n", 2));
        assertThat(after).containsEntry("x", n("7")).containsEntry("y", n("2"));
    }

    @Test
    @DisplayName("ADD of a set adds its members (a union); to a missing attribute it creates the set")
    void addSet() {
        String t = tableWith("tags", ss("a"));
        Map<String, AttributeValue> after = update(t, "ADD tags :t, extra :t", values(":t", ss("a", "b")));
        assertThat(after.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
        assertThat(after.get("extra").ss()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @DisplayName("ADD of a set of a different type than the attribute is a ValidationException")
    void addSetOfWrongTypeFailsValidation() {
        String t = tableWith("tags", ss("a"));
        assertValidation(() -> update(t, "ADD tags :t", values(":t", ns("1"))));
    }

    @Test
    @DisplayName("ADD supports only numbers and sets: a string is a ValidationException")
    void addStringFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "ADD x :v", values(":v", "text")));
    }

    @Test
    @DisplayName("DELETE removes members from a set")
    void deleteFromSet() {
        String t = tableWith("tags", ss("a", "b", "c"));
        assertThat(update(t, "DELETE tags :t", values(":t", ss("a", "c", "z")))
                        .get("tags")
                        .ss())
                .containsExactly("b");
    }

    @Test
    @DisplayName("DELETE of every member removes the attribute (sets cannot be empty)")
    void deleteAllMembersRemovesAttribute() {
        String t = tableWith("tags", ss("a"));
        assertThat(update(t, "DELETE tags :t", values(":t", ss("a")))).doesNotContainKey("tags");
    }

    @Test
    @DisplayName("SET, REMOVE, ADD and DELETE clauses combine in one expression")
    void allClausesInOneExpression() {
        String t = tableWith("x", 1, "gone", true, "tags", ss("a", "b"));
        Map<String, AttributeValue> after = update(
                t, "SET y = :y REMOVE gone ADD x :one DELETE tags :a", values(":y", "y", ":one", 1, ":a", ss("a")));
        assertThat(after).containsEntry("x", n("2")).containsEntry("y", s("y")).doesNotContainKey("gone");
        assertThat(after.get("tags").ss()).containsExactly("b");
    }

    @Test
    @DisplayName("Two actions on the same path (SET x ... REMOVE x) are a ValidationException")
    void overlappingPathsFailValidation() {
        String t = tableWith("x", 1);
        assertValidation(() -> update(t, "SET x = :v REMOVE x", values(":v", 2)));
    }

    @Test
    @DisplayName("Paths that overlap (m and m.a) in one expression are a ValidationException")
    void parentAndChildPathsOverlapFailValidation() {
        String t = tableWith("m", Map.of("a", 1));
        assertValidation(() -> update(t, "SET m = :m, m.a = :v", values(":m", Map.of(), ":v", 2)));
    }

    @Test
    @DisplayName("The same clause keyword twice (SET ... SET ...) is a ValidationException")
    void repeatedClauseFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "SET x = :v SET y = :v", values(":v", 1)));
    }

    @Test
    @DisplayName("Updating a key attribute is a ValidationException")
    void updatingKeyAttributeFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "SET pk = :v", values(":v", "b")));
    }

    @Test
    @DisplayName("Removing a key attribute is a ValidationException")
    void removingKeyAttributeFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "REMOVE pk", Map.of()));
    }

    @Test
    @DisplayName("SET of an attribute to an empty set is a ValidationException")
    void setToEmptySetFailsValidation() {
        String t = tableWith();
        assertValidation(() -> update(t, "SET tags = :t", values(":t", ss())));
    }

    @Test
    @DisplayName("A value may reference another attribute: SET b = a copies it")
    void setCopiesAnotherAttribute() {
        String t = tableWith("a1", Map.of("k", "v"));
        assertThat(update(t, "SET b1 = a1", Map.of())).containsEntry("b1", av(Map.of("k", "v")));
    }
}
