package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import dev.rapport.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The token cursor and the pieces every expression grammar shares: document paths and errors. */
class Parser {

    final String text;
    final String kind;
    final ExpressionContext context;
    private final List<Token> tokens;
    private final Set<String> topLevelNames = new LinkedHashSet<>();
    private int position;

    Parser(String text, String kind, ExpressionContext context) {
        if (text == null || text.isBlank()) {
            throw DynamoDbException.validation("Invalid " + kind + ": The expression can not be empty;");
        }
        this.text = text;
        this.kind = kind;
        this.context = context;
        this.tokens = Lexer.tokenize(text, kind);
    }

    /** The top-level attributes the paths parsed so far start from. */
    Set<String> topLevelNames() {
        return Set.copyOf(topLevelNames);
    }

    Token peek() {
        return tokens.get(position);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Kind.EOF)) {
            position++;
        }
        return token;
    }

    boolean accept(Token.Kind k) {
        if (peek().is(k)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(Token.Kind k) {
        if (!peek().is(k)) {
            throw syntaxError();
        }
        return next();
    }

    void expectEnd() {
        if (!peek().is(Token.Kind.EOF)) {
            throw syntaxError();
        }
    }

    /** DynamoDB's syntax error names the offending token and the text from the token before it. */
    DynamoDbException syntaxError() {
        Token token = peek();
        Token previous = position > 0 ? tokens.get(position - 1) : null;
        String near = previous == null ? token.text() : text.substring(previous.start(), token.end());
        return invalid("Syntax error; token: \"" + token.display() + "\", near: \"" + near + "\"");
    }

    DynamoDbException invalid(String message) {
        return DynamoDbException.validation("Invalid " + kind + ": " + message);
    }

    boolean atPathStart() {
        Token t = peek();
        return t.is(Token.Kind.NAME_PLACEHOLDER) || (t.is(Token.Kind.NAME) && !peek(1).is(Token.Kind.LPAREN));
    }

    /** {@code name ( '.' name | '[' digits ']' )*}, names resolved through the context. */
    Path path() {
        List<Path.Element> elements = new ArrayList<>();
        elements.add(new Path.Field(attributeName()));
        topLevelNames.add(((Path.Field) elements.getFirst()).name());
        while (true) {
            if (accept(Token.Kind.DOT)) {
                elements.add(new Path.Field(attributeName()));
            } else if (peek().is(Token.Kind.LBRACKET)) {
                next();
                Token number = expect(Token.Kind.NUMBER);
                int index;
                try {
                    index = Integer.parseInt(number.text());
                } catch (NumberFormatException e) {
                    throw invalid("List index is out of range; index: " + number.text());
                }
                expect(Token.Kind.RBRACKET);
                elements.add(new Path.Index(index));
            } else {
                return new Path(elements);
            }
        }
    }

    private String attributeName() {
        Token token = peek();
        if (token.is(Token.Kind.NAME_PLACEHOLDER)) {
            next();
            return context.name(token.text(), kind);
        }
        if (!token.is(Token.Kind.NAME)) {
            throw syntaxError();
        }
        if (ReservedWords.contains(token.text())) {
            throw invalid("Attribute name is a reserved keyword; reserved keyword: " + token.text());
        }
        next();
        return token.text();
    }

    Value value(Token placeholder) {
        return context.value(placeholder.text(), kind);
    }
}
