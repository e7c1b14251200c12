package dev.helmshift.template.parse;

import dev.helmshift.template.GoStrings;

/**
 * One lexed token.
 *
 * @param pos  char offset of its start in the template text
 * @param line 1-based line of its start
 */
record Token(TokenType type, int pos, String val, int line) {

    /** How Go's parser names a token in {@code unexpected X in Y} messages. */
    @Override
    public String toString() {
        if (type == TokenType.EOF) {
            return "EOF";
        }
        if (type == TokenType.ERROR) {
            return val;
        }
        if (type.isKeyword()) {
            return "<" + val + ">";
        }
        if (val.codePointCount(0, val.length()) > 10) {
            return GoStrings.quoteTruncated(val, 10) + "...";
        }
        return GoStrings.quote(val);
    }
}
