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

class ConditionExpressionTest {

    private static final Map<String, Value> ITEM = item(
            "id", s("item-1"),
            "count", n(5),
            "price", n("9.5"),
            "name", s("widget"),
            "data", b(1, 2, 3),
            "tags", ss("red", "blue"),
            "scores", ns(1, 2, 3),
            "blobs", bs(b(1), b(2)),
            "flag", new Value.Bool(true),
            "nothing", new Value.Null(),
            "list", l(s("a"), n(2), m("deep", s("x"))),
            "map", m("child", m("leaf", n(7)), "text", s("hello")));

    private static boolean test(String expression, Object... placeholders) {
        return ConditionExpression.parse(expression, ctx(placeholders)).test(ITEM);
    }

    @Test
    void equalityHoldsForEqualNumbersWrittenDifferently() {
        assertThat(test("price = :v", ":v", n("9.50"))).isTrue();
        assertThat(test("price = :v", ":v", n("9.4"))).isFalse();
    }

    @Test
    void notEqualHoldsForDifferentValues() {
        assertThat(test("#n <> :v", "#n", "name", ":v", s("gadget"))).isTrue();
        assertThat(test("#n <> :v", "#n", "name", ":v", s("widget"))).isFalse();
    }

    @Test
    void orderingComparesNumbersByValue() {
        assertThat(test("#c < :v", "#c", "count", ":v", n(10))).isTrue();
        assertThat(test("#c <= :v", "#c", "count", ":v", n(5))).isTrue();
        assertThat(test("#c > :v", "#c", "count", ":v", n(5))).isFalse();
        assertThat(test("#c >= :v", "#c", "count", ":v", n(5))).isTrue();
    }

    @Test
    void orderingComparesStringsByUtf8Bytes() {
        assertThat(test("#n > :v", "#n", "name", ":v", s("Widget"))).isTrue();
        assertThat(test("#n < :v", "#n", "name", ":v", s("wz"))).isTrue();
    }

    @Test
    void orderingComparesBinariesUnsigned() {
        assertThat(test("#d < :v", "#d", "data", ":v", b(0xFF))).isTrue();
        assertThat(test("#d > :v", "#d", "data", ":v", b(1, 2))).isTrue();
    }

    @Test
    void comparingDifferentTypesIsUnequalAndUnordered() {
        assertThat(test("#c = :v", "#c", "count", ":v", s("5"))).isFalse();
        assertThat(test("#c <> :v", "#c", "count", ":v", s("5"))).isTrue();
        assertThat(test("#c < :v", "#c", "count", ":v", s("9"))).isFalse();
        assertThat(test("#c >= :v", "#c", "count", ":v", s("1"))).isFalse();
    }

    @Test
    void missingAttributeSatisfiesOnlyNotEqual() {
        assertThat(test("absent = :v", ":v", n(1))).isFalse();
        assertThat(test("absent < :v", ":v", n(1))).isFalse();
        assertThat(test("absent >= :v", ":v", n(1))).isFalse();
        assertThat(test("absent <> :v", ":v", n(1))).isTrue();
    }

    @Test
    void documentsAndSetsCompareByContent() {
        assertThat(test("tags = :v", ":v", ss("blue", "red"))).isTrue();
        assertThat(test("#m.child = :v", "#m", "map", ":v", m("leaf", n(7)))).isTrue();
        assertThat(test("#l = :v", "#l", "list", ":v", l(s("a"), n(2), m("deep", s("x")))))
                .isTrue();
        assertThat(test("#l = :v", "#l", "list", ":v", l(n(2), s("a"), m("deep", s("x")))))
                .isFalse();
    }

    @Test
    void twoPathsCanBeCompared() {
        assertThat(test("#c < price", "#c", "count")).isTrue();
        assertThat(test("#c = price", "#c", "count")).isFalse();
    }

    @Test
    void betweenIsInclusiveAtBothEnds() {
        assertThat(test("#c BETWEEN :a AND :b", "#c", "count", ":a", n(5), ":b", n(6)))
                .isTrue();
        assertThat(test("#c BETWEEN :a AND :b", "#c", "count", ":a", n(1), ":b", n(5)))
                .isTrue();
        assertThat(test("#c BETWEEN :a AND :b", "#c", "count", ":a", n(6), ":b", n(9)))
                .isFalse();
    }

    @Test
    void betweenIsFalseForMismatchedTypes() {
        assertThat(test("#n BETWEEN :a AND :b", "#n", "name", ":a", n(1), ":b", n(9)))
                .isFalse();
    }

    @Test
    void betweenRejectsConstantBoundsInTheWrongOrder() {
        assertValidation(() -> test("#c BETWEEN :a AND :b", "#c", "count", ":a", n(9), ":b", n(1)))
                .hasMessage(
                        "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or"
                                + " equal to lower bound; lower operand: AttributeValue: {N:9}, upper operand:"
                                + " AttributeValue: {N:1}");
    }

    @Test
    void inMatchesAnyListedValue() {
        assertThat(test("#c IN (:a, :b, :c)", "#c", "count", ":a", n(1), ":b", n(5), ":c", s("x")))
                .isTrue();
        assertThat(test("#c IN (:a, :b)", "#c", "count", ":a", n(1), ":b", n(2)))
                .isFalse();
        assertThat(test("#c IN (:a)", "#c", "count", ":a", n(5))).isTrue();
    }

    @Test
    void inAcceptsAHundredOperandsButNotMore() {
        Object[] placeholders = new Object[2 + 101 * 2];
        placeholders[0] = "#c";
        placeholders[1] = "count";
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            placeholders[2 + 2 * i] = ":v" + i;
            placeholders[3 + 2 * i] = n(i + 100);
            list.append(i == 0 ? "" : ", ").append(":v").append(i);
        }
        String hundred = list.substring(0, list.lastIndexOf(","));
        ExpressionContext context = ctx(placeholders);
        assertThat(ConditionExpression.parse("#c IN (" + hundred + ")", context).test(ITEM))
                .isFalse();
        assertValidation(() -> ConditionExpression.parse("#c IN (" + list + ")", ctx(placeholders)))
                .hasMessage("Invalid ConditionExpression: The IN operator is provided with too many operands; number of"
                        + " operands: 101");
    }

    @Test
    void andRequiresBothSides() {
        assertThat(test("#c = :five AND #n = :w", "#c", "count", "#n", "name", ":five", n(5), ":w", s("widget")))
                .isTrue();
        assertThat(test("#c = :five AND #n = :w", "#c", "count", "#n", "name", ":five", n(4), ":w", s("widget")))
                .isFalse();
    }

    @Test
    void orRequiresEitherSide() {
        assertThat(test("#c = :x OR #c = :five", "#c", "count", ":x", n(1), ":five", n(5)))
                .isTrue();
        assertThat(test("#c = :x OR #c = :y", "#c", "count", ":x", n(1), ":y", n(2)))
                .isFalse();
    }

    @Test
    void notNegates() {
        assertThat(test("NOT #c = :five", "#c", "count", ":five", n(5))).isFalse();
        assertThat(test("NOT NOT #c = :five", "#c", "count", ":five", n(5))).isTrue();
    }

    @Test
    void andBindsTighterThanOr() {
        // true OR (false AND false) is true; (true OR false) AND false would be false.
        assertThat(test(
                        "#c = :five OR #c = :one AND #c = :two",
                        "#c",
                        "count",
                        ":five",
                        n(5),
                        ":one",
                        n(1),
                        ":two",
                        n(2)))
                .isTrue();
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(test(
                        "(#c = :five OR #c = :one) AND #c = :two",
                        "#c",
                        "count",
                        ":five",
                        n(5),
                        ":one",
                        n(1),
                        ":two",
                        n(2)))
                .isFalse();
    }

    @Test
    void notBindsTighterThanAnd() {
        // (NOT false) AND true.
        assertThat(test("NOT #c = :one AND #c = :five", "#c", "count", ":one", n(1), ":five", n(5)))
                .isTrue();
        // NOT (false OR true) would be false; (NOT false) OR true is true.
        assertThat(test("NOT #c = :one OR #c = :five", "#c", "count", ":one", n(1), ":five", n(5)))
                .isTrue();
        assertThat(test("NOT (#c = :one OR #c = :five)", "#c", "count", ":one", n(1), ":five", n(5)))
                .isFalse();
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(test(
                        "not #c = :one and #c between :a aNd :b or #c in (:one)",
                        "#c",
                        "count",
                        ":one",
                        n(1),
                        ":a",
                        n(1),
                        ":b",
                        n(9)))
                .isTrue();
    }

    @Test
    void attributeExistsChecksTopLevelAndNestedPaths() {
        assertThat(test("attribute_exists(id)")).isTrue();
        assertThat(test("attribute_exists(absent)")).isFalse();
        assertThat(test("attribute_exists(#m.child.leaf)", "#m", "map")).isTrue();
        assertThat(test("attribute_exists(#m.child.nope)", "#m", "map")).isFalse();
        assertThat(test("attribute_exists(#l[2].deep)", "#l", "list")).isTrue();
        assertThat(test("attribute_exists(#l[3])", "#l", "list")).isFalse();
    }

    @Test
    void attributeExistsOnNullTypedAttributeIsTrue() {
        assertThat(test("attribute_exists(nothing)")).isTrue();
    }

    @Test
    void attributeNotExistsIsTheOpposite() {
        assertThat(test("attribute_not_exists(id)")).isFalse();
        assertThat(test("attribute_not_exists(absent)")).isTrue();
    }

    @Test
    void conditionOnAbsentItemSeesNoAttributes() {
        ConditionExpression expression = ConditionExpression.parse("attribute_not_exists(id)", ctx());
        assertThat(expression.test(Map.of())).isTrue();
        assertThat(expression.test(null)).isTrue();
    }

    @Test
    void indexIntoNonListOrKeyIntoNonMapResolvesToNothing() {
        assertThat(test("attribute_exists(#n[0])", "#n", "name")).isFalse();
        assertThat(test("attribute_exists(#l.a)", "#l", "list")).isFalse();
    }

    @Test
    void attributeTypeMatchesEachType() {
        assertThat(test("attribute_type(id, :t)", ":t", s("S"))).isTrue();
        assertThat(test("attribute_type(#c, :t)", "#c", "count", ":t", s("N"))).isTrue();
        assertThat(test("attribute_type(#d, :t)", "#d", "data", ":t", s("B"))).isTrue();
        assertThat(test("attribute_type(tags, :t)", ":t", s("SS"))).isTrue();
        assertThat(test("attribute_type(scores, :t)", ":t", s("NS"))).isTrue();
        assertThat(test("attribute_type(blobs, :t)", ":t", s("BS"))).isTrue();
        assertThat(test("attribute_type(flag, :t)", ":t", s("BOOL"))).isTrue();
        assertThat(test("attribute_type(nothing, :t)", ":t", s("NULL"))).isTrue();
        assertThat(test("attribute_type(#l, :t)", "#l", "list", ":t", s("L"))).isTrue();
        assertThat(test("attribute_type(#m, :t)", "#m", "map", ":t", s("M"))).isTrue();
        assertThat(test("attribute_type(id, :t)", ":t", s("N"))).isFalse();
        assertThat(test("attribute_type(absent, :t)", ":t", s("S"))).isFalse();
    }

    @Test
    void attributeTypeRejectsUnknownTypeNames() {
        assertValidation(() -> test("attribute_type(id, :t)", ":t", s("STRING")))
                .hasMessageStartingWith("Invalid ConditionExpression: Invalid attribute type name found; type: STRING");
        assertValidation(() -> test("attribute_type(id, :t)", ":t", n(1)))
                .hasMessageContaining("Invalid attribute type name found");
    }

    @Test
    void beginsWithMatchesStringPrefixes() {
        assertThat(test("begins_with(#n, :p)", "#n", "name", ":p", s("wid"))).isTrue();
        assertThat(test("begins_with(#n, :p)", "#n", "name", ":p", s("get"))).isFalse();
        assertThat(test("begins_with(#n, :p)", "#n", "name", ":p", s(""))).isTrue();
    }

    @Test
    void beginsWithMatchesBinaryPrefixes() {
        assertThat(test("begins_with(#d, :p)", "#d", "data", ":p", b(1, 2))).isTrue();
        assertThat(test("begins_with(#d, :p)", "#d", "data", ":p", b(2))).isFalse();
    }

    @Test
    void beginsWithIsFalseOnOtherTypesAndRejectsNumberOperands() {
        assertThat(test("begins_with(tags, :p)", ":p", s("r"))).isFalse();
        assertValidation(() -> test("begins_with(#n, :p)", "#n", "name", ":p", n(1)))
                .hasMessage("Invalid ConditionExpression: Incorrect operand type for operator or function; "
                        + "operator or function: begins_with, operand type: N");
    }

    @Test
    void containsFindsSubstrings() {
        assertThat(test("contains(#n, :p)", "#n", "name", ":p", s("dge"))).isTrue();
        assertThat(test("contains(#n, :p)", "#n", "name", ":p", s("xyz"))).isFalse();
    }

    @Test
    void containsFindsSetMembersOfTheMatchingType() {
        assertThat(test("contains(tags, :p)", ":p", s("red"))).isTrue();
        assertThat(test("contains(tags, :p)", ":p", s("re"))).isFalse();
        assertThat(test("contains(scores, :p)", ":p", n("2.0"))).isTrue();
        assertThat(test("contains(scores, :p)", ":p", s("2"))).isFalse();
        assertThat(test("contains(blobs, :p)", ":p", b(2))).isTrue();
    }

    @Test
    void containsFindsListElements() {
        assertThat(test("contains(#l, :p)", "#l", "list", ":p", n(2))).isTrue();
        assertThat(test("contains(#l, :p)", "#l", "list", ":p", m("deep", s("x"))))
                .isTrue();
        assertThat(test("contains(#l, :p)", "#l", "list", ":p", s("b"))).isFalse();
    }

    @Test
    void containsIsFalseOnMissingOrScalarNumber() {
        assertThat(test("contains(absent, :p)", ":p", s("a"))).isFalse();
        assertThat(test("contains(#c, :p)", "#c", "count", ":p", n(5))).isFalse();
    }

    @Test
    void sizeMeasuresEachKindOfValue() {
        assertThat(test("size(#n) = :v", "#n", "name", ":v", n(6))).isTrue();
        assertThat(test("size(#d) = :v", "#d", "data", ":v", n(3))).isTrue();
        assertThat(test("size(tags) = :v", ":v", n(2))).isTrue();
        assertThat(test("size(scores) = :v", ":v", n(3))).isTrue();
        assertThat(test("size(#l) = :v", "#l", "list", ":v", n(3))).isTrue();
        assertThat(test("size(#m) = :v", "#m", "map", ":v", n(2))).isTrue();
        assertThat(test("size(#m.#t) > :v", "#m", "map", "#t", "text", ":v", n(4)))
                .isTrue();
    }

    @Test
    void sizeOfMissingOrNumberSatisfiesNoComparison() {
        assertThat(test("size(absent) >= :v", ":v", n(0))).isFalse();
        assertThat(test("size(#c) >= :v", "#c", "count", ":v", n(0))).isFalse();
    }

    @Test
    void sizeCanBeUsedInBetweenAndIn() {
        assertThat(test("size(#n) BETWEEN :a AND :b", "#n", "name", ":a", n(1), ":b", n(6)))
                .isTrue();
        assertThat(test("size(#n) IN (:a, :b)", "#n", "name", ":a", n(1), ":b", n(6)))
                .isTrue();
    }

    @Test
    void functionNamesAreCaseSensitive() {
        assertValidation(() -> test("ATTRIBUTE_EXISTS(id)"))
                .hasMessage("Invalid ConditionExpression: Invalid function name; function: ATTRIBUTE_EXISTS");
    }

    @Test
    void unknownFunctionsAreRejected() {
        assertValidation(() -> test("starts_with(id, :p)", ":p", s("x")))
                .hasMessage("Invalid ConditionExpression: Invalid function name; function: starts_with");
    }

    @Test
    void sizeAloneIsNotACondition() {
        assertValidation(() -> test("size(id)")).hasMessageStartingWith("Invalid ConditionExpression: Syntax error");
    }

    @Test
    void booleanFunctionCannotBeAnOperand() {
        assertValidation(() -> test("attribute_exists(id) = :v", ":v", new Value.Bool(true)))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error");
        assertValidation(() -> test(":v = attribute_exists(id)", ":v", new Value.Bool(true)))
                .hasMessage("Invalid ConditionExpression: The function is not allowed to be used this way in an"
                        + " expression; function: attribute_exists");
    }

    @Test
    void updateFunctionsAreNotAllowedInConditions() {
        assertValidation(() -> test("if_not_exists(id, :v) = :v", ":v", s("x")))
                .hasMessageContaining("function: if_not_exists");
    }

    @Test
    void functionsRequireThePathArgumentAndTheRightArity() {
        assertValidation(() -> test("attribute_exists(:v)", ":v", s("x")))
                .hasMessage("Invalid ConditionExpression: Operator or function requires a document path; "
                        + "operator or function: attribute_exists");
        assertValidation(() -> test("attribute_exists(id, #c)", "#c", "count"))
                .hasMessage("Invalid ConditionExpression: Incorrect number of operands for operator or function; "
                        + "operator or function: attribute_exists, number of operands: 2");
        assertValidation(() -> test("contains(id)")).hasMessageContaining("number of operands: 1");
    }

    @Test
    void filterExpressionErrorsNameTheFilter() {
        assertValidation(() -> ConditionExpression.parseFilter("a = ", ctx()))
                .hasMessageStartingWith("Invalid FilterExpression: Syntax error");
    }

    @Test
    void emptyExpressionIsRejected() {
        assertValidation(() -> ConditionExpression.parse("  ", ctx()))
                .hasMessage("Invalid ConditionExpression: The expression can not be empty;");
    }
}
