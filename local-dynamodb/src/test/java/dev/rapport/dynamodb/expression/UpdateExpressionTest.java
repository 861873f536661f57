package dev.rapport.dynamodb.expression;

import static dev.rapport.dynamodb.expression.Fixtures.assertValidation;
import static dev.rapport.dynamodb.expression.Fixtures.b;
import static dev.rapport.dynamodb.expression.Fixtures.bs;
import static dev.rapport.dynamodb.expression.Fixtures.ctx;
import static dev.rapport.dynamodb.expression.Fixtures.item;
import static dev.rapport.dynamodb.expression.Fixtures.l;
import static dev.rapport.dynamodb.expression.Fixtures.m;
import static dev.rapport.dynamodb.expression.Fixtures.n;
import static dev.rapport.dynamodb.expression.Fixtures.ns;
import static dev.rapport.dynamodb.expression.Fixtures.s;
import static dev.rapport.dynamodb.expression.Fixtures.ss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateExpressionTest {

    private static Map<String, Value> apply(Map<String, Value> item, String expression, Object... placeholders) {
        return UpdateExpression.parse(expression, ctx(placeholders)).apply(item);
    }

    @Test
    void setWritesATopLevelAttribute() {
        assertThat(apply(item("id", s("1")), "SET a = :v", ":v", n(1))).isEqualTo(item("id", s("1"), "a", n(1)));
    }

    @Test
    void setReplacesAnExistingValueOfAnyType() {
        assertThat(apply(item("a", s("x")), "SET a = :v", ":v", l(n(1)))).isEqualTo(item("a", l(n(1))));
    }

    @Test
    void applyLeavesTheInputUntouched() {
        Map<String, Value> original = item("a", m("b", n(1)));
        Map<String, Value> copy = Map.copyOf(original);
        apply(original, "SET a.b = :v, c = :v", ":v", n(2));
        assertThat(original).isEqualTo(copy);
    }

    @Test
    void applyOnAnAbsentItemStartsFromNothing() {
        assertThat(UpdateExpression.parse("SET a = :v", ctx(":v", n(1))).apply(null))
                .isEqualTo(item("a", n(1)));
    }

    @Test
    void setCopiesAnotherAttribute() {
        assertThat(apply(item("a", n(1)), "SET b = a")).isEqualTo(item("a", n(1), "b", n(1)));
    }

    @Test
    void setReadsEveryOperandFromTheOriginalItem() {
        assertThat(apply(item("a", n(1), "b", n(2)), "SET a = b, b = a")).isEqualTo(item("a", n(2), "b", n(1)));
    }

    @Test
    void setWritesIntoNestedMaps() {
        Map<String, Value> result =
                apply(item("a", m("b", m("c", n(1)))), "SET a.b.d = :v, a.b.c = :w", ":v", s("x"), ":w", n(2));
        assertThat(result).isEqualTo(item("a", m("b", m("c", n(2), "d", s("x")))));
    }

    @Test
    void setOnANestedPathNeedsItsParent() {
        assertValidation(() -> apply(item(), "SET a.b = :v", ":v", n(1)))
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
        assertValidation(() -> apply(item("a", m()), "SET a.b.c = :v", ":v", n(1)))
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
    }

    @Test
    void setThroughAScalarIsAnInvalidPath() {
        assertValidation(() -> apply(item("a", s("x")), "SET a.b = :v", ":v", n(1)))
                .hasMessage("The document path provided in the update expression is invalid for update");
        assertValidation(() -> apply(item("a", m()), "SET a[0] = :v", ":v", n(1)))
                .hasMessage("The document path provided in the update expression is invalid for update");
    }

    @Test
    void setReplacesAListElement() {
        assertThat(apply(item("a", l(n(1), n(2))), "SET a[1] = :v", ":v", n(9))).isEqualTo(item("a", l(n(1), n(9))));
    }

    @Test
    void setPastTheEndOfAListAppends() {
        assertThat(apply(item("a", l(n(1))), "SET a[7] = :v", ":v", n(9))).isEqualTo(item("a", l(n(1), n(9))));
    }

    @Test
    void setInsideAListElement() {
        assertThat(apply(item("a", l(m("x", n(1)))), "SET a[0].y = :v", ":v", n(2)))
                .isEqualTo(item("a", l(m("x", n(1), "y", n(2)))));
    }

    @Test
    void setAddsAndSubtractsNumbers() {
        assertThat(apply(item("a", n(10)), "SET a = a + :v", ":v", n("0.5"))).isEqualTo(item("a", n("10.5")));
        assertThat(apply(item("a", n(10)), "SET a = a - :v", ":v", n(15))).isEqualTo(item("a", n(-5)));
        assertThat(apply(item("a", n(10)), "SET b = :v - a", ":v", n(15))).containsEntry("b", n(5));
    }

    @Test
    void arithmeticOnAMissingAttributeIsAnError() {
        assertValidation(() -> apply(item(), "SET a = a + :v", ":v", n(1)))
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
    }

    @Test
    void arithmeticOnNonNumbersIsAnError() {
        assertValidation(() -> apply(item("a", s("x")), "SET a = a + :v", ":v", n(1)))
                .hasMessage("An operand in the update expression has an incorrect data type");
    }

    @Test
    void arithmeticResultsAreCheckedForPrecision() {
        assertValidation(() ->
                        apply(item("a", n("99999999999999999999999999999999999999")), "SET a = a + :v", ":v", n("0.1")))
                .hasMessageContaining("38 significant digits");
    }

    @Test
    void onlyOneArithmeticOperatorPerValue() {
        assertValidation(() -> apply(item("a", n(1)), "SET a = a + :v + :v", ":v", n(1)))
                .hasMessageStartingWith("Invalid UpdateExpression: Syntax error; token: \"+\"");
    }

    @Test
    void ifNotExistsUsesTheExistingValueWhenPresent() {
        assertThat(apply(item("a", n(1)), "SET a = if_not_exists(a, :v)", ":v", n(0)))
                .isEqualTo(item("a", n(1)));
        assertThat(apply(item(), "SET a = if_not_exists(a, :v)", ":v", n(0))).isEqualTo(item("a", n(0)));
    }

    @Test
    void ifNotExistsCombinesWithArithmetic() {
        assertThat(apply(item(), "SET c = if_not_exists(c, :zero) + :one", ":zero", n(0), ":one", n(1)))
                .isEqualTo(item("c", n(1)));
        assertThat(apply(item("c", n(4)), "SET c = if_not_exists(c, :zero) + :one", ":zero", n(0), ":one", n(1)))
                .isEqualTo(item("c", n(5)));
    }

    @Test
    void ifNotExistsNeedsAPathFirst() {
        assertValidation(() -> apply(item(), "SET a = if_not_exists(:v, :v)", ":v", n(0)))
                .hasMessage("Invalid UpdateExpression: Operator or function requires a document path; "
                        + "operator or function: if_not_exists");
    }

    @Test
    void listAppendConcatenatesInOrder() {
        assertThat(apply(item("a", l(n(1))), "SET a = list_append(a, :v)", ":v", l(n(2), n(3))))
                .isEqualTo(item("a", l(n(1), n(2), n(3))));
        assertThat(apply(item("a", l(n(1))), "SET a = list_append(:v, a)", ":v", l(n(0))))
                .isEqualTo(item("a", l(n(0), n(1))));
    }

    @Test
    void listAppendWithIfNotExistsStartsANewList() {
        assertThat(apply(item(), "SET a = list_append(if_not_exists(a, :empty), :v)", ":empty", l(), ":v", l(s("x"))))
                .isEqualTo(item("a", l(s("x"))));
    }

    @Test
    void listAppendRejectsNonLists() {
        assertValidation(() -> apply(item("a", s("x")), "SET a = list_append(a, :v)", ":v", l(n(1))))
                .hasMessage("An operand in the update expression has an incorrect data type");
        assertValidation(() -> apply(item("a", l()), "SET a = list_append(a, :v)", ":v", n(1)))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                        + "operator or function: list_append, operand type: NUMBER");
        assertValidation(() -> apply(item(), "SET a = list_append(a, :v)", ":v", l(n(1))))
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
    }

    @Test
    void conditionFunctionsAreNotUpdateFunctions() {
        assertValidation(() -> apply(item(), "SET a = size(b)"))
                .hasMessage("Invalid UpdateExpression: The function is not allowed in an update expression; function:"
                        + " size");
        assertValidation(() -> apply(item(), "SET a = nope(b)"))
                .hasMessage("Invalid UpdateExpression: Invalid function name; function: nope");
    }

    @Test
    void copyingAMissingAttributeIsAnError() {
        assertValidation(() -> apply(item(), "SET a = b"))
                .hasMessage("The provided expression refers to an attribute that does not exist in the item");
    }

    @Test
    void removeDeletesAttributes() {
        assertThat(apply(item("a", n(1), "b", n(2), "c", n(3)), "REMOVE a, c")).isEqualTo(item("b", n(2)));
    }

    @Test
    void removeOfSomethingAbsentChangesNothing() {
        assertThat(apply(item("a", n(1)), "REMOVE b, c.d, a2[3]")).isEqualTo(item("a", n(1)));
    }

    @Test
    void removeDeletesNestedKeys() {
        assertThat(apply(item("a", m("b", n(1), "c", n(2))), "REMOVE a.b")).isEqualTo(item("a", m("c", n(2))));
    }

    @Test
    void removeOfAListElementShiftsTheRest() {
        assertThat(apply(item("a", l(n(0), n(1), n(2))), "REMOVE a[0]")).isEqualTo(item("a", l(n(1), n(2))));
    }

    @Test
    void removeOfSeveralListElementsRemovesTheOriginalOnes() {
        assertThat(apply(item("a", l(n(0), n(1), n(2), n(3))), "REMOVE a[1], a[2]"))
                .isEqualTo(item("a", l(n(0), n(3))));
        assertThat(apply(item("a", l(n(0), n(1), n(2), n(3))), "REMOVE a[0], a[3]"))
                .isEqualTo(item("a", l(n(1), n(2))));
    }

    @Test
    void setAndRemoveTogether() {
        assertThat(apply(item("a", n(1), "b", n(2)), "SET c = b REMOVE b")).isEqualTo(item("a", n(1), "c", n(2)));
    }

    @Test
    void addIncrementsNumbers() {
        assertThat(apply(item("a", n(1)), "ADD a :v", ":v", n(2))).isEqualTo(item("a", n(3)));
        assertThat(apply(item("a", n(1)), "ADD a :v", ":v", n(-3))).isEqualTo(item("a", n(-2)));
    }

    @Test
    void addToAMissingNumberStartsFromZero() {
        assertThat(apply(item(), "ADD a :v", ":v", n(2))).isEqualTo(item("a", n(2)));
    }

    @Test
    void addUnitesSets() {
        assertThat(apply(item("a", ss("x")), "ADD a :v", ":v", ss("x", "y"))).isEqualTo(item("a", ss("x", "y")));
        assertThat(apply(item("a", ns(1)), "ADD a :v", ":v", ns(2))).isEqualTo(item("a", ns(1, 2)));
        assertThat(apply(item("a", bs(b(1))), "ADD a :v", ":v", bs(b(2)))).isEqualTo(item("a", bs(b(1), b(2))));
        assertThat(apply(item(), "ADD a :v", ":v", ss("x"))).isEqualTo(item("a", ss("x")));
    }

    @Test
    void addRequiresMatchingTypes() {
        assertValidation(() -> apply(item("a", ss("x")), "ADD a :v", ":v", ns(1)))
                .hasMessage("An operand in the update expression has an incorrect data type");
        assertValidation(() -> apply(item("a", s("x")), "ADD a :v", ":v", n(1)))
                .hasMessage("An operand in the update expression has an incorrect data type");
    }

    @Test
    void addOnlyTakesNumbersAndSets() {
        assertValidation(() -> apply(item(), "ADD a :v", ":v", s("x")))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, "
                        + "operand type: STRING");
        assertValidation(() -> apply(item(), "ADD a :v", ":v", l()))
                .hasMessageContaining("operator: ADD, operand type: LIST");
    }

    @Test
    void addTakesAValuePlaceholderOnly() {
        assertValidation(() -> apply(item(), "ADD a b"))
                .hasMessageStartingWith("Invalid UpdateExpression: Syntax error; token: \"b\"");
    }

    @Test
    void addWorksOnNestedAttributes() {
        assertThat(apply(item("a", m("n", n(1))), "ADD a.n :v", ":v", n(1))).isEqualTo(item("a", m("n", n(2))));
        assertThat(apply(item("a", m()), "ADD a.n :v", ":v", n(1))).isEqualTo(item("a", m("n", n(1))));
    }

    @Test
    void deleteTakesMembersOutOfASet() {
        assertThat(apply(item("a", ss("x", "y", "z")), "DELETE a :v", ":v", ss("y", "q")))
                .isEqualTo(item("a", ss("x", "z")));
        assertThat(apply(item("a", ns(1, 2)), "DELETE a :v", ":v", ns(2))).isEqualTo(item("a", ns(1)));
    }

    @Test
    void deleteOfTheLastMembersRemovesTheAttribute() {
        assertThat(apply(item("a", ss("x"), "b", n(1)), "DELETE a :v", ":v", ss("x")))
                .isEqualTo(item("b", n(1)));
    }

    @Test
    void deleteOnAMissingAttributeChangesNothing() {
        assertThat(apply(item("b", n(1)), "DELETE a :v", ":v", ss("x"))).isEqualTo(item("b", n(1)));
    }

    @Test
    void deleteRequiresSets() {
        assertValidation(() -> apply(item("a", n(1)), "DELETE a :v", ":v", n(1)))
                .hasMessage(
                        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, "
                                + "operand type: NUMBER");
        assertValidation(() -> apply(item("a", ss("x")), "DELETE a :v", ":v", ns(1)))
                .hasMessage("An operand in the update expression has an incorrect data type");
    }

    @Test
    void allFourClausesInAnyOrderAndCase() {
        Map<String, Value> result = apply(
                item("r", n(1), "s", ss("x", "y"), "c", n(1)),
                "delete s :d add c :one remove r set n = :one",
                ":d",
                ss("x"),
                ":one",
                n(1));
        assertThat(result).isEqualTo(item("s", ss("y"), "c", n(2), "n", n(1)));
    }

    @Test
    void eachClauseAtMostOnce() {
        assertValidation(() -> apply(item(), "SET a = :v SET b = :v", ":v", n(1)))
                .hasMessage(
                        "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
        assertValidation(() -> apply(item(), "REMOVE a remove b"))
                .hasMessage("Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update"
                        + " expression;");
    }

    @Test
    void unknownClauseIsASyntaxError() {
        assertValidation(() -> apply(item(), "UPDATE a = :v", ":v", n(1)))
                .hasMessage("Invalid UpdateExpression: Syntax error; token: \"UPDATE\", near: \"UPDATE\"");
    }

    @Test
    void missingValueIsASyntaxError() {
        assertValidation(() -> apply(item(), "SET x"))
                .hasMessage("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"x\"");
        assertValidation(() -> apply(item(), "SET"))
                .hasMessage("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"SET\"");
    }

    @Test
    void trailingCommaIsASyntaxError() {
        assertValidation(() -> apply(item(), "REMOVE a,"))
                .hasMessageStartingWith("Invalid UpdateExpression: Syntax error; token: \"<EOF>\"");
    }

    @Test
    void overlappingPathsAreRejected() {
        assertValidation(() -> apply(item(), "SET a = :v REMOVE a.b", ":v", n(1)))
                .hasMessage(
                        "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite "
                                + "one of these paths; path one: [a], path two: [a, b]");
    }

    @Test
    void theSamePathTwiceIsRejected() {
        assertValidation(() -> apply(item(), "SET a = :v, a = :v", ":v", n(1)))
                .hasMessageContaining("Two document paths overlap with each other")
                .hasMessageContaining("path one: [a], path two: [a]");
        assertValidation(() -> apply(item(), "SET #a = :v ADD a :v", "#a", "a", ":v", n(1)))
                .hasMessageContaining("Two document paths overlap with each other");
    }

    @Test
    void overlapCoversListIndexes() {
        assertValidation(() -> apply(item(), "REMOVE a[1], a[1].b"))
                .hasMessageContaining("path one: [a, [1]], path two: [a, [1], b]");
    }

    @Test
    void siblingPathsDoNotOverlap() {
        assertThat(apply(item("a", m("b", n(1), "c", n(2))), "SET a.b = :v REMOVE a.c", ":v", n(3)))
                .isEqualTo(item("a", m("b", n(3))));
    }

    @Test
    void mapAndListUseOfTheSameAttributeConflict() {
        assertValidation(() -> apply(item(), "SET a.b = :v, a[0] = :v", ":v", n(1)))
                .hasMessageContaining("Two document paths conflict with each other");
    }

    @Test
    void reservedWordsAreRejectedInUpdates() {
        assertValidation(() -> apply(item(), "SET count = :v", ":v", n(1)))
                .hasMessage("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: count");
    }

    @Test
    void topLevelNamesListsEveryTouchedAttribute() {
        UpdateExpression update = UpdateExpression.parse(
                "SET a.b = :v, #c = :v REMOVE d[0] ADD e :v DELETE f :s", ctx("#c", "c", ":v", n(1), ":s", ss("x")));
        assertThat(update.topLevelNames()).containsExactlyInAnyOrder("a", "c", "d", "e", "f");
    }

    @Test
    void updatedPathsProjectsTheTouchedPaths() {
        UpdateExpression update = UpdateExpression.parse("SET a.b = :v, c = :v", ctx(":v", n(9)));
        Map<String, Value> before = item("a", m("b", n(1), "x", n(2)), "c", n(3), "d", n(4));
        Map<String, Value> after = update.apply(before);
        assertThat(update.updatedPaths().apply(before)).isEqualTo(item("a", m("b", n(1)), "c", n(3)));
        assertThat(update.updatedPaths().apply(after)).isEqualTo(item("a", m("b", n(9)), "c", n(9)));
    }
}
