package dev.helmshift.template.funcs.codec;

import dev.helmshift.gobytes.GoBytes;

import java.util.List;
import java.util.Map;

/**
 * A block-style YAML writer that reproduces libyaml's emitter as go-yaml drives it: style choice per scalar
 * (plain, single-quoted, double-quoted, literal), 2-space indentation, empty collections in flow style, and the
 * folding of long plain and quoted scalars at the first space past column 80 (go-yaml v2; v3 as Helm configures it
 * does not fold). Input is already normalised: maps with String keys in output order, lists, {@link Plain} scalars
 * (numbers, bools, null) and Strings.
 */
final class YamlEmitter {

    /** A non-string scalar written as it is (a number, bool or null). */
    record Plain(String text) {
    }

    /**
     * A string that is not UTF-8, which go-yaml v3 writes as {@code !!binary} with its bytes in base64: one line, or
     * lines of 70 characters each ending in a newline (then a literal block) when the base64 is longer.
     */
    record Binary(String base64) {
        private static final int LINE = 70;

        static Binary of(String goString) {
            String encoded = java.util.Base64.getEncoder().encodeToString(GoBytes.encode(goString));
            if (encoded.length() < LINE) {
                return new Binary(encoded);
            }
            StringBuilder lines = new StringBuilder(encoded.length() + encoded.length() / LINE + 1);
            for (int i = 0; i < encoded.length(); i += LINE) {
                lines.append(encoded, i, Math.min(encoded.length(), i + LINE)).append('\n');
            }
            return new Binary(lines.toString());
        }
    }

    /** libyaml's length of the {@code !!binary} tag: handle "!!" and suffix "binary". */
    private static final int BINARY_TAG_LENGTH = 8;

    private final StringBuilder out = new StringBuilder();
    private final boolean indentSequencesInMappings;
    private final int bestWidth;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int indent;

    YamlEmitter(boolean indentSequencesInMappings, int bestWidth) {
        this.indentSequencesInMappings = indentSequencesInMappings;
        this.bestWidth = bestWidth;
    }

    /** One document, ending with a newline, as yaml.Marshal returns it. */
    String document(Object node) {
        if (node instanceof Map<?, ?> map && !map.isEmpty()) {
            blockMapping(map, 0);
        } else if (node instanceof List<?> list && !list.isEmpty()) {
            blockSequence(list, 0);
        } else {
            indent = 2;
            scalarOrEmpty(node, false);
        }
        indent = 0;
        writeIndent();
        return out.toString();
    }

    private void blockMapping(Map<?, ?> map, int level) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent = level;
            writeIndent();
            indent = level + 2;
            Object key = e.getKey();
            if (isSimpleKey(key)) {
                key(key, true);
                writeIndicator(":", false);
            } else {
                // libyaml writes a multi-line or very long key as an explicit "? key" then ": value".
                writeIndicator("?", true);
                key(key, false);
                indent = level;
                writeIndent();
                writeIndicator(":", true);
            }
            Object value = e.getValue();
            if (value instanceof Map<?, ?> m && !m.isEmpty()) {
                blockMapping(m, level + 2);
            } else if (value instanceof List<?> l && !l.isEmpty()) {
                blockSequence(l, indentSequencesInMappings ? level + 2 : level);
            } else {
                indent = level + 2;
                scalarOrEmpty(value, false);
            }
        }
    }

    private void blockSequence(List<?> list, int level) {
        for (Object item : list) {
            indent = level;
            writeIndent();
            writeIndicator("-", true);
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                blockMapping(m, level + 2);
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                blockSequence(l, level + 2);
            } else {
                indent = level + 2;
                scalarOrEmpty(item, false);
            }
        }
    }

    /** libyaml's check_simple_key for a scalar: one line and at most 128 bytes, its tag included. */
    private static boolean isSimpleKey(Object key) {
        if (key instanceof Binary binary) {
            return binary.base64().indexOf('\n') < 0 && BINARY_TAG_LENGTH + binary.base64().length() <= 128;
        }
        String text = String.valueOf(key);
        return !ScalarAnalysis.of(text).multiline() && GoBytes.byteLength(text) <= 128;
    }

    private void key(Object key, boolean simpleKey) {
        if (key instanceof Binary binary) {
            binary(binary, simpleKey);
        } else {
            scalar(String.valueOf(key), simpleKey);
        }
    }

    /** go-yaml v3 asks for a literal block when the base64 has lines, else plain: the tag makes any text a string. */
    private void binary(Binary binary, boolean simpleKey) {
        if (!whitespace) {
            put(' ');
        }
        for (char c : "!!binary".toCharArray()) {
            put(c);
        }
        whitespace = false;
        indention = false;
        if (binary.base64().indexOf('\n') >= 0) {
            writeLiteral(binary.base64());
        } else {
            writePlain(binary.base64(), !simpleKey);
        }
    }

    private void scalarOrEmpty(Object value, boolean simpleKey) {
        if (value instanceof Map) {
            writeIndicator("{", true);
            writeIndicator("}", false);
        } else if (value instanceof List) {
            writeIndicator("[", true);
            writeIndicator("]", false);
        } else if (value instanceof Plain plain) {
            writePlain(plain.text(), !simpleKey);
        } else if (value instanceof Binary binary) {
            binary(binary, simpleKey);
        } else {
            scalar(value == null ? "null" : value.toString(), simpleKey);
        }
    }

    /** A string scalar: go-yaml asks for plain (or literal when it has a newline); libyaml may fall back to quotes. */
    private void scalar(String value, boolean simpleKey) {
        ScalarAnalysis a = ScalarAnalysis.of(value);
        boolean literal = value.contains("\n");
        boolean plain = !literal && YamlResolver.canBePlain(value);
        if (simpleKey && a.multiline()) {
            writeDoubleQuoted(value, false);
            return;
        }
        if (literal) {
            if (!a.blockAllowed() || simpleKey) {
                writeDoubleQuoted(value, !simpleKey);
            } else {
                writeLiteral(value);
            }
            return;
        }
        if (plain && a.blockPlainAllowed()) {
            writePlain(value, !simpleKey);
        } else if (plain && a.singleQuotedAllowed()) {
            writeSingleQuoted(value, !simpleKey);
        } else {
            writeDoubleQuoted(value, !simpleKey);
        }
    }

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        for (int i = 0; i < indicator.length(); i++) {
            put(indicator.charAt(i));
        }
        whitespace = false;
        indention = indention && ("-".equals(indicator) || "?".equals(indicator) || ":".equals(indicator) && needWhitespace);
    }

    private void writePlain(String value, boolean allowBreaks) {
        if (!whitespace) {
            put(' ');
        }
        boolean spaces = false;
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                boolean nextIsSpace = i + 1 < cps.length && cps[i + 1] == ' ';
                if (allowBreaks && !spaces && folds() && !nextIsSpace) {
                    writeIndent();
                } else {
                    put(c);
                }
                spaces = true;
            } else {
                put(c);
                indention = false;
                spaces = false;
            }
        }
        whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(String value, boolean allowBreaks) {
        writeIndicator("'", true);
        boolean spaces = false;
        boolean breaks = false;
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                boolean nextIsSpace = i + 1 < cps.length && cps[i + 1] == ' ';
                if (allowBreaks && !spaces && folds() && i != 0 && i != cps.length - 1 && !nextIsSpace) {
                    writeIndent();
                } else {
                    put(c);
                }
                spaces = true;
            } else if (ScalarAnalysis.isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (c == '\'') {
                    put('\'');
                }
                put(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        writeIndicator("'", false);
    }

    private void writeDoubleQuoted(String value, boolean allowBreaks) {
        writeIndicator("\"", true);
        boolean spaces = false;
        int[] cps = value.codePoints().toArray();
        // go-yaml's is_bom looks at the start of the value, not at i: after a leading BOM every rune is escaped.
        boolean leadingBom = cps.length > 0 && cps[0] == 0xFEFF;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (leadingBom || !ScalarAnalysis.isPrintable(c) || ScalarAnalysis.isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                putEscape(c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && folds() && i != 0 && i != cps.length - 1) {
                    writeIndent();
                    if (i + 1 < cps.length && cps[i + 1] == ' ') {
                        put('\\');
                    }
                } else {
                    put(c);
                }
                spaces = true;
            } else {
                put(c);
                spaces = false;
            }
        }
        writeIndicator("\"", false);
    }

    private void putEscape(int c) {
        switch (c) {
            case 0 -> put('0');
            case 7 -> put('a');
            case 8 -> put('b');
            case 9 -> put('t');
            case 0x0A -> put('n');
            case 0x0B -> put('v');
            case 0x0C -> put('f');
            case 0x0D -> put('r');
            case 0x1B -> put('e');
            case '"' -> put('"');
            case '\\' -> put('\\');
            case 0x85 -> put('N');
            case 0xA0 -> put('_');
            case 0x2028 -> put('L');
            case 0x2029 -> put('P');
            default -> {
                String hex;
                if (c <= 0xFF) {
                    hex = "x" + String.format("%02X", c);
                } else if (c <= 0xFFFF) {
                    hex = "u" + String.format("%04X", c);
                } else {
                    hex = "U" + String.format("%08X", c);
                }
                for (int i = 0; i < hex.length(); i++) {
                    put(hex.charAt(i));
                }
            }
        }
    }

    private void writeLiteral(String value) {
        writeIndicator("|", true);
        int[] cps = value.codePoints().toArray();
        if (cps[0] == ' ' || ScalarAnalysis.isBreak(cps[0])) {
            writeIndicator("2", false);
        }
        String chomp = chompHint(cps);
        if (!chomp.isEmpty()) {
            writeIndicator(chomp, false);
        }
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int c : cps) {
            if (ScalarAnalysis.isBreak(c)) {
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                    breaks = false;
                }
                put(c);
                indention = false;
            }
        }
    }

    private static String chompHint(int[] cps) {
        int last = cps.length - 1;
        if (!ScalarAnalysis.isBreak(cps[last])) {
            return "-";
        }
        if (last == 0 || ScalarAnalysis.isBreak(cps[last - 1])) {
            return "+";
        }
        return "";
    }

    private boolean folds() {
        return bestWidth > 0 && column > bestWidth;
    }

    private void put(int c) {
        out.appendCodePoint(c);
        column++;
    }

    /** libyaml's write_break: a newline is written as such, other line breaks (U+2028, ...) as themselves. */
    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
        }
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }
}
