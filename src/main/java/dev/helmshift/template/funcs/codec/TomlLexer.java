package dev.helmshift.template.funcs.codec;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.value.GoStrconv;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The TOML lexer of BurntSushi/toml v1.6.0 (TOML 1.1: {@code \e} and {@code \x} escapes, newlines and a trailing
 * comma in inline tables): a state machine with a stack of states that hands items to {@link TomlParser} one at a
 * time. Its error texts and the line each error is reported on are BurntSushi's, since Helm's fromToml shows them
 * ({@code toml: line 1: expected '.' or '=', but got '\n' instead}).
 */
final class TomlLexer {

    enum Type {
        ERROR, EOF, TEXT, STRING, STRING_ESC, RAW_STRING, MULTILINE_STRING, RAW_MULTILINE_STRING, BOOL, INTEGER,
        FLOAT, DATETIME, ARRAY, ARRAY_END, TABLE_START, TABLE_END, ARRAY_TABLE_START, ARRAY_TABLE_END, KEY_START,
        KEY_END, COMMENT_START, INLINE_TABLE_START, INLINE_TABLE_END
    }

    /** A lexed item: its type, text (or error message) and the line it starts on. */
    record Item(Type type, String value, int line) {
    }

    private interface State {
        State run();
    }

    /** Unwinds the current state once an error item is queued: the parser never reads past an error. */
    private static final class Halt extends RuntimeException {
        Halt() {
            super(null, null, false, false);
        }
    }

    private static final int EOF = 0;
    private static final int RUNE_ERROR = 0xFFFD;

    private final String input;
    private int start;
    private int pos;
    private int line = 1;
    private State state = this::lexTop;
    private final Deque<Item> items = new ArrayDeque<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private boolean esc;
    private final int[] prevWidths = new int[4];
    private int nprev;
    private boolean atEof;

    TomlLexer(String input) {
        this.input = input;
    }

    Item nextItem() {
        while (items.isEmpty()) {
            try {
                state = state.run();
            } catch (Halt halt) {
                state = () -> null;
            }
        }
        return items.poll();
    }

    private void push(State s) {
        stack.push(s);
    }

    private State pop() {
        return stack.pop();
    }

    private String current() {
        return input.substring(start, pos);
    }

    private void emit(Type type) {
        items.add(new Item(type, current(), line));
        start = pos;
    }

    private void emitTrim(Type type) {
        items.add(new Item(type, current().strip(), line));
        start = pos;
    }

    private int next() {
        if (atEof) {
            throw new IllegalStateException("BUG in lexer: next called after EOF");
        }
        if (pos >= input.length()) {
            atEof = true;
            return EOF;
        }
        if (input.charAt(pos) == '\n') {
            line++;
        }
        prevWidths[3] = prevWidths[2];
        prevWidths[2] = prevWidths[1];
        prevWidths[1] = prevWidths[0];
        if (nprev < 4) {
            nprev++;
        }
        int r = input.codePointAt(pos);
        if (r <= 0xFFFF && GoBytes.isRawByte((char) r)) {
            queueError(line, "invalid UTF-8 byte: 0x" + String.format("%02x", GoBytes.rawByteValue((char) r)));
        }
        if (isControl(r) || r == '\r' && (input.length() - 1 == pos || input.charAt(pos + 1) != '\n')) {
            queueError(line, "TOML files cannot contain control characters: '0x" + String.format("%02x", r) + "'");
        }
        prevWidths[0] = Character.charCount(r);
        pos += prevWidths[0];
        return r;
    }

    private void ignore() {
        start = pos;
    }

    private void backup() {
        if (atEof) {
            atEof = false;
            return;
        }
        if (nprev < 1) {
            throw new IllegalStateException("BUG in lexer: backed up too far");
        }
        int w = prevWidths[0];
        prevWidths[0] = prevWidths[1];
        prevWidths[1] = prevWidths[2];
        prevWidths[2] = prevWidths[3];
        nprev--;
        pos -= w;
        if (pos < input.length() && input.charAt(pos) == '\n') {
            line--;
        }
    }

    private boolean accept(int valid) {
        if (next() == valid) {
            return true;
        }
        backup();
        return false;
    }

    private int peek() {
        int r = next();
        backup();
        return r;
    }

    private void skip(java.util.function.IntPredicate predicate) {
        while (true) {
            int r = next();
            if (predicate.test(r)) {
                continue;
            }
            backup();
            ignore();
            return;
        }
    }

    private void queueError(int errorLine, String message) {
        items.add(new Item(Type.ERROR, message, errorLine));
        throw new Halt();
    }

    /** Go's lx.error: at EOF the error is put on the line before. */
    private State error(String message) {
        queueError(atEof ? line - 1 : line, message);
        return null;
    }

    private State errorPrevLine(String message) {
        queueError(line - 1, message);
        return null;
    }

    private State errorf(String message) {
        if (atEof) {
            queueError(pos >= 1 && input.charAt(pos - 1) == '\n' ? line - 1 : line, message);
        }
        queueError(line, message);
        return null;
    }

    private static String q(int r) {
        return GoStrconv.quoteRune(r);
    }

    private State lexTop() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            return skipTo(this::lexTop);
        }
        switch (r) {
            case '#':
                push(this::lexTop);
                return this::lexCommentStart;
            case '[':
                return this::lexTableStart;
            case EOF:
                if (pos > start) {
                    return errorf("unexpected EOF");
                }
                emit(Type.EOF);
                return null;
            default:
                break;
        }
        backup();
        push(this::lexTopEnd);
        return this::lexKeyStart;
    }

    private State lexTopEnd() {
        int r = next();
        if (r == '#') {
            push(this::lexTop);
            return this::lexCommentStart;
        }
        if (isWhitespace(r)) {
            return this::lexTopEnd;
        }
        if (isNL(r)) {
            ignore();
            return this::lexTop;
        }
        if (r == EOF) {
            emit(Type.EOF);
            return null;
        }
        return errorf("expected a top-level item to end with a newline, comment, or EOF, but got " + q(r)
                + " instead");
    }

    private State lexTableStart() {
        if (peek() == '[') {
            next();
            emit(Type.ARRAY_TABLE_START);
            push(this::lexArrayTableEnd);
        } else {
            emit(Type.TABLE_START);
            push(this::lexTableEnd);
        }
        return this::lexTableNameStart;
    }

    private State lexTableEnd() {
        emit(Type.TABLE_END);
        return this::lexTopEnd;
    }

    private State lexArrayTableEnd() {
        int r = next();
        if (r != ']') {
            return errorf("expected end of table array name delimiter ']', but got " + q(r) + " instead");
        }
        emit(Type.ARRAY_TABLE_END);
        return this::lexTopEnd;
    }

    private State lexTableNameStart() {
        skip(TomlLexer::isWhitespace);
        int r = peek();
        if (r == ']' || r == EOF) {
            return errorf("unexpected end of table name (table names cannot be empty)");
        }
        if (r == '.') {
            return errorf("unexpected table separator (table names cannot be empty)");
        }
        if (r == '"' || r == '\'') {
            ignore();
            push(this::lexTableNameEnd);
            return this::lexQuotedName;
        }
        push(this::lexTableNameEnd);
        return this::lexBareName;
    }

    private State lexTableNameEnd() {
        skip(TomlLexer::isWhitespace);
        int r = next();
        if (r == '.') {
            ignore();
            return this::lexTableNameStart;
        }
        if (r == ']') {
            return pop();
        }
        return errorf("expected '.' or ']' to end table name, but got " + q(r) + " instead");
    }

    private State lexBareName() {
        int r = next();
        if (isBareKeyChar(r)) {
            return this::lexBareName;
        }
        backup();
        emit(Type.TEXT);
        return pop();
    }

    private State lexQuotedName() {
        int r = next();
        if (r == '"') {
            ignore();
            return this::lexString;
        }
        if (r == '\'') {
            ignore();
            return this::lexRawString;
        }
        if (isWhitespace(r)) {
            return skipTo(this::lexValue);
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected value");
        }
        return errorf("expected value but found " + q(r) + " instead");
    }

    private State lexKeyStart() {
        skip(TomlLexer::isWhitespace);
        int r = peek();
        if (r == '=' || r == EOF) {
            return errorf("unexpected '=': key name appears blank");
        }
        if (r == '.') {
            return errorf("unexpected '.': keys cannot start with a '.'");
        }
        if (r == '"' || r == '\'') {
            ignore();
        }
        emit(Type.KEY_START);
        return this::lexKeyNameStart;
    }

    private State lexKeyNameStart() {
        skip(TomlLexer::isWhitespace);
        int r = peek();
        if (r == '"' || r == '\'') {
            ignore();
            push(this::lexKeyEnd);
            return this::lexQuotedName;
        }
        if (r == '=' || r == EOF) {
            return errorf("unexpected '='");
        }
        if (r == '.') {
            return errorf("unexpected '.'");
        }
        push(this::lexKeyEnd);
        return this::lexBareName;
    }

    private State lexKeyEnd() {
        skip(TomlLexer::isWhitespace);
        int r = next();
        if (isWhitespace(r)) {
            return skipTo(this::lexKeyEnd);
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected key separator '='");
        }
        if (r == '.') {
            ignore();
            return this::lexKeyNameStart;
        }
        if (r == '=') {
            emit(Type.KEY_END);
            return skipTo(this::lexValue);
        }
        if (r == '\n') {
            return errorPrevLine("expected '.' or '=', but got " + q(r) + " instead");
        }
        return errorf("expected '.' or '=', but got " + q(r) + " instead");
    }

    private State lexValue() {
        int r = next();
        if (isWhitespace(r)) {
            return skipTo(this::lexValue);
        }
        if (isDigit(r)) {
            backup();
            return this::lexNumberOrDateStart;
        }
        switch (r) {
            case '[':
                ignore();
                emit(Type.ARRAY);
                return this::lexArrayValue;
            case '{':
                ignore();
                emit(Type.INLINE_TABLE_START);
                return this::lexInlineTableValue;
            case '"':
                if (accept('"')) {
                    if (accept('"')) {
                        ignore();
                        return this::lexMultilineString;
                    }
                    backup();
                }
                ignore();
                return this::lexString;
            case '\'':
                if (accept('\'')) {
                    if (accept('\'')) {
                        ignore();
                        return this::lexMultilineRawString;
                    }
                    backup();
                }
                ignore();
                return this::lexRawString;
            case '.':
                return errorf("floats must start with a digit, not '.'");
            case 'i', 'n':
                if (accept('n') && accept('f') || accept('a') && accept('n')) {
                    emit(Type.FLOAT);
                    return pop();
                }
                break;
            case '-', '+':
                return this::lexDecimalNumberStart;
            default:
                break;
        }
        if (Character.isLetter(r)) {
            backup();
            return this::lexBool;
        }
        if (r == EOF) {
            return errorf("unexpected EOF; expected value");
        }
        if (r == '\n') {
            return errorPrevLine("expected value but found " + q(r) + " instead");
        }
        return errorf("expected value but found " + q(r) + " instead");
    }

    private State lexArrayValue() {
        return collectionItem(this::lexArrayValue, ']', this::lexArrayEnd, this::lexValue, this::lexArrayValueEnd);
    }

    /**
     * One item of an array or inline table, after its opening bracket or a comma: blanks, newlines and comments are
     * skipped, a comma is an error, the closing bracket ends it, anything else starts an item.
     */
    private State collectionItem(State self, int close, State closeState, State item, State itemEnd) {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            return skipTo(self);
        }
        if (r == '#') {
            push(self);
            return this::lexCommentStart;
        }
        if (r == ',') {
            return errorf("unexpected comma");
        }
        if (r == close) {
            return closeState;
        }
        backup();
        push(itemEnd);
        return item;
    }

    private State lexArrayValueEnd() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            return skipTo(this::lexArrayValueEnd);
        }
        if (r == '#') {
            push(this::lexArrayValueEnd);
            return this::lexCommentStart;
        }
        if (r == ',') {
            ignore();
            return this::lexArrayValue;
        }
        if (r == ']') {
            return this::lexArrayEnd;
        }
        return errorf("expected a comma (',') or array terminator (']'), but got " + runeOrEof(r));
    }

    private State lexArrayEnd() {
        ignore();
        emit(Type.ARRAY_END);
        return pop();
    }

    private State lexInlineTableValue() {
        return collectionItem(this::lexInlineTableValue, '}', this::lexInlineTableEnd, this::lexKeyStart,
                this::lexInlineTableValueEnd);
    }

    private State lexInlineTableValueEnd() {
        int r = next();
        if (isWhitespace(r) || isNL(r)) {
            return skipTo(this::lexInlineTableValueEnd);
        }
        if (r == '#') {
            push(this::lexInlineTableValueEnd);
            return this::lexCommentStart;
        }
        if (r == ',') {
            ignore();
            skip(TomlLexer::isWhitespace);
            if (peek() == '}') {
                return this::lexInlineTableValueEnd;
            }
            return this::lexInlineTableValue;
        }
        if (r == '}') {
            return this::lexInlineTableEnd;
        }
        return errorf("expected a comma or an inline table terminator '}', but got " + runeOrEof(r) + " instead");
    }

    private static String runeOrEof(int r) {
        return r == EOF ? "end of file" : "'" + new String(Character.toChars(r)) + "'";
    }

    private State lexInlineTableEnd() {
        ignore();
        emit(Type.INLINE_TABLE_END);
        return pop();
    }

    private State lexString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected '\"'");
        }
        if (isNL(r)) {
            return errorPrevLine("strings cannot contain newlines");
        }
        if (r == '\\') {
            push(this::lexString);
            return this::lexStringEscape;
        }
        if (r == '"') {
            backup();
            if (esc) {
                esc = false;
                emit(Type.STRING_ESC);
            } else {
                emit(Type.STRING);
            }
            next();
            ignore();
            return pop();
        }
        return this::lexString;
    }

    private State lexMultilineString() {
        return switch (next()) {
            case EOF -> errorf("unexpected EOF; expected '\"\"\"'");
            case '\\' -> this::lexMultilineStringEscape;
            case '"' -> multilineQuote('"', this::lexMultilineString, Type.MULTILINE_STRING);
            default -> this::lexMultilineString;
        };
    }

    /**
     * After a quote in a multiline string: the closing triple quote, or more text. Up to two quotes right before the
     * closing three belong to the text ({@code """a"""""}); a sixth is an error (unless, in a basic string, the
     * first of them was escaped).
     */
    private State multilineQuote(char quote, State self, Type type) {
        if (accept(quote)) {
            if (accept(quote)) {
                if (peek() == quote) {
                    String five = String.valueOf(quote).repeat(5);
                    boolean escaped = type == Type.MULTILINE_STRING && current().endsWith("\\" + five);
                    if (current().endsWith(five) && !escaped) {
                        return errorf(quote == '"' ? "unexpected '\"\"\"\"\"\"'" : "unexpected \"''''''\"");
                    }
                    backup();
                    backup();
                    return self;
                }
                backup();
                backup();
                backup();
                esc = false;
                emit(type);
                next();
                next();
                next();
                ignore();
                return pop();
            }
            backup();
        }
        return self;
    }

    private State lexRawString() {
        int r = next();
        if (r == EOF) {
            return errorf("unexpected EOF; expected \"'\"");
        }
        if (isNL(r)) {
            return errorPrevLine("strings cannot contain newlines");
        }
        if (r == '\'') {
            backup();
            emit(Type.RAW_STRING);
            next();
            ignore();
            return pop();
        }
        return this::lexRawString;
    }

    private State lexMultilineRawString() {
        return switch (next()) {
            case EOF -> errorf("unexpected EOF; expected \"'''\"");
            case '\'' -> multilineQuote('\'', this::lexMultilineRawString, Type.RAW_MULTILINE_STRING);
            default -> this::lexMultilineRawString;
        };
    }

    private State lexMultilineStringEscape() {
        if (isNL(next())) {
            return this::lexMultilineString;
        }
        backup();
        push(this::lexMultilineString);
        return lexStringEscape();
    }

    private State lexStringEscape() {
        esc = true;
        int r = next();
        switch (r) {
            case 'e', 'b', 't', 'n', 'f', 'r', '"', ' ', '\t', '\\':
                return pop();
            case 'x':
                return hexEscape(2, "two", "\\x");
            case 'u':
                return hexEscape(4, "four", "\\u");
            case 'U':
                return hexEscape(8, "eight", "\\U");
            default:
                return error("invalid escape in string '\\" + new String(Character.toChars(r)) + "'");
        }
    }

    private State hexEscape(int digits, String count, String escape) {
        for (int i = 0; i < digits; i++) {
            int r = next();
            if (!isHex(r)) {
                return errorf("expected " + count + " hexadecimal digits after '" + escape + "', but got "
                        + GoStrconv.quote(current()) + " instead");
            }
        }
        return pop();
    }

    private State lexNumberOrDateStart() {
        if (next() == '0') {
            return this::lexBaseNumberOrDate;
        }
        return this::lexNumberOrDate;
    }

    private State lexNumberOrDate() {
        int r = next();
        if (isDigit(r)) {
            return this::lexNumberOrDate;
        }
        switch (r) {
            case '-', ':':
                return this::lexDatetime;
            case '_':
                return this::lexDecimalNumber;
            case '.', 'e', 'E':
                return this::lexFloat;
            default:
                break;
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State lexDatetime() {
        int r = next();
        if (isDigit(r)) {
            return this::lexDatetime;
        }
        switch (r) {
            case '-', ':', 'T', 't', ' ', '.', 'Z', 'z', '+':
                return this::lexDatetime;
            default:
                break;
        }
        backup();
        emitTrim(Type.DATETIME);
        return pop();
    }

    private State lexBaseInteger(java.util.function.IntPredicate digit) {
        int r = next();
        if (digit.test(r) || r == '_') {
            return () -> lexBaseInteger(digit);
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State lexDecimalNumber() {
        int r = next();
        if (isDigit(r)) {
            return this::lexDecimalNumber;
        }
        switch (r) {
            case '.', 'e', 'E':
                return this::lexFloat;
            case '_':
                return this::lexDecimalNumber;
            default:
                break;
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State lexDecimalNumberStart() {
        int r = next();
        switch (r) {
            case 'i':
                if (!accept('n') || !accept('f')) {
                    return errorf("invalid float: '" + current() + "'");
                }
                emit(Type.FLOAT);
                return pop();
            case 'n':
                if (!accept('a') || !accept('n')) {
                    return errorf("invalid float: '" + current() + "'");
                }
                emit(Type.FLOAT);
                return pop();
            case '0':
                int p = peek();
                if (p == 'b' || p == 'o' || p == 'x') {
                    return errorf("cannot use sign with non-decimal numbers: '" + current() + (char) p + "'");
                }
                break;
            case '.':
                return errorf("floats must start with a digit, not '.'");
            default:
                break;
        }
        if (isDigit(r)) {
            return this::lexDecimalNumber;
        }
        return errorf("expected a digit but got " + q(r));
    }

    private State lexBaseNumberOrDate() {
        int r = next();
        if (isDigit(r)) {
            return this::lexNumberOrDate;
        }
        switch (r) {
            case '_':
                return this::lexDecimalNumber;
            case '.', 'e', 'E':
                return this::lexFloat;
            case 'b':
                return baseInteger(TomlLexer::isBinary, "not a binary number");
            case 'o':
                return baseInteger(TomlLexer::isOctal, "not an octal number");
            case 'x':
                return baseInteger(TomlLexer::isHex, "not a hexadecimal number");
            default:
                break;
        }
        backup();
        emit(Type.INTEGER);
        return pop();
    }

    private State baseInteger(java.util.function.IntPredicate digit, String error) {
        int r = peek();
        if (!digit.test(r)) {
            return errorf(error + ": '" + current() + new String(Character.toChars(r)) + "'");
        }
        return () -> lexBaseInteger(digit);
    }

    private State lexFloat() {
        int r = next();
        if (isDigit(r)) {
            return this::lexFloat;
        }
        switch (r) {
            case '_', '.', '-', '+', 'e', 'E':
                return this::lexFloat;
            default:
                break;
        }
        backup();
        emit(Type.FLOAT);
        return pop();
    }

    private State lexBool() {
        StringBuilder word = new StringBuilder();
        while (true) {
            int r = next();
            if (!Character.isLetter(r)) {
                backup();
                break;
            }
            word.appendCodePoint(r);
        }
        String s = word.toString();
        if (s.equals("true") || s.equals("false")) {
            emit(Type.BOOL);
            return pop();
        }
        return errorf("expected value but found " + GoStrconv.quote(s) + " instead");
    }

    private State lexCommentStart() {
        ignore();
        emit(Type.COMMENT_START);
        return this::lexComment;
    }

    private State lexComment() {
        int r = next();
        if (isNL(r) || r == EOF) {
            backup();
            emit(Type.TEXT);
            return pop();
        }
        return this::lexComment;
    }

    private State skipTo(State nextState) {
        ignore();
        return nextState;
    }

    static boolean isWhitespace(int r) {
        return r == '\t' || r == ' ';
    }

    private static boolean isNL(int r) {
        return r == '\n' || r == '\r';
    }

    private static boolean isControl(int r) {
        if (r == '\t' || r == '\r' || r == '\n') {
            return false;
        }
        return r >= 0x00 && r <= 0x1F || r == 0x7F;
    }

    static boolean isDigit(int r) {
        return r >= '0' && r <= '9';
    }

    private static boolean isBinary(int r) {
        return r == '0' || r == '1';
    }

    private static boolean isOctal(int r) {
        return r >= '0' && r <= '7';
    }

    static boolean isHex(int r) {
        return r >= '0' && r <= '9' || (r | 0x20) >= 'a' && (r | 0x20) <= 'f';
    }

    static boolean isBareKeyChar(int r) {
        return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-';
    }
}
