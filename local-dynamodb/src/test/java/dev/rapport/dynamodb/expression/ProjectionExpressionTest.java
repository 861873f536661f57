package dev.rapport.dynamodb.expression;

import static dev.rapport.dynamodb.expression.Fixtures.assertValidation;
import static dev.rapport.dynamodb.expression.Fixtures.ctx;
import static dev.rapport.dynamodb.expression.Fixtures.item;
import static dev.rapport.dynamodb.expression.Fixtures.l;
import static dev.rapport.dynamodb.expression.Fixtures.m;
import static dev.rapport.dynamodb.expression.Fixtures.n;
import static dev.rapport.dynamodb.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.dynamodb.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionExpressionTest {

    private static final Map<String, Value> ITEM = item(
            "id", s("1"),
            "a", m("b", n(1), "c", m("d", n(2), "e", n(3))),
            "list", l(s("x"), s("y"), m("k", n(1), "j", n(2)), s("z")),
            "other", n(5));

    private static Map<String, Value> project(String text, Object... placeholders) {
        return ProjectionExpression.parse(text, ctx(placeholders)).apply(ITEM);
    }

    @Test
    void topLevelAttributesAreKept() {
        assertThat(project("id, #o", "#o", "other")).isEqualTo(item("id", s("1"), "other", n(5)));
    }

    @Test
    void missingPathsAreOmitted() {
        assertThat(project("id, nope, a.zz, #l[9]", "#l", "list")).isEqualTo(item("id", s("1")));
    }

    @Test
    void nestedPathsKeepTheirStructure() {
        assertThat(project("a.c.d")).isEqualTo(item("a", m("c", m("d", n(2)))));
    }

    @Test
    void siblingNestedPathsMergeIntoOneMap() {
        assertThat(project("a.b, a.c.e")).isEqualTo(item("a", m("b", n(1), "c", m("e", n(3)))));
    }

    @Test
    void listElementsAreGatheredInIndexOrder() {
        assertThat(project("#l[3], #l[1]", "#l", "list")).isEqualTo(item("list", l(s("y"), s("z"))));
    }

    @Test
    void pathsThroughListElementsKeepTheirStructure() {
        assertThat(project("#l[2].j", "#l", "list")).isEqualTo(item("list", l(m("j", n(2)))));
    }

    @Test
    void placeholdersNameProjectedAttributes() {
        assertThat(project("#s", "#s", "other")).isEqualTo(item("other", n(5)));
    }

    @Test
    void topLevelNamesAreTheFirstPathElements() {
        ProjectionExpression projection = ProjectionExpression.parse("a.b, #l[1], id", ctx("#l", "list"));
        assertThat(projection.topLevelNames()).containsExactly("a", "list", "id");
    }

    @Test
    void overlappingPathsAreRejected() {
        assertValidation(() -> project("a, a.b"))
                .hasMessage("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or"
                        + " rewrite one of these paths; path one: [a], path two: [a, b]");
        assertValidation(() -> project("id, id")).hasMessageContaining("path one: [id], path two: [id]");
    }

    @Test
    void conflictingPathsAreRejected() {
        assertValidation(() -> project("a.b, a[0]"))
                .hasMessage("Invalid ProjectionExpression: Two document paths conflict with each other; must remove or"
                        + " rewrite one of these paths; path one: [a, b], path two: [a, [0]]");
    }

    @Test
    void malformedProjectionsAreSyntaxErrors() {
        assertValidation(() -> project("a,")).hasMessageStartingWith("Invalid ProjectionExpression: Syntax error");
        assertValidation(() -> project("a b")).hasMessageStartingWith("Invalid ProjectionExpression: Syntax error");
        assertValidation(() -> project(":v", ":v", n(1)))
                .hasMessageStartingWith("Invalid ProjectionExpression: Syntax error");
    }

    @Test
    void undefinedNamesAreRejected() {
        assertValidation(() -> project("#x"))
                .hasMessage(
                        "Invalid ProjectionExpression: An expression attribute name used in the document path is not"
                                + " defined; attribute name: #x");
    }
}
