package dev.helmshift.goyaml;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.goyaml.Token.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * go-yaml v2's scanner (its port of libyaml's), rewritten for our character array: the same tokens, the same simple
 * key bookkeeping, the same tab rules and the same errors at the same marks, because Helm accepts and refuses YAML
 * by exactly these rules. Two of them SnakeYAML does not share: a TAB may follow {@code key:} or end a plain scalar,
 * and a TAB before a token is only refused where a simple key could start (block context, start of line or after
 * {@code - ? :}), as "found character that cannot start any token".
 */
final class YamlScanner {
    private static final int MAX_FLOW_LEVEL = 10_000;
    private static final int MAX_INDENTS = 10_000;

    private final YamlInput in;
    /** Characters decoded so far (go-yaml's buffer); reading past them refills from the input. */
    private int loaded;
    /**
     * The index at the start of go-yaml's decoded buffer. go-yaml skips a BOM at column 0 only when its buffer starts
     * with one (its is_bom looks at the buffer's first bytes, not at the current position), so a BOM inside the
     * stream is usually an ordinary character: {@code \uFEFFb: 2} on line 2 is the key "\uFEFFb", as in Helm.
     */
    private int bufferStart;
    private int pos;
    private int line;
    private int column;

    private final List<Token> tokens = new ArrayList<>();
    private int head;
    /** Tokens handed to the parser so far (go-yaml's tokens_parsed). */
    private int parsed;
    private boolean tokenAvailable;
    private boolean streamStartProduced;
    private boolean streamEndProduced;

    private int indent = -1;
    private final List<Integer> indents = new ArrayList<>();
    private int flowLevel;
    private boolean simpleKeyAllowed;
    private final List<SimpleKey> simpleKeys = new ArrayList<>();
    private final Map<Integer, Integer> simpleKeysByToken = new HashMap<>();

    // Scalars never nest, so one set of buffers serves them all (scalars are most of the work).
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder leadingBreak = new StringBuilder();
    private final StringBuilder trailingBreaks = new StringBuilder();
    private final StringBuilder whitespaces = new StringBuilder();

    private void resetBuffers() {
        text.setLength(0);
        leadingBreak.setLength(0);
        trailingBreaks.setLength(0);
        whitespaces.setLength(0);
    }

    private static final class SimpleKey {
        boolean possible;
        boolean required;
        int tokenNumber;
        Mark mark;
    }

    YamlScanner(YamlInput in) {
        this.in = in;
    }

    // ---- what the parser uses ----

    /** The next token without consuming it (go-yaml's peek_token). */
    Token peek() {
        if (!tokenAvailable) {
            fetchMoreTokens();
        }
        return tokens.get(head);
    }

    /** Consumes the peeked token (go-yaml's skip_token). */
    void skip() {
        tokenAvailable = false;
        parsed++;
        streamEndProduced = tokens.get(head).type == Type.STREAM_END;
        head++;
        if (head > 64 && head * 2 > tokens.size()) {
            tokens.subList(0, head).clear();
            head = 0;
        }
    }

    boolean streamEndProduced() {
        return streamEndProduced;
    }

    // ---- characters ----

    private int ch(int offset) {
        int index = pos + offset;
        return index < loaded ? in.get(index) : refillFor(index);
    }

    /** go-yaml's cache(n): make sure {@code n} characters from here are decoded. */
    private void ensure(int n) {
        if (pos + n > loaded) {
            refillFor(pos + n - 1);
        }
    }

    /** Decodes more input until {@code index} is available; go-yaml moves the unread rest to its buffer's start. */
    private int refillFor(int index) {
        while (index >= loaded) {
            in.refill();
            loaded = in.loaded();
            bufferStart = pos;
        }
        return in.get(index);
    }

    private Mark mark() {
        return new Mark(pos, line, column);
    }

    private void skipChar() {
        pos++;
        column++;
    }

    private void skipLine() {
        if (ch(0) == '\r' && ch(1) == '\n') {
            pos += 2;
            column = 0;
            line++;
        } else if (isBreak(ch(0))) {
            pos++;
            column = 0;
            line++;
        }
    }

    private void read(StringBuilder s) {
        s.appendCodePoint(ch(0));
        pos++;
        column++;
    }

    /** Reads one line break, normalized to LF except LS/PS, which are kept (go-yaml's read_line). */
    private void readLine(StringBuilder s) {
        int c = ch(0);
        if (c == '\r' && ch(1) == '\n') {
            s.append('\n');
            pos += 2;
        } else if (c == '\r' || c == '\n' || c == 0x85) {
            s.append('\n');
            pos++;
        } else if (c == 0x2028 || c == 0x2029) {
            s.appendCodePoint(c);
            pos++;
        } else {
            return;
        }
        column = 0;
        line++;
    }

    static boolean isAlpha(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    private static int hexValue(int c) {
        return c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0';
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBreakZ(int c) {
        return isBreak(c) || c == 0;
    }

    private static boolean isBlankZ(int c) {
        return isBlank(c) || isBreakZ(c);
    }

    private YamlSyntaxException error(String context, Mark contextMark, String problem) {
        return YamlSyntaxException.scanner(problem, mark(), contextMark);
    }

    // ---- the token queue ----

    private void fetchMoreTokens() {
        while (true) {
            if (head != tokens.size()) {
                Integer keyIndex = simpleKeysByToken.get(parsed);
                if (keyIndex == null || !simpleKeyIsValid(simpleKeys.get(keyIndex))) {
                    break;
                }
            }
            fetchNextToken();
        }
        tokenAvailable = true;
    }

    private void insert(int number, Token token) {
        if (number < 0) {
            tokens.add(token);
        } else {
            tokens.add(head + number, token);
        }
    }

    private void append(Token token) {
        tokens.add(token);
    }

    private void fetchNextToken() {
        ensure(1);
        if (!streamStartProduced) {
            fetchStreamStart();
            return;
        }
        scanToNextToken();
        unrollIndent(column);
        ensure(4);
        int c = ch(0);
        if (c == 0) {
            fetchStreamEnd();
            return;
        }
        if (column == 0 && c == '%') {
            fetchDirective();
            return;
        }
        if (column == 0 && c == '-' && ch(1) == '-' && ch(2) == '-' && isBlankZ(ch(3))) {
            fetchDocumentIndicator(Type.DOCUMENT_START);
            return;
        }
        if (column == 0 && c == '.' && ch(1) == '.' && ch(2) == '.' && isBlankZ(ch(3))) {
            fetchDocumentIndicator(Type.DOCUMENT_END);
            return;
        }
        switch (c) {
            case '[' -> fetchFlowCollectionStart(Type.FLOW_SEQUENCE_START);
            case '{' -> fetchFlowCollectionStart(Type.FLOW_MAPPING_START);
            case ']' -> fetchFlowCollectionEnd(Type.FLOW_SEQUENCE_END);
            case '}' -> fetchFlowCollectionEnd(Type.FLOW_MAPPING_END);
            case ',' -> fetchFlowEntry();
            default -> fetchOther(c);
        }
    }

    private void fetchOther(int c) {
        if (c == '-' && isBlankZ(ch(1))) {
            fetchBlockEntry();
        } else if (c == '?' && (flowLevel > 0 || isBlankZ(ch(1)))) {
            fetchKey();
        } else if (c == ':' && (flowLevel > 0 || isBlankZ(ch(1)))) {
            fetchValue();
        } else if (c == '*') {
            fetchAnchor(Type.ALIAS);
        } else if (c == '&') {
            fetchAnchor(Type.ANCHOR);
        } else if (c == '!') {
            fetchTag();
        } else if (c == '|' && flowLevel == 0) {
            fetchBlockScalar(true);
        } else if (c == '>' && flowLevel == 0) {
            fetchBlockScalar(false);
        } else if (c == '\'') {
            fetchFlowScalar(true);
        } else if (c == '"') {
            fetchFlowScalar(false);
        } else if (!(isBlankZ(c) || "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0)
                || c == '-' && !isBlank(ch(1))
                || flowLevel == 0 && (c == '?' || c == ':') && !isBlankZ(ch(1))) {
            fetchPlainScalar();
        } else {
            throw error("while scanning for the next token", mark(), "found character that cannot start any token");
        }
    }

    // ---- simple keys and indentation ----

    private boolean simpleKeyIsValid(SimpleKey key) {
        if (!key.possible) {
            return false;
        }
        if (key.mark.line() < line || key.mark.index() + 1024 < pos) {
            if (key.required) {
                throw error("while scanning a simple key", key.mark, "could not find expected ':'");
            }
            key.possible = false;
            return false;
        }
        return true;
    }

    private void saveSimpleKey() {
        boolean required = flowLevel == 0 && indent == column;
        if (simpleKeyAllowed) {
            SimpleKey key = new SimpleKey();
            key.possible = true;
            key.required = required;
            key.tokenNumber = parsed + (tokens.size() - head);
            key.mark = mark();
            removeSimpleKey();
            simpleKeys.set(simpleKeys.size() - 1, key);
            simpleKeysByToken.put(key.tokenNumber, simpleKeys.size() - 1);
        }
    }

    private void removeSimpleKey() {
        SimpleKey key = simpleKeys.get(simpleKeys.size() - 1);
        if (key.possible) {
            if (key.required) {
                throw error("while scanning a simple key", key.mark, "could not find expected ':'");
            }
            key.possible = false;
            simpleKeysByToken.remove(key.tokenNumber);
        }
    }

    private void increaseFlowLevel() {
        SimpleKey key = new SimpleKey();
        key.tokenNumber = parsed + (tokens.size() - head);
        key.mark = mark();
        simpleKeys.add(key);
        flowLevel++;
        if (flowLevel > MAX_FLOW_LEVEL) {
            throw error("while increasing flow level", key.mark, "exceeded max depth of " + MAX_FLOW_LEVEL);
        }
    }

    private void decreaseFlowLevel() {
        if (flowLevel > 0) {
            flowLevel--;
            SimpleKey last = simpleKeys.remove(simpleKeys.size() - 1);
            simpleKeysByToken.remove(last.tokenNumber);
        }
    }

    private void rollIndent(int col, int number, Type type, Mark at) {
        if (flowLevel > 0) {
            return;
        }
        if (indent < col) {
            indents.add(indent);
            indent = col;
            if (indents.size() > MAX_INDENTS) {
                throw error("while increasing indent level", simpleKeys.get(simpleKeys.size() - 1).mark,
                        "exceeded max depth of " + MAX_INDENTS);
            }
            insert(number > -1 ? number - parsed : -1, new Token(type, at, at));
        }
    }

    private void unrollIndent(int col) {
        if (flowLevel > 0) {
            return;
        }
        while (indent > col) {
            Mark here = mark();
            append(new Token(Type.BLOCK_END, here, here));
            indent = indents.remove(indents.size() - 1);
        }
    }

    // ---- fetchers ----

    private void fetchStreamStart() {
        indent = -1;
        simpleKeys.add(new SimpleKey());
        simpleKeyAllowed = true;
        streamStartProduced = true;
        Mark here = mark();
        append(new Token(Type.STREAM_START, here, here));
    }

    private void fetchStreamEnd() {
        if (column != 0) {
            column = 0;
            line++;
        }
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        Mark here = mark();
        append(new Token(Type.STREAM_END, here, here));
    }

    private void fetchDirective() {
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        append(scanDirective());
    }

    private void fetchDocumentIndicator(Type type) {
        unrollIndent(-1);
        removeSimpleKey();
        simpleKeyAllowed = false;
        Mark start = mark();
        skipChar();
        skipChar();
        skipChar();
        append(new Token(type, start, mark()));
    }

    /** A one-character indicator token at the current position. */
    private void indicator(Type type) {
        Mark start = mark();
        skipChar();
        append(new Token(type, start, mark()));
    }

    private void fetchFlowCollectionStart(Type type) {
        saveSimpleKey();
        increaseFlowLevel();
        simpleKeyAllowed = true;
        indicator(type);
    }

    private void fetchFlowCollectionEnd(Type type) {
        removeSimpleKey();
        decreaseFlowLevel();
        simpleKeyAllowed = false;
        indicator(type);
    }

    private void fetchFlowEntry() {
        removeSimpleKey();
        simpleKeyAllowed = true;
        indicator(Type.FLOW_ENTRY);
    }

    /** In block context, {@code - } and {@code ? } may only start where a simple key could, and open a collection. */
    private void blockCollectionEntry(Type collection, String refusal) {
        if (flowLevel == 0) {
            if (!simpleKeyAllowed) {
                throw error("", mark(), refusal);
            }
            rollIndent(column, -1, collection, mark());
        }
        removeSimpleKey();
    }

    private void fetchBlockEntry() {
        blockCollectionEntry(Type.BLOCK_SEQUENCE_START, "block sequence entries are not allowed in this context");
        simpleKeyAllowed = true;
        indicator(Type.BLOCK_ENTRY);
    }

    private void fetchKey() {
        blockCollectionEntry(Type.BLOCK_MAPPING_START, "mapping keys are not allowed in this context");
        simpleKeyAllowed = flowLevel == 0;
        indicator(Type.KEY);
    }

    private void fetchValue() {
        SimpleKey key = simpleKeys.get(simpleKeys.size() - 1);
        if (simpleKeyIsValid(key)) {
            insert(key.tokenNumber - parsed, new Token(Type.KEY, key.mark, key.mark));
            rollIndent(key.mark.column(), key.tokenNumber, Type.BLOCK_MAPPING_START, key.mark);
            key.possible = false;
            simpleKeysByToken.remove(key.tokenNumber);
            simpleKeyAllowed = false;
        } else {
            if (flowLevel == 0) {
                if (!simpleKeyAllowed) {
                    throw error("", mark(), "mapping values are not allowed in this context");
                }
                rollIndent(column, -1, Type.BLOCK_MAPPING_START, mark());
            }
            simpleKeyAllowed = flowLevel == 0;
        }
        indicator(Type.VALUE);
    }

    private void fetchAnchor(Type type) {
        saveSimpleKey();
        simpleKeyAllowed = false;
        append(scanAnchor(type));
    }

    private void fetchTag() {
        saveSimpleKey();
        simpleKeyAllowed = false;
        append(scanTag());
    }

    private void fetchBlockScalar(boolean literal) {
        removeSimpleKey();
        simpleKeyAllowed = true;
        append(scanBlockScalar(literal));
    }

    private void fetchFlowScalar(boolean single) {
        saveSimpleKey();
        simpleKeyAllowed = false;
        append(scanFlowScalar(single));
    }

    private void fetchPlainScalar() {
        saveSimpleKey();
        simpleKeyAllowed = false;
        append(scanPlainScalar());
    }

    /**
     * Skips spaces, comments and line breaks. A TAB is skipped only in flow context or where no simple key may start
     * (after a simple key's ':', inside a line after a scalar); elsewhere it is left to fail as a token.
     */
    private void scanToNextToken() {
        while (true) {
            if (column == 0 && ch(0) != 0 && in.get(bufferStart) == 0xFEFF) {
                skipChar();
            }
            while (ch(0) == ' ' || (flowLevel > 0 || !simpleKeyAllowed) && ch(0) == '\t') {
                skipChar();
            }
            if (ch(0) == '#') {
                while (!isBreakZ(ch(0))) {
                    skipChar();
                }
            }
            if (isBreak(ch(0))) {
                skipLine();
                if (flowLevel == 0) {
                    simpleKeyAllowed = true;
                }
            } else {
                break;
            }
        }
    }

    // ---- scanners ----

    private Token scanDirective() {
        Mark start = mark();
        skipChar();
        String name = scanDirectiveName(start);
        Token token;
        if (name.equals("YAML")) {
            while (isBlank(ch(0))) {
                skipChar();
            }
            int major = scanVersionNumber(start);
            if (ch(0) != '.') {
                throw error("while scanning a %YAML directive", start, "did not find expected digit or '.' character");
            }
            skipChar();
            int minor = scanVersionNumber(start);
            token = new Token(Type.VERSION_DIRECTIVE, start, mark());
            token.major = major;
            token.minor = minor;
        } else if (name.equals("TAG")) {
            while (isBlank(ch(0))) {
                skipChar();
            }
            String handle = scanTagHandle(true, start);
            if (!isBlank(ch(0))) {
                throw error("while scanning a %TAG directive", start, "did not find expected whitespace");
            }
            while (isBlank(ch(0))) {
                skipChar();
            }
            String prefix = scanTagUri(true, null, start);
            if (!isBlankZ(ch(0))) {
                throw error("while scanning a %TAG directive", start, "did not find expected whitespace or line break");
            }
            token = new Token(Type.TAG_DIRECTIVE, start, mark());
            token.value = handle;
            token.suffix = prefix;
        } else {
            throw error("while scanning a directive", start, "found unknown directive name");
        }
        finishLine("while scanning a directive", start);
        return token;
    }

    /** After a directive or a block scalar header: blanks, maybe a comment, then the end of the line. */
    private void finishLine(String context, Mark start) {
        while (isBlank(ch(0))) {
            skipChar();
        }
        if (ch(0) == '#') {
            while (!isBreakZ(ch(0))) {
                skipChar();
            }
        }
        if (!isBreakZ(ch(0))) {
            throw error(context, start, "did not find expected comment or line break");
        }
        if (isBreak(ch(0))) {
            skipLine();
        }
    }

    private String scanDirectiveName(Mark start) {
        StringBuilder s = new StringBuilder();
        while (isAlpha(ch(0))) {
            read(s);
        }
        if (s.isEmpty()) {
            throw error("while scanning a directive", start, "could not find expected directive name");
        }
        if (!isBlankZ(ch(0))) {
            throw error("while scanning a directive", start, "found unexpected non-alphabetical character");
        }
        return s.toString();
    }

    private int scanVersionNumber(Mark start) {
        int value = 0;
        int length = 0;
        while (isDigit(ch(0))) {
            length++;
            if (length > 2) {
                throw error("while scanning a %YAML directive", start, "found extremely long version number");
            }
            value = value * 10 + ch(0) - '0';
            skipChar();
        }
        if (length == 0) {
            throw error("while scanning a %YAML directive", start, "did not find expected version number");
        }
        return value;
    }

    private Token scanAnchor(Type type) {
        Mark start = mark();
        skipChar();
        StringBuilder s = new StringBuilder();
        while (isAlpha(ch(0))) {
            read(s);
        }
        Mark end = mark();
        int c = ch(0);
        if (s.isEmpty() || !(isBlankZ(c) || c == '?' || c == ':' || c == ',' || c == ']' || c == '}' || c == '%'
                || c == '@' || c == '`')) {
            throw error(type == Type.ANCHOR ? "while scanning an anchor" : "while scanning an alias", start,
                    "did not find expected alphabetic or numeric character");
        }
        Token token = new Token(type, start, end);
        token.value = s.toString();
        return token;
    }

    private Token scanTag() {
        Mark start = mark();
        String handle;
        String suffix;
        if (ch(1) == '<') {
            skipChar();
            skipChar();
            handle = "";
            suffix = scanTagUri(false, null, start);
            if (ch(0) != '>') {
                throw error("while scanning a tag", start, "did not find the expected '>'");
            }
            skipChar();
        } else {
            handle = scanTagHandle(false, start);
            if (handle.length() > 1 && handle.charAt(0) == '!' && handle.charAt(handle.length() - 1) == '!') {
                suffix = scanTagUri(false, null, start);
            } else {
                suffix = scanTagUri(false, handle, start);
                handle = "!";
                if (suffix.isEmpty()) {
                    // A lone '!': the non-specific tag, kept as the suffix with no handle.
                    handle = "";
                    suffix = "!";
                }
            }
        }
        if (!isBlankZ(ch(0))) {
            throw error("while scanning a tag", start, "did not find expected whitespace or line break");
        }
        Token token = new Token(Type.TAG, start, mark());
        token.value = handle;
        token.suffix = suffix;
        return token;
    }

    private String scanTagHandle(boolean directive, Mark start) {
        String context = directive ? "while parsing a %TAG directive" : "while parsing a tag";
        if (ch(0) != '!') {
            throw error(context, start, "did not find expected '!'");
        }
        StringBuilder s = new StringBuilder();
        read(s);
        while (isAlpha(ch(0))) {
            read(s);
        }
        if (ch(0) == '!') {
            read(s);
        } else if (directive && !s.toString().equals("!")) {
            throw error(context, start, "did not find expected '!'");
        }
        return s.toString();
    }

    private String scanTagUri(boolean directive, String head, Mark start) {
        String context = directive ? "while parsing a %TAG directive" : "while parsing a tag";
        StringBuilder s = new StringBuilder();
        boolean hasTag = head != null && !head.isEmpty();
        if (head != null && head.length() > 1) {
            s.append(head, 1, head.length());
        }
        while (true) {
            int c = ch(0);
            if (!(isAlpha(c) || ";/?:@&=+$,.!~*'()[]%".indexOf(c) >= 0 && c != 0)) {
                break;
            }
            if (c == '%') {
                scanUriEscapes(context, start, s);
            } else {
                read(s);
            }
            hasTag = true;
        }
        if (!hasTag) {
            throw error(context, start, "did not find expected tag URI");
        }
        return s.toString();
    }

    /** %XX escapes of one UTF-8 character; the decoded bytes join the tag as that character. */
    private void scanUriEscapes(String context, Mark start, StringBuilder s) {
        int width = 1024;
        byte[] bytes = new byte[4];
        int n = 0;
        while (width > 0) {
            if (!(ch(0) == '%' && isHex(ch(1)) && isHex(ch(2)))) {
                throw error(context, start, "did not find URI escaped octet");
            }
            int octet = (hexValue(ch(1)) << 4) + hexValue(ch(2));
            if (width == 1024) {
                width = octet < 0x80 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                        : (octet & 0xF8) == 0xF0 ? 4 : 0;
                if (width == 0) {
                    throw error(context, start, "found an incorrect leading UTF-8 octet");
                }
            } else if ((octet & 0xC0) != 0x80) {
                throw error(context, start, "found an incorrect trailing UTF-8 octet");
            }
            bytes[n++] = (byte) octet;
            skipChar();
            skipChar();
            skipChar();
            width--;
        }
        s.append(GoBytes.decode(bytes, 0, n));
    }

    private Token scanBlockScalar(boolean literal) {
        Mark start = mark();
        skipChar();
        int chomping = 0;
        int increment = 0;
        if (ch(0) == '+' || ch(0) == '-') {
            chomping = ch(0) == '+' ? 1 : -1;
            skipChar();
            if (isDigit(ch(0))) {
                if (ch(0) == '0') {
                    throw error("while scanning a block scalar", start, "found an indentation indicator equal to 0");
                }
                increment = ch(0) - '0';
                skipChar();
            }
        } else if (isDigit(ch(0))) {
            if (ch(0) == '0') {
                throw error("while scanning a block scalar", start, "found an indentation indicator equal to 0");
            }
            increment = ch(0) - '0';
            skipChar();
            if (ch(0) == '+' || ch(0) == '-') {
                chomping = ch(0) == '+' ? 1 : -1;
                skipChar();
            }
        }
        finishLine("while scanning a block scalar", start);
        Mark[] end = {mark()};
        int[] blockIndent = {0};
        if (increment > 0) {
            blockIndent[0] = indent >= 0 ? indent + increment : increment;
        }
        resetBuffers();
        StringBuilder s = text;
        scanBlockScalarBreaks(blockIndent, trailingBreaks, start, end);
        boolean leadingBlank = false;
        while (column == blockIndent[0] && ch(0) != 0) {
            boolean trailingBlank = isBlank(ch(0));
            if (!literal && !leadingBlank && !trailingBlank && !leadingBreak.isEmpty()
                    && leadingBreak.charAt(0) == '\n') {
                if (trailingBreaks.isEmpty()) {
                    s.append(' ');
                }
            } else {
                s.append(leadingBreak);
            }
            leadingBreak.setLength(0);
            s.append(trailingBreaks);
            trailingBreaks.setLength(0);
            leadingBlank = isBlank(ch(0));
            while (!isBreakZ(ch(0))) {
                read(s);
            }
            readLine(leadingBreak);
            scanBlockScalarBreaks(blockIndent, trailingBreaks, start, end);
        }
        if (chomping != -1) {
            s.append(leadingBreak);
        }
        if (chomping == 1) {
            s.append(trailingBreaks);
        }
        Token token = new Token(Type.SCALAR, start, end[0]);
        token.value = s.toString();
        token.style = literal ? ScalarStyle.LITERAL : ScalarStyle.FOLDED;
        return token;
    }

    /** The empty lines before a block scalar's next content line; fixes the indentation when it was not given. */
    private void scanBlockScalarBreaks(int[] blockIndent, StringBuilder breaks, Mark start, Mark[] end) {
        end[0] = mark();
        int maxIndent = 0;
        while (true) {
            while ((blockIndent[0] == 0 || column < blockIndent[0]) && ch(0) == ' ') {
                skipChar();
            }
            if (column > maxIndent) {
                maxIndent = column;
            }
            if ((blockIndent[0] == 0 || column < blockIndent[0]) && ch(0) == '\t') {
                throw error("while scanning a block scalar", start,
                        "found a tab character where an indentation space is expected");
            }
            if (!isBreak(ch(0))) {
                break;
            }
            readLine(breaks);
            end[0] = mark();
        }
        if (blockIndent[0] == 0) {
            blockIndent[0] = Math.max(Math.max(maxIndent, indent + 1), 1);
        }
    }

    private boolean atDocumentIndicator() {
        ensure(4);
        return column == 0 && (ch(0) == '-' && ch(1) == '-' && ch(2) == '-' || ch(0) == '.' && ch(1) == '.'
                && ch(2) == '.') && isBlankZ(ch(3));
    }

    private Token scanFlowScalar(boolean single) {
        Mark start = mark();
        skipChar();
        resetBuffers();
        StringBuilder s = text;
        while (true) {
            if (atDocumentIndicator()) {
                throw error("while scanning a quoted scalar", start, "found unexpected document indicator");
            }
            if (ch(0) == 0) {
                throw error("while scanning a quoted scalar", start, "found unexpected end of stream");
            }
            boolean leadingBlanks = false;
            while (!isBlankZ(ch(0))) {
                int c = ch(0);
                if (single && c == '\'' && ch(1) == '\'') {
                    s.append('\'');
                    skipChar();
                    skipChar();
                } else if (single && c == '\'' || !single && c == '"') {
                    break;
                } else if (!single && c == '\\' && isBreak(ch(1))) {
                    skipChar();
                    skipLine();
                    leadingBlanks = true;
                    break;
                } else if (!single && c == '\\') {
                    escape(s, start);
                } else {
                    read(s);
                }
            }
            if (ch(0) == (single ? '\'' : '"')) {
                break;
            }
            leadingBlanks = scalarBlanks(leadingBlanks, -1, start);
            if (leadingBlanks) {
                foldBreaks(s);
            } else {
                s.append(whitespaces);
                whitespaces.setLength(0);
            }
        }
        skipChar();
        Token token = new Token(Type.SCALAR, start, mark());
        token.value = s.toString();
        token.style = single ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
        return token;
    }

    /**
     * The blanks and line breaks inside a flow or plain scalar: blanks are kept until the first break, the breaks are
     * collected for {@link #foldBreaks}. A plain scalar ({@code tabIndent >= 0}) refuses a TAB before its indentation
     * on a continuation line. Returns whether a line break was crossed.
     */
    private boolean scalarBlanks(boolean leadingBlanks, int tabIndent, Mark start) {
        boolean crossed = leadingBlanks;
        while (isBlank(ch(0)) || isBreak(ch(0))) {
            if (isBlank(ch(0))) {
                if (crossed && column < tabIndent && ch(0) == '\t') {
                    throw error("while scanning a plain scalar", start, "found a tab character that violates indentation");
                }
                if (!crossed) {
                    read(whitespaces);
                } else {
                    skipChar();
                }
            } else if (!crossed) {
                whitespaces.setLength(0);
                readLine(leadingBreak);
                crossed = true;
            } else {
                readLine(trailingBreaks);
            }
        }
        return crossed;
    }

    /** Joins the lines a scalar crossed: one break folds into a space, more keep all but the first. */
    private void foldBreaks(StringBuilder s) {
        if (!leadingBreak.isEmpty() && leadingBreak.charAt(0) == '\n') {
            if (trailingBreaks.isEmpty()) {
                s.append(' ');
            } else {
                s.append(trailingBreaks);
            }
        } else {
            s.append(leadingBreak).append(trailingBreaks);
        }
        trailingBreaks.setLength(0);
        leadingBreak.setLength(0);
    }

    private void escape(StringBuilder s, Mark start) {
        int codeLength = 0;
        switch (ch(1)) {
            case '0' -> s.append('\0');
            case 'a' -> s.append('\u0007');
            case 'b' -> s.append('\b');
            case 't', '\t' -> s.append('\t');
            case 'n' -> s.append('\n');
            case 'v' -> s.append('\u000B');
            case 'f' -> s.append('\f');
            case 'r' -> s.append('\r');
            case 'e' -> s.append('\u001B');
            case ' ' -> s.append(' ');
            case '"' -> s.append('"');
            case '\'' -> s.append('\'');
            case '\\' -> s.append('\\');
            case 'N' -> s.append('\u0085');
            case '_' -> s.append('\u00A0');
            case 'L' -> s.append('\u2028');
            case 'P' -> s.append('\u2029');
            case 'x' -> codeLength = 2;
            case 'u' -> codeLength = 4;
            case 'U' -> codeLength = 8;
            default -> throw error("while parsing a quoted scalar", start, "found unknown escape character");
        }
        skipChar();
        skipChar();
        if (codeLength > 0) {
            long value = 0;
            for (int k = 0; k < codeLength; k++) {
                if (!isHex(ch(k))) {
                    throw error("while parsing a quoted scalar", start, "did not find expected hexdecimal number");
                }
                value = (value << 4) + hexValue(ch(k));
            }
            if (value >= 0xD800 && value <= 0xDFFF || value > 0x10FFFF) {
                throw error("while parsing a quoted scalar", start, "found invalid Unicode character escape code");
            }
            s.appendCodePoint((int) value);
            for (int k = 0; k < codeLength; k++) {
                skipChar();
            }
        }
    }

    private Token scanPlainScalar() {
        resetBuffers();
        StringBuilder s = text;
        boolean leadingBlanks = false;
        int scalarIndent = indent + 1;
        Mark start = mark();
        Mark end = start;
        while (true) {
            if (atDocumentIndicator() || ch(0) == '#') {
                break;
            }
            while (!isBlankZ(ch(0))) {
                int c = ch(0);
                if (c == ':' && isBlankZ(ch(1))
                        || flowLevel > 0 && (c == ',' || c == '?' || c == '[' || c == ']' || c == '{' || c == '}')) {
                    break;
                }
                if (leadingBlanks || !whitespaces.isEmpty()) {
                    if (leadingBlanks) {
                        foldBreaks(s);
                        leadingBlanks = false;
                    } else {
                        s.append(whitespaces);
                        whitespaces.setLength(0);
                    }
                }
                read(s);
                end = mark();
            }
            if (!(isBlank(ch(0)) || isBreak(ch(0)))) {
                break;
            }
            leadingBlanks = scalarBlanks(leadingBlanks, scalarIndent, start);
            if (flowLevel == 0 && column < scalarIndent) {
                break;
            }
        }
        Token token = new Token(Type.SCALAR, start, end);
        token.value = s.toString();
        token.style = ScalarStyle.PLAIN;
        if (leadingBlanks) {
            simpleKeyAllowed = true;
        }
        return token;
    }
}
