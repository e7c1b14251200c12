package dev.helmshift.template.parse;

import java.util.Map;

/**
 * Go's template lexer, pull-based: {@link #next()} returns the next token. It follows text/template/parse/lex.go of
 * current Go (newlines allowed inside actions, trim markers, comments, break/continue keywords, number syntax with
 * base prefixes and underscores). After an error token it returns EOF forever.
 */
final class Lexer {
    private static final String LEFT = "{{";
    private static final String RIGHT = "}}";
    private static final String LEFT_COMMENT = "/*";
    private static final String RIGHT_COMMENT = "*/";
    private static final Map<String, TokenType> KEYWORDS = Map.ofEntries(
            Map.entry(".", TokenType.DOT), Map.entry("block", TokenType.BLOCK), Map.entry("break", TokenType.BREAK),
            Map.entry("continue", TokenType.CONTINUE), Map.entry("define", TokenType.DEFINE),
            Map.entry("else", TokenType.ELSE), Map.entry("end", TokenType.END), Map.entry("if", TokenType.IF),
            Map.entry("range", TokenType.RANGE), Map.entry("nil", TokenType.NIL),
            Map.entry("template", TokenType.TEMPLATE), Map.entry("with", TokenType.WITH));

    private enum State { TEXT, LEFT_DELIM, INSIDE, RIGHT_DELIM, DONE }

    private final String input;
    private final boolean breakOk;
    private final boolean continueOk;
    private int pos;
    private int start;
    private int parenDepth;
    private State state = State.TEXT;
    private Token pending;
    // line bookkeeping: the line of 'lineAt' is 'lineNo'; advanced lazily as tokens move forward.
    private int lineAt;
    private int lineNo = 1;

    Lexer(String input, boolean breakOk, boolean continueOk) {
        this.input = input;
        this.breakOk = breakOk;
        this.continueOk = continueOk;
    }

    private int lineOf(int offset) {
        if (offset < lineAt) {
            lineAt = 0;
            lineNo = 1;
        }
        for (int i = lineAt; i < offset; i++) {
            if (input.charAt(i) == '\n') {
                lineNo++;
            }
        }
        lineAt = offset;
        return lineNo;
    }

    Token next() {
        while (pending == null) {
            switch (state) {
                case TEXT -> lexText();
                case LEFT_DELIM -> lexLeftDelim();
                case INSIDE -> lexInsideAction();
                case RIGHT_DELIM -> lexRightDelim();
                case DONE -> pending = new Token(TokenType.EOF, pos, "", lineOf(Math.min(pos, input.length())));
            }
        }
        Token t = pending;
        pending = null;
        return t;
    }

    private void emit(TokenType type) {
        pending = new Token(type, start, input.substring(start, pos), lineOf(start));
        start = pos;
    }

    private void error(String message) {
        pending = new Token(TokenType.ERROR, start, message, lineOf(start));
        state = State.DONE;
        start = pos = input.length();
    }

    private int peekChar() {
        return pos < input.length() ? input.codePointAt(pos) : -1;
    }

    private int nextChar() {
        if (pos >= input.length()) {
            return -1;
        }
        int r = input.codePointAt(pos);
        pos += Character.charCount(r);
        return r;
    }

    private static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    private static boolean isAlphaNumeric(int r) {
        return r == '_' || (r >= 0 && (Character.isLetter(r) || Character.isDigit(r)));
    }

    private boolean hasLeftTrimMarker(int at) {
        return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
    }

    private boolean hasRightTrimMarker(int at) {
        return at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
    }

    private void lexText() {
        int x = input.indexOf(LEFT, pos);
        if (x >= 0) {
            pos = x;
            int trim = 0;
            if (hasLeftTrimMarker(x + LEFT.length())) {
                int end = x;
                while (end > start && isSpace(input.charAt(end - 1))) {
                    end--;
                }
                trim = x - end;
            }
            pos -= trim;
            state = State.LEFT_DELIM;
            if (pos > start) {
                emit(TokenType.TEXT);
            }
            pos += trim;
            start = pos;
            return;
        }
        pos = input.length();
        if (pos > start) {
            emit(TokenType.TEXT);
            state = State.DONE;
            return;
        }
        state = State.DONE;
    }

    /** Reports whether the right delimiter, possibly preceded by a trim marker, starts at pos: 0 no, 1 yes, 2 with trim. */
    private int atRightDelim() {
        if (input.startsWith(RIGHT, pos)) {
            return 1;
        }
        if (hasRightTrimMarker(pos) && input.startsWith(RIGHT, pos + 2)) {
            return 2;
        }
        return 0;
    }

    private void lexLeftDelim() {
        pos += LEFT.length();
        boolean trimSpace = hasLeftTrimMarker(pos);
        int afterMarker = trimSpace ? 2 : 0;
        if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
            pos += afterMarker;
            start = pos;
            lexComment();
            return;
        }
        state = State.INSIDE;
        emit(TokenType.LEFT_DELIM);
        pos += afterMarker;
        start = pos;
        parenDepth = 0;
    }

    private void lexComment() {
        pos += LEFT_COMMENT.length();
        int i = input.indexOf(RIGHT_COMMENT, pos);
        if (i < 0) {
            error("unclosed comment");
            return;
        }
        pos = i + RIGHT_COMMENT.length();
        int delim = atRightDelim();
        if (delim == 0) {
            error("comment ends before closing delimiter");
            return;
        }
        if (delim == 2) {
            pos += 2;
        }
        pos += RIGHT.length();
        if (delim == 2) {
            while (pos < input.length() && isSpace(input.charAt(pos))) {
                pos++;
            }
        }
        start = pos;
        state = State.TEXT;
    }

    private void lexRightDelim() {
        boolean trimSpace = hasRightTrimMarker(pos);
        if (trimSpace) {
            pos += 2;
            start = pos;
        }
        pos += RIGHT.length();
        state = State.TEXT;
        emit(TokenType.RIGHT_DELIM);
        if (trimSpace) {
            while (pos < input.length() && isSpace(input.charAt(pos))) {
                pos++;
            }
            start = pos;
        }
    }

    private void lexInsideAction() {
        int delim = atRightDelim();
        if (delim != 0) {
            if (parenDepth == 0) {
                state = State.RIGHT_DELIM;
                return;
            }
            error("unclosed left paren");
            return;
        }
        int r = nextChar();
        if (r == -1) {
            error("unclosed action");
            return;
        }
        if (isSpace(r)) {
            pos -= 1;
            lexSpace();
            return;
        }
        switch (r) {
            case '=' -> emit(TokenType.ASSIGN);
            case ':' -> {
                if (nextChar() != '=') {
                    error("expected :=");
                    return;
                }
                emit(TokenType.DECLARE);
            }
            case '|' -> emit(TokenType.PIPE);
            case '"' -> lexQuote();
            case '`' -> lexRawQuote();
            case '$' -> lexVariable();
            case '\'' -> lexChar();
            case '(' -> {
                emit(TokenType.LEFT_PAREN);
                parenDepth++;
            }
            case ')' -> {
                parenDepth--;
                if (parenDepth < 0) {
                    error("unexpected right paren");
                    return;
                }
                emit(TokenType.RIGHT_PAREN);
            }
            default -> {
                if (r == '.') {
                    if (pos < input.length()) {
                        char c = input.charAt(pos);
                        if (c < '0' || c > '9') {
                            lexFieldOrVariable(TokenType.FIELD);
                            return;
                        }
                    }
                    pos -= 1;
                    lexNumber();
                } else if (r == '+' || r == '-' || (r >= '0' && r <= '9')) {
                    pos -= 1;
                    lexNumber();
                } else if (isAlphaNumeric(r)) {
                    pos -= Character.charCount(r);
                    lexIdentifier();
                } else if (r < 0x80 && r >= 0x20 && r < 0x7f) {
                    emit(TokenType.CHAR);
                } else {
                    error("unrecognized character in action: " + unicodeName(r));
                }
            }
        }
    }

    private void lexSpace() {
        int numSpaces = 0;
        while (pos < input.length() && isSpace(input.charAt(pos))) {
            pos++;
            numSpaces++;
        }
        // A trim-marked closing delimiter: " -}}" belongs to the delimiter, not to this space run.
        if (hasRightTrimMarker(pos - 1) && input.startsWith(RIGHT, pos + 1)) {
            pos--;
            if (numSpaces == 1) {
                state = State.RIGHT_DELIM;
                return;
            }
        }
        emit(TokenType.SPACE);
    }

    private void lexIdentifier() {
        while (true) {
            int r = peekChar();
            if (isAlphaNumeric(r)) {
                pos += Character.charCount(r);
                continue;
            }
            String word = input.substring(start, pos);
            if (!atTerminator()) {
                nextChar();
                error("bad character " + unicodeName(r));
                return;
            }
            TokenType keyword = KEYWORDS.get(word);
            if (keyword != null && keyword.isKeyword()) {
                if ((keyword == TokenType.BREAK && !breakOk) || (keyword == TokenType.CONTINUE && !continueOk)) {
                    emit(TokenType.IDENTIFIER);
                } else {
                    emit(keyword);
                }
            } else if (word.charAt(0) == '.') {
                emit(TokenType.FIELD);
            } else if (word.equals("true") || word.equals("false")) {
                emit(TokenType.BOOL);
            } else {
                emit(TokenType.IDENTIFIER);
            }
            return;
        }
    }

    private void lexVariable() {
        if (atTerminator()) {
            emit(TokenType.VARIABLE);
            return;
        }
        lexFieldOrVariable(TokenType.VARIABLE);
    }

    private void lexFieldOrVariable(TokenType type) {
        if (atTerminator()) {
            emit(type == TokenType.VARIABLE ? TokenType.VARIABLE : TokenType.DOT);
            return;
        }
        int r;
        while (true) {
            r = peekChar();
            if (!isAlphaNumeric(r)) {
                break;
            }
            pos += Character.charCount(r);
        }
        if (!atTerminator()) {
            nextChar();
            error("bad character " + unicodeName(r));
            return;
        }
        emit(type);
    }

    private boolean atTerminator() {
        int r = peekChar();
        if (r == -1 || isSpace(r)) {
            return true;
        }
        switch (r) {
            case '.', ',', '|', ':', ')', '(':
                return true;
            default:
                return r == '}';
        }
    }

    private void lexChar() {
        lexEscapedUntil('\'', TokenType.CHAR_CONSTANT, "unterminated character constant");
    }

    /** A quoted literal that may hold backslash escapes but no newline: Go's lexChar and lexQuote share this. */
    private void lexEscapedUntil(char close, TokenType type, String unterminated) {
        while (true) {
            int r = nextChar();
            if (r == '\\') {
                int e = nextChar();
                if (e != -1 && e != '\n') {
                    continue;
                }
                error(unterminated);
                return;
            }
            if (r == -1 || r == '\n') {
                error(unterminated);
                return;
            }
            if (r == close) {
                break;
            }
        }
        emit(type);
    }

    private void lexNumber() {
        if (!scanNumber()) {
            error("bad number syntax: " + dev.helmshift.template.GoStrings.quote(input.substring(start, pos)));
            return;
        }
        int sign = peekChar();
        if (sign == '+' || sign == '-') {
            if (!scanNumber() || input.charAt(pos - 1) != 'i') {
                error("bad number syntax: " + dev.helmshift.template.GoStrings.quote(input.substring(start, pos)));
                return;
            }
            emit(TokenType.COMPLEX);
        } else {
            emit(TokenType.NUMBER);
        }
    }

    private boolean accept(String valid) {
        int r = peekChar();
        if (r != -1 && valid.indexOf(r) >= 0) {
            pos += Character.charCount(r);
            return true;
        }
        return false;
    }

    private void acceptRun(String valid) {
        while (accept(valid)) {
            // absorb
        }
    }

    private boolean scanNumber() {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (digits.length() == 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (isAlphaNumeric(peekChar())) {
            nextChar();
            return false;
        }
        return true;
    }

    private void lexQuote() {
        lexEscapedUntil('"', TokenType.STRING, "unterminated quoted string");
    }

    private void lexRawQuote() {
        int end = input.indexOf('`', pos);
        if (end < 0) {
            error("unterminated raw quoted string");
            return;
        }
        pos = end + 1;
        emit(TokenType.RAW_STRING);
    }

    /** Go's {@code %#U}: {@code U+0041 'A'}; a byte that is not UTF-8 reaches Go's lexer as U+FFFD. */
    static String unicodeName(int r) {
        if (r >= 0xD800 && r <= 0xDFFF) {
            r = 0xFFFD;
        }
        String hex = Integer.toHexString(r).toUpperCase();
        StringBuilder b = new StringBuilder("U+");
        for (int i = hex.length(); i < 4; i++) {
            b.append('0');
        }
        b.append(hex);
        if (dev.helmshift.template.GoStrings.isPrint(r)) {
            b.append(" '").appendCodePoint(r).append('\'');
        }
        return b.toString();
    }
}
