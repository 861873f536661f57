package dev.rapport.dynamodb.expression;

import static dev.rapport.dynamodb.expression.Fixtures.assertValidation;
import static dev.rapport.dynamodb.expression.Fixtures.ctx;
import static dev.rapport.dynamodb.expression.Fixtures.item;
import static dev.rapport.dynamodb.expression.Fixtures.l;
import static dev.rapport.dynamodb.expression.Fixtures.m;
import static dev.rapport.dynamodb.expression.Fixtures.n;
import static dev.rapport.dynamodb.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens, paths, reserved words and placeholders, which every kind of expression shares. */
class ExpressionSyntaxTest {

    @Test
    void namesMayContainDigitsAndUnderscores() {
        var item = item("_a1_b2", n(1));
        assertThat(ConditionExpression.parse("_a1_b2 = :v", ctx(":v", n(1))).test(item))
                .isTrue();
    }

    @Test
    void nestedPathsMixMapKeysAndListIndexes() {
        var item = item("a", m("b", l(n(0), m("c", l(s("x"), s("y"))))));
        assertThat(ConditionExpression.parse("a.b[1].c[1] = :v", ctx(":v", s("y")))
                        .test(item))
                .isTrue();
        assertThat(ConditionExpression.parse("a.#b[1].c[0] = :v", ctx("#b", "b", ":v", s("x")))
                        .test(item))
                .isTrue();
    }

    @Test
    void aDotInsideAnExpressionAttributeNameIsPartOfTheName() {
        var item = item("a.b", n(1), "a", m("b", n(2)));
        assertThat(ConditionExpression.parse("#ab = :v", ctx("#ab", "a.b", ":v", n(1)))
                        .test(item))
                .isTrue();
        assertThat(ConditionExpression.parse("a.b = :v", ctx(":v", n(2))).test(item))
                .isTrue();
    }

    @Test
    void whitespaceIsInsignificant() {
        var item = item("a", l(n(1), n(2)));
        assertThat(ConditionExpression.parse("  a[ 1 ]=:v\n", ctx(":v", n(2))).test(item))
                .isTrue();
    }

    @Test
    void reservedWordsAreRejectedUnescapedInAnyCase() {
        assertValidation(() -> ConditionExpression.parse("status = :v", ctx(":v", s("x"))))
                .hasMessage(
                        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
        assertValidation(() -> ConditionExpression.parse("Name = :v", ctx(":v", s("x"))))
                .hasMessage(
                        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name");
    }

    @Test
    void reservedWordsAreRejectedInsideNestedPaths() {
        assertValidation(() -> ProjectionExpression.parse("a.comment", ctx()))
                .hasMessage("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword:"
                        + " comment");
    }

    @Test
    void reservedWordsAreAcceptedThroughPlaceholders() {
        var item = item("status", s("open"));
        assertThat(ConditionExpression.parse("#s = :v", ctx("#s", "status", ":v", s("open")))
                        .test(item))
                .isTrue();
    }

    @Test
    void theReservedWordListIsDynamoDbsFullList() {
        assertThat(ReservedWords.count()).isEqualTo(573);
        assertThat(ReservedWords.contains("ABORT")).isTrue();
        assertThat(ReservedWords.contains("zone")).isTrue();
        assertThat(ReservedWords.contains("ttl")).isTrue();
        assertThat(ReservedWords.contains("widget")).isFalse();
    }

    @Test
    void undefinedNamePlaceholderIsRejected() {
        assertValidation(() -> ConditionExpression.parse("#x = :v", ctx(":v", n(1))))
                .hasMessage("Invalid ConditionExpression: An expression attribute name used in the document path is not"
                        + " defined; attribute name: #x");
    }

    @Test
    void undefinedValuePlaceholderIsRejected() {
        assertValidation(() -> ConditionExpression.parse("a = :v", ctx()))
                .hasMessage(
                        "Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
                                + "attribute value: :v");
        assertValidation(() -> UpdateExpression.parse("SET a = :v", ctx()))
                .hasMessage(
                        "Invalid UpdateExpression: An expression attribute value used in expression is not defined; "
                                + "attribute value: :v");
    }

    @Test
    void allPlaceholdersUsedPassesTheCheck() {
        ExpressionContext context = ctx("#a", "a", ":v", n(1));
        ConditionExpression.parse("#a = :v", context);
        assertThatCode(context::checkAllUsed).doesNotThrowAnyException();
    }

    @Test
    void unusedValuePlaceholdersAreReported() {
        ExpressionContext context = ctx(":v", n(1), ":x", n(2), ":y", n(3));
        ConditionExpression.parse("a = :v", context);
        assertValidation(context::checkAllUsed)
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:x, :y}");
    }

    @Test
    void unusedNamePlaceholdersAreReported() {
        ExpressionContext context = ctx("#a", "a", "#x", "x", ":v", n(1));
        ConditionExpression.parse("#a = :v", context);
        assertValidation(context::checkAllUsed)
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}");
    }

    @Test
    void usageIsTrackedAcrossEveryExpressionOfTheRequest() {
        ExpressionContext context = ctx("#a", "a", "#p", "p", ":v", n(1), ":c", n(2));
        UpdateExpression.parse("SET #a = :v", context);
        ConditionExpression.parse("attribute_exists(#p) AND size(#p) < :c", context);
        assertThatCode(context::checkAllUsed).doesNotThrowAnyException();
    }

    @Test
    void emptyContextAcceptsPlaceholderFreeExpressions() {
        ExpressionContext context = new ExpressionContext(null, null);
        ProjectionExpression.parse("a, b", context);
        assertThatCode(context::checkAllUsed).doesNotThrowAnyException();
    }

    @Test
    void placeholderKeysMustCarryTheirSigil() {
        assertValidation(() -> new ExpressionContext(Map.of("a", "a"), Map.of()))
                .hasMessage("ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"");
        assertValidation(() -> new ExpressionContext(Map.of(), Map.of("v", n(1))))
                .hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
    }

    @Test
    void syntaxErrorsNameTheTokenAndItsNeighbourhood() {
        assertValidation(() -> ConditionExpression.parse("a = :v :w", ctx(":v", n(1), ":w", n(2))))
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \":w\", near: \":v :w\"");
    }

    @Test
    void syntaxErrorAtTheEndNamesEof() {
        assertValidation(() -> ConditionExpression.parse("a =", ctx()))
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
    }

    @Test
    void illegalCharactersAreSyntaxErrors() {
        assertValidation(() -> ConditionExpression.parse("a = $v", ctx()))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"$\"");
        assertValidation(() -> ConditionExpression.parse("a = :", ctx()))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \":\"");
    }

    @Test
    void malformedPathsAreSyntaxErrors() {
        assertValidation(() -> ConditionExpression.parse("a. = :v", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error");
        assertValidation(() -> ConditionExpression.parse("a[x] = :v", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error");
        assertValidation(() -> ConditionExpression.parse("a[1 = :v", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error");
        assertValidation(() -> ConditionExpression.parse("1a = :v", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error");
    }

    @Test
    void unbalancedParenthesesAreSyntaxErrors() {
        assertValidation(() -> ConditionExpression.parse("(a = :v", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"<EOF>\"");
        assertValidation(() -> ConditionExpression.parse("a = :v)", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \")\"");
    }

    @Test
    void betweenWithoutAndIsASyntaxError() {
        assertValidation(() -> ConditionExpression.parse("a BETWEEN :v OR :v", ctx(":v", n(1))))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"OR\"");
    }

    @Test
    void aBareOperandIsNotACondition() {
        assertValidation(() -> ConditionExpression.parse("a", ctx()))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"<EOF>\"");
    }
}
