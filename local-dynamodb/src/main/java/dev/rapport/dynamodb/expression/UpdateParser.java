package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The update grammar: SET, REMOVE, ADD and DELETE clauses, each at most once, in any order. */
final class UpdateParser extends Parser {

    private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");

    UpdateParser(String text, ExpressionContext context) {
        super(text, "UpdateExpression", context);
    }

    List<UpdateAction> parseAll() {
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (!peek().is(Token.Kind.EOF)) {
            Token token = peek();
            String clause = token.text().toUpperCase(Locale.ROOT);
            if (!token.is(Token.Kind.NAME) || !CLAUSES.contains(clause)) {
                throw syntaxError();
            }
            next();
            if (!seen.add(clause)) {
                throw invalid("The \"" + clause + "\" section can only be used once in an update expression;");
            }
            do {
                actions.add(action(clause));
            } while (accept(Token.Kind.COMMA));
        }
        List<Path> paths = actions.stream().map(UpdateAction::path).toList();
        ProjectionExpression.checkDistinct(paths, "Invalid UpdateExpression: ");
        return actions;
    }

    private UpdateAction action(String clause) {
        Path path = path();
        return switch (clause) {
            case "SET" -> {
                expect(Token.Kind.EQ);
                yield new UpdateAction.Set(path, setValue());
            }
            case "REMOVE" -> new UpdateAction.Remove(path);
            case "ADD" -> {
                Value value = valuePlaceholder();
                if (!(value instanceof Value.N || isSet(value))) {
                    throw incorrectOperand("ADD", value);
                }
                yield new UpdateAction.Add(path, value);
            }
            default -> {
                Value value = valuePlaceholder();
                if (!isSet(value)) {
                    throw incorrectOperand("DELETE", value);
                }
                yield new UpdateAction.Delete(path, value);
            }
        };
    }

    private static boolean isSet(Value value) {
        return value instanceof Value.SS || value instanceof Value.NS || value instanceof Value.BS;
    }

    private Value valuePlaceholder() {
        if (!peek().is(Token.Kind.VALUE_PLACEHOLDER)) {
            throw syntaxError();
        }
        return value(next());
    }

    /** {@code operand}, or one {@code operand + operand} / {@code operand - operand}; no longer chains. */
    private Operand setValue() {
        Operand left = operand();
        if (peek().is(Token.Kind.PLUS) || peek().is(Token.Kind.MINUS)) {
            boolean plus = next().is(Token.Kind.PLUS);
            return new Operand.Arithmetic(left, plus, operand());
        }
        return left;
    }

    private Operand operand() {
        Token token = peek();
        if (token.is(Token.Kind.VALUE_PLACEHOLDER)) {
            next();
            return new Operand.Constant(value(token));
        }
        if (token.is(Token.Kind.NAME) && peek(1).is(Token.Kind.LPAREN)) {
            return function();
        }
        if (atPathStart()) {
            return new Operand.PathRef(path());
        }
        throw syntaxError();
    }

    private Operand function() {
        String name = next().text();
        if (!ConditionParser.UPDATE_FUNCTIONS.contains(name)) {
            if (name.equals("size") || ConditionParser.CONDITION_FUNCTIONS.contains(name)) {
                throw invalid("The function is not allowed in an update expression; function: " + name);
            }
            throw invalid("Invalid function name; function: " + name);
        }
        expect(Token.Kind.LPAREN);
        Operand first = operand();
        expect(Token.Kind.COMMA);
        Operand second = operand();
        expect(Token.Kind.RPAREN);
        if (name.equals("if_not_exists")) {
            if (!(first instanceof Operand.PathRef ref)) {
                throw invalid("Operator or function requires a document path; operator or function: if_not_exists");
            }
            return new Operand.IfNotExists(ref.path(), second);
        }
        for (Operand operand : List.of(first, second)) {
            if (operand instanceof Operand.Constant c && !(c.value() instanceof Value.L)) {
                throw invalid(
                        "Incorrect operand type for operator or function; operator or function: list_append, operand"
                                + " type: "
                                + typeName(c.value()));
            }
        }
        return new Operand.ListAppend(first, second);
    }

    private DynamoDbException incorrectOperand(String operator, Value value) {
        return invalid("Incorrect operand type for operator or function; operator: " + operator + ", operand type: "
                + typeName(value));
    }

    /** The type names DynamoDB uses in operand-type messages. */
    static String typeName(Value value) {
        return switch (value.type()) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "L" -> "LIST";
            case "M" -> "MAP";
            case "SS" -> "STRING_SET";
            case "NS" -> "NUMBER_SET";
            case "BS" -> "BINARY_SET";
            default -> value.type();
        };
    }
}
