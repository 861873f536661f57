package dev.rapport.dynamodb.expression;

import static dev.rapport.dynamodb.expression.Fixtures.assertValidation;
import static dev.rapport.dynamodb.expression.Fixtures.b;
import static dev.rapport.dynamodb.expression.Fixtures.ctx;
import static dev.rapport.dynamodb.expression.Fixtures.n;
import static dev.rapport.dynamodb.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.dynamodb.expression.SortKeyCondition.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyConditionTest {

    @Test
    void hashEqualityAlone() {
        KeyCondition key = KeyCondition.parse("pk = :p", ctx(":p", s("user#1")));
        assertThat(key).isEqualTo(new KeyCondition("pk", s("user#1"), null));
    }

    @Test
    void hashNameThroughPlaceholder() {
        KeyCondition key = KeyCondition.parse("#k = :p", ctx("#k", "key", ":p", n(3)));
        assertThat(key.hashName()).isEqualTo("key");
        assertThat(key.hashValue()).isEqualTo(n(3));
    }

    @Test
    void eachSortKeyComparison() {
        assertThat(sort("pk = :p AND sk = :a").operator()).isEqualTo(Operator.EQ);
        assertThat(sort("pk = :p AND sk < :a").operator()).isEqualTo(Operator.LT);
        assertThat(sort("pk = :p AND sk <= :a").operator()).isEqualTo(Operator.LE);
        assertThat(sort("pk = :p AND sk > :a").operator()).isEqualTo(Operator.GT);
        assertThat(sort("pk = :p AND sk >= :a").operator()).isEqualTo(Operator.GE);
        assertThat(sort("pk = :p AND sk >= :a").operands()).containsExactly(n(10));
    }

    @Test
    void sortKeyBetween() {
        SortKeyCondition sort = sort("pk = :p AND sk BETWEEN :a AND :b");
        assertThat(sort).isEqualTo(new SortKeyCondition("sk", Operator.BETWEEN, List.of(n(10), n(20))));
    }

    @Test
    void sortKeyBeginsWith() {
        SortKeyCondition sort = KeyCondition.parse(
                        "pk = :p AND begins_with(sk, :x)", ctx(":p", s("a"), ":x", s("2024-")))
                .sortKey();
        assertThat(sort).isEqualTo(new SortKeyCondition("sk", Operator.BEGINS_WITH, List.of(s("2024-"))));
    }

    @Test
    void partsMayComeInEitherOrder() {
        KeyCondition key = KeyCondition.parse("sk > :a AND pk = :p", ctx(":p", s("x"), ":a", n(10)));
        assertThat(key.hashName()).isEqualTo("pk");
        assertThat(key.sortKey().name()).isEqualTo("sk");
    }

    @Test
    void valueOnTheLeftFlipsTheComparison() {
        KeyCondition key = KeyCondition.parse("pk = :p AND :a < sk", ctx(":p", s("x"), ":a", n(10)));
        assertThat(key.sortKey().operator()).isEqualTo(Operator.GT);
    }

    @Test
    void parenthesesAroundPartsAreAllowed() {
        KeyCondition key = KeyCondition.parse("(pk = :p) AND (sk = :a)", ctx(":p", s("x"), ":a", n(10)));
        assertThat(key.hashName()).isEqualTo("pk");
    }

    @Test
    void twoEqualitiesAreSettledByThePartitionKeyName() {
        KeyCondition key = KeyCondition.parse("sk = :a AND pk = :p", ctx(":p", s("x"), ":a", n(10)));
        KeyCondition settled = key.withHashKey("pk");
        assertThat(settled.hashName()).isEqualTo("pk");
        assertThat(settled.hashValue()).isEqualTo(s("x"));
        assertThat(settled.sortKey()).isEqualTo(new SortKeyCondition("sk", Operator.EQ, List.of(n(10))));
        assertThat(settled.withHashKey("pk")).isEqualTo(settled);
    }

    @Test
    void orIsNotAllowed() {
        assertValidation(() -> KeyCondition.parse("pk = :p OR sk = :a", ctx(":p", s("x"), ":a", n(1))))
                .hasMessage("Invalid operator used in KeyConditionExpression: OR");
    }

    @Test
    void notIsNotAllowed() {
        assertValidation(() -> KeyCondition.parse("NOT pk = :p", ctx(":p", s("x"))))
                .hasMessage("Invalid operator used in KeyConditionExpression: NOT");
    }

    @Test
    void notEqualAndInAreNotAllowed() {
        assertValidation(() -> KeyCondition.parse("pk <> :p", ctx(":p", s("x"))))
                .hasMessage("Invalid operator used in KeyConditionExpression: <>");
        assertValidation(() -> KeyCondition.parse("pk IN (:p)", ctx(":p", s("x"))))
                .hasMessage("Invalid operator used in KeyConditionExpression: IN");
    }

    @Test
    void functionsOtherThanBeginsWithAreNotAllowed() {
        assertValidation(() -> KeyCondition.parse("pk = :p AND attribute_exists(sk)", ctx(":p", s("x"))))
                .hasMessage("Invalid operator used in KeyConditionExpression: attribute_exists");
        assertValidation(() -> KeyCondition.parse("pk = :p AND contains(sk, :p)", ctx(":p", s("x"))))
                .hasMessage("Invalid operator used in KeyConditionExpression: contains");
        assertValidation(() -> KeyCondition.parse("pk = :p AND size(sk) > :p", ctx(":p", s("x"))))
                .hasMessage("Invalid operator used in KeyConditionExpression: size");
    }

    @Test
    void atMostOneConditionPerKey() {
        assertValidation(() -> KeyCondition.parse("pk = :p AND sk > :a AND sk < :a", ctx(":p", s("x"), ":a", n(1))))
                .hasMessage("KeyConditionExpressions must only contain one condition per key");
        assertValidation(() -> KeyCondition.parse("pk = :p AND pk = :p", ctx(":p", s("x"))))
                .hasMessage("KeyConditionExpressions must only contain one condition per key");
    }

    @Test
    void aRangeAloneOrTwoRangesAreNotSupported() {
        assertValidation(() -> KeyCondition.parse("sk > :a", ctx(":a", n(1))))
                .hasMessage("Query key condition not supported");
        assertValidation(() -> KeyCondition.parse("pk > :a AND sk < :a", ctx(":a", n(1))))
                .hasMessage("Query key condition not supported");
    }

    @Test
    void conditionsCompareKeysWithValuesOnly() {
        assertValidation(() -> KeyCondition.parse("pk = sk", ctx())).hasMessage("Query key condition not supported");
    }

    @Test
    void nestedAttributesAreNotKeys() {
        assertValidation(() -> KeyCondition.parse("pk.x = :p", ctx(":p", s("x"))))
                .hasMessage("KeyConditionExpressions cannot have conditions on nested attributes");
    }

    @Test
    void sortKeyTestUsesDynamoDbOrdering() {
        SortKeyCondition lt = new SortKeyCondition("sk", Operator.LT, List.of(s("b")));
        assertThat(lt.test(s("a"))).isTrue();
        assertThat(lt.test(s("b"))).isFalse();
        assertThat(lt.test(s("B"))).isTrue();
        SortKeyCondition ge = new SortKeyCondition("sk", Operator.GE, List.of(n(10)));
        assertThat(ge.test(n(10))).isTrue();
        assertThat(ge.test(n(9))).isFalse();
        assertThat(ge.test(n(100))).isTrue();
        assertThat(new SortKeyCondition("sk", Operator.GT, List.of(b(0x7F))).test(b(0x80)))
                .isTrue();
        assertThat(new SortKeyCondition("sk", Operator.LE, List.of(n(1))).test(n(1)))
                .isTrue();
        assertThat(new SortKeyCondition("sk", Operator.EQ, List.of(n(1))).test(n("1.0")))
                .isTrue();
    }

    @Test
    void sortKeyTestBetweenAndBeginsWith() {
        SortKeyCondition between = new SortKeyCondition("sk", Operator.BETWEEN, List.of(n(1), n(5)));
        assertThat(between.test(n(1))).isTrue();
        assertThat(between.test(n(5))).isTrue();
        assertThat(between.test(n(6))).isFalse();
        SortKeyCondition prefix = new SortKeyCondition("sk", Operator.BEGINS_WITH, List.of(s("ab")));
        assertThat(prefix.test(s("abc"))).isTrue();
        assertThat(prefix.test(s("ba"))).isFalse();
        assertThat(new SortKeyCondition("sk", Operator.BEGINS_WITH, List.of(b(1))).test(b(1, 2)))
                .isTrue();
    }

    @Test
    void sortKeyTestIsFalseForOtherTypes() {
        assertThat(new SortKeyCondition("sk", Operator.EQ, List.of(n(1))).test(s("1")))
                .isFalse();
        assertThat(new SortKeyCondition("sk", Operator.BEGINS_WITH, List.of(s("1"))).test(n(1)))
                .isFalse();
    }

    @Test
    void beginsWithRejectsNumbers() {
        assertValidation(() -> KeyCondition.parse("pk = :p AND begins_with(sk, :n)", ctx(":p", s("x"), ":n", n(1))))
                .hasMessageContaining("operator or function: begins_with, operand type: N");
    }

    private static SortKeyCondition sort(String text) {
        return KeyCondition.parse(text, ctx(":p", s("x"), ":a", n(10), ":b", n(20)))
                .sortKey();
    }
}
