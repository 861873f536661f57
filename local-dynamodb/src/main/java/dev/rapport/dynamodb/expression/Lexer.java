package dev.rapport.dynamodb.expression;

import dev.rapport.dynamodb.DynamoDbException;
import java.util.ArrayList;
import java.util.List;

/** Splits expression text into tokens; whitespace separates tokens and is otherwise ignored. */
final class Lexer {

    private Lexer() {}

    static List<Token> tokenize(String text, String expressionKind) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isNameStart(c)) {
                i = nameEnd(text, i + 1);
                kind = Token.Kind.NAME;
            } else if (c == '#' || c == ':') {
                i = nameEnd(text, i + 1);
                if (i == start + 1) {
                    throw invalidCharacter(text, expressionKind, start);
                }
                kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
            } else if (Character.isDigit(c)) {
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                kind = switch (two) {
                    case "<>" -> Token.Kind.NE;
                    case "<=" -> Token.Kind.LE;
                    case ">=" -> Token.Kind.GE;
                    default -> null;
                };
                if (kind != null) {
                    i += 2;
                } else {
                    kind = single(c);
                    if (kind == null) {
                        throw invalidCharacter(text, expressionKind, start);
                    }
                    i++;
                }
            }
            tokens.add(new Token(kind, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Token.Kind.EOF, "", text.length(), text.length()));
        return tokens;
    }

    private static Token.Kind single(char c) {
        return switch (c) {
            case '.' -> Token.Kind.DOT;
            case '[' -> Token.Kind.LBRACKET;
            case ']' -> Token.Kind.RBRACKET;
            case '(' -> Token.Kind.LPAREN;
            case ')' -> Token.Kind.RPAREN;
            case ',' -> Token.Kind.COMMA;
            case '=' -> Token.Kind.EQ;
            case '<' -> Token.Kind.LT;
            case '>' -> Token.Kind.GT;
            case '+' -> Token.Kind.PLUS;
            case '-' -> Token.Kind.MINUS;
            default -> null;
        };
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static int nameEnd(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isNameStart(c) && !(c >= '0' && c <= '9')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static DynamoDbException invalidCharacter(String text, String expressionKind, int at) {
        String token = String.valueOf(text.charAt(at));
        return DynamoDbException.validation(
                "Invalid " + expressionKind + ": Syntax error; token: \"" + token + "\", near: \""
                        + text.substring(Math.max(0, at - 1), Math.min(text.length(), at + 2))
                                .strip() + "\"");
    }
}
