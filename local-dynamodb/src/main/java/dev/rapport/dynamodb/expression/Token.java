package dev.rapport.dynamodb.expression;

/** One lexical token of an expression; {@code start}/{@code end} locate it in the text for error messages. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        NAME,
        NAME_PLACEHOLDER,
        VALUE_PLACEHOLDER,
        NUMBER,
        DOT,
        LBRACKET,
        RBRACKET,
        LPAREN,
        RPAREN,
        COMMA,
        EQ,
        NE,
        LT,
        LE,
        GT,
        GE,
        PLUS,
        MINUS,
        EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Keywords are case-insensitive names; function names are not keywords. */
    boolean isKeyword(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }

    /** How DynamoDB names a token in "Syntax error; token: ..." messages. */
    String display() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
