package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.value.Value;
import dev.rapport.dynamodb.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The condition grammar, shared by condition, filter and key condition expressions. Precedence, from
 * tightest: comparisons and functions, NOT, AND, OR.
 */
final class ConditionParser extends Parser {

    static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final Set<String> TYPES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");
    private static final int MAX_IN_OPERANDS = 100;

    ConditionParser(String text, String kind, ExpressionContext context) {
        super(text, kind, context);
    }

    Condition parseAll() {
        Condition condition = or();
        expectEnd();
        return condition;
    }

    private Condition or() {
        Condition condition = and();
        while (acceptKeyword("OR")) {
            condition = new Condition.Or(condition, and());
        }
        return condition;
    }

    private Condition and() {
        Condition condition = not();
        while (acceptKeyword("AND")) {
            condition = new Condition.And(condition, not());
        }
        return condition;
    }

    private Condition not() {
        if (acceptKeyword("NOT")) {
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (accept(Token.Kind.LPAREN)) {
            Condition inner = or();
            expect(Token.Kind.RPAREN);
            return inner;
        }
        Token token = peek();
        if (token.is(Token.Kind.NAME) && peek(1).is(Token.Kind.LPAREN) && CONDITION_FUNCTIONS.contains(token.text())) {
            return function();
        }
        Operand left = operand();
        Condition.Comparator comparator = comparator(peek());
        if (comparator != null) {
            next();
            return new Condition.Comparison(comparator, left, operand());
        }
        if (acceptKeyword("BETWEEN")) {
            Operand lower = operand();
            if (!acceptKeyword("AND")) {
                throw syntaxError();
            }
            Operand upper = operand();
            checkBounds(lower, upper);
            return new Condition.Between(left, lower, upper);
        }
        if (acceptKeyword("IN")) {
            expect(Token.Kind.LPAREN);
            List<Operand> candidates = new ArrayList<>();
            do {
                candidates.add(operand());
            } while (accept(Token.Kind.COMMA));
            expect(Token.Kind.RPAREN);
            if (candidates.size() > MAX_IN_OPERANDS) {
                throw invalid(
                        "The IN operator is provided with too many operands; number of operands: " + candidates.size());
            }
            return new Condition.In(left, candidates);
        }
        throw syntaxError();
    }

    static Condition.Comparator comparator(Token token) {
        return switch (token.kind()) {
            case EQ -> Condition.Comparator.EQ;
            case NE -> Condition.Comparator.NE;
            case LT -> Condition.Comparator.LT;
            case LE -> Condition.Comparator.LE;
            case GT -> Condition.Comparator.GT;
            case GE -> Condition.Comparator.GE;
            default -> null;
        };
    }

    /** Constant bounds are checked up front, as DynamoDB does. */
    void checkBounds(Operand lower, Operand upper) {
        if (lower instanceof Operand.Constant lo && upper instanceof Operand.Constant hi) {
            Integer order = Values.compare(lo.value(), hi.value());
            if (order != null && order > 0) {
                throw invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                        + "lower operand: AttributeValue: " + display(lo.value()) + ", upper operand: AttributeValue: "
                        + display(hi.value()));
            }
        }
    }

    static String display(Value value) {
        return switch (value) {
            case Value.S s -> "{S:" + s.value() + "}";
            case Value.N n -> "{N:" + n.text() + "}";
            default -> "{" + value.type() + ":" + value + "}";
        };
    }

    private Condition function() {
        String name = next().text();
        List<Operand> args = arguments();
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> {
                arity(name, args, 1);
                return new Condition.Exists(pathArgument(name, args.get(0)), name.equals("attribute_exists"));
            }
            case "attribute_type" -> {
                arity(name, args, 2);
                Path path = pathArgument(name, args.get(0));
                if (!(args.get(1) instanceof Operand.Constant c)) {
                    throw invalid(
                            "Incorrect operand type for operator or function; operator or function: attribute_type,"
                                    + " operand type: PATH");
                }
                if (!(c.value() instanceof Value.S type) || !TYPES.contains(type.value())) {
                    String shown = c.value() instanceof Value.S s
                            ? s.value()
                            : c.value().type();
                    throw invalid("Invalid attribute type name found; type: " + shown
                            + ", valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
                }
                return new Condition.AttributeType(path, type.value());
            }
            case "begins_with" -> {
                arity(name, args, 2);
                for (Operand arg : args) {
                    if (arg instanceof Operand.Constant c
                            && !(c.value() instanceof Value.S || c.value() instanceof Value.B)) {
                        throw invalid(
                                "Incorrect operand type for operator or function; operator or function: begins_with,"
                                        + " operand type: "
                                        + c.value().type());
                    }
                }
                return new Condition.BeginsWith(args.get(0), args.get(1));
            }
            default -> {
                arity(name, args, 2);
                return new Condition.Contains(args.get(0), args.get(1));
            }
        }
    }

    private List<Operand> arguments() {
        expect(Token.Kind.LPAREN);
        List<Operand> args = new ArrayList<>();
        do {
            args.add(operand());
        } while (accept(Token.Kind.COMMA));
        expect(Token.Kind.RPAREN);
        return args;
    }

    private void arity(String function, List<Operand> args, int expected) {
        if (args.size() != expected) {
            throw invalid("Incorrect number of operands for operator or function; operator or function: " + function
                    + ", number of operands: " + args.size());
        }
    }

    private Path pathArgument(String function, Operand operand) {
        if (operand instanceof Operand.PathRef ref) {
            return ref.path();
        }
        throw invalid("Operator or function requires a document path; operator or function: " + function);
    }

    /** A path, a value placeholder or {@code size(path)}. */
    Operand operand() {
        Token token = peek();
        if (token.is(Token.Kind.VALUE_PLACEHOLDER)) {
            next();
            return new Operand.Constant(value(token));
        }
        if (token.is(Token.Kind.NAME) && peek(1).is(Token.Kind.LPAREN)) {
            String name = token.text();
            if (name.equals("size")) {
                next();
                List<Operand> args = arguments();
                arity(name, args, 1);
                return new Operand.Size(pathArgument(name, args.get(0)));
            }
            if (CONDITION_FUNCTIONS.contains(name) || UPDATE_FUNCTIONS.contains(name)) {
                throw invalid("The function is not allowed to be used this way in an expression; function: " + name);
            }
            throw invalid("Invalid function name; function: " + name);
        }
        if (atPathStart()) {
            return new Operand.PathRef(path());
        }
        throw syntaxError();
    }
}
