package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.value.GoStrconv;

/**
 * Sprig's snakecase, kebabcase and camelcase as huandu/xstrings v1.5.0, the version helm v4.1.4 builds with, does
 * them (pinned against helm; its camelcase differs from xstrings' 2022 main branch).
 * <p>
 * snakecase and kebabcase split the string into words of one kind (upper-case, lower-case, number, connector,
 * punctuation, other, invalid bytes) and join them in lower case. A connector word (space, '_', '-') becomes one
 * connector per character, so {@code "a  b"} is {@code a__b}. The end of an acronym starts a new word
 * ({@code HTTPServer} → http_server). A number goes with the word before it unless lower-case letters follow it
 * ({@code Bld4Floor} → bld4_floor, {@code http2xx} → http_2xx).
 * <p>
 * camelcase removes a single connector and upper-cases the rune after it; leading connectors stay, and so does every
 * connector but the last of a run. A word's leading capitals after its first are lowered; other runes keep their case.
 * <p>
 * Runes are Go's: a raw byte (and U+FFFD) is {@code utf8.RuneError}. Words copy their text unchanged. Runes that are
 * lowered or written one by one come out as U+FFFD.
 */
public final class CaseConversion {
    private CaseConversion() {
    }

    private static final int RUNE_ERROR = 0xFFFD;

    private enum Kind { INVALID, NUMBER, UPPER_CASE, ALPHABET, CONNECTOR, PUNCT, OTHER }

    /** One word of {@code runes[start, end)}; the next word starts at {@code end}. */
    private record Word(Kind kind, int start, int end) {
    }

    public static String snakecase(String s) {
        return toLowerWords(s, '_');
    }

    public static String kebabcase(String s) {
        return toLowerWords(s, '-');
    }

    /**
     * xstrings ToCamelCase as v1.5.0 does it. A single connector goes and the rune after it is upper-cased. A word that
     * starts with a capital keeps only that capital of its leading capitals ({@code HTTPServer} → Httpserver,
     * {@code FOO_BAR} → FooBar); other capitals stay ({@code helloWorld} → HelloWorld).
     */
    public static String camelcase(String s) {
        if (s.isEmpty()) {
            return "";
        }
        int[] runes = GoBytes.toValidUtf8(s).codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int r0 = 0;
        boolean leadingCapitals = false;
        while (i < runes.length) {
            r0 = runes[i++];
            if (!isConnector(r0)) {
                leadingCapitals = isUpper(r0);
                r0 = Character.toUpperCase(r0);
                break;
            }
            out.appendCodePoint(r0);
        }
        if (i == runes.length) {
            // the last rune read is written (again, when it was a connector), as xstrings does
            return out.appendCodePoint(r0).toString();
        }
        while (i < runes.length) {
            int r1 = r0;
            r0 = runes[i++];
            if (isConnector(r0) && isConnector(r1)) {
                out.appendCodePoint(r1);
                continue;
            }
            if (isConnector(r1)) {
                leadingCapitals = isUpper(r0);
                r0 = Character.toUpperCase(r0);
            } else {
                out.appendCodePoint(r1);
                if (leadingCapitals && isUpper(r0)) {
                    r0 = Character.toLowerCase(r0);
                } else {
                    leadingCapitals = false;
                }
            }
        }
        return out.appendCodePoint(r0).toString();
    }

    /** xstrings camelCaseToLowerCase: the words in lower case, {@code connector} where one word ends and another begins. */
    private static String toLowerWords(String s, char connector) {
        if (s.isEmpty()) {
            return "";
        }
        Runes runes = new Runes(s);
        StringBuilder out = new StringBuilder(s.length() + 8);
        Word word = runes.word(0);
        while (word.end() < runes.length()) {
            if (word.kind() != Kind.CONNECTOR) {
                runes.lower(out, word.kind(), word, connector);
            }
            Word prev = word;
            word = runes.word(word.end());
            switch (prev.kind()) {
                case NUMBER -> {
                    while (word.kind() == Kind.ALPHABET || word.kind() == Kind.NUMBER) {
                        runes.lower(out, word.kind(), word, connector);
                        word = runes.word(word.end());
                    }
                    if (word.kind() != Kind.INVALID && word.kind() != Kind.PUNCT && word.kind() != Kind.CONNECTOR) {
                        out.append(connector);
                    }
                }
                case CONNECTOR -> runes.lower(out, prev.kind(), prev, connector);
                case PUNCT -> {
                    // punctuation joins the words around it without a connector
                }
                default -> word = afterLetters(runes, out, word, connector);
            }
        }
        runes.lower(out, word.kind(), word, connector);
        return out.toString();
    }

    /** After a word of letters: a number stays with it unless lower-case letters follow the number. */
    private static Word afterLetters(Runes runes, StringBuilder out, Word word, char connector) {
        if (word.kind() != Kind.NUMBER) {
            if (word.kind() != Kind.CONNECTOR && word.kind() != Kind.PUNCT) {
                out.append(connector);
            }
            return word;
        }
        if (word.end() == runes.length()) {
            return word;
        }
        Word number = word;
        word = runes.word(number.end());
        if (word.kind() != Kind.ALPHABET) {
            runes.lower(out, Kind.NUMBER, number, connector);
            if (word.kind() != Kind.CONNECTOR && word.kind() != Kind.PUNCT) {
                out.append(connector);
            }
            return word;
        }
        out.append(connector);
        runes.lower(out, Kind.NUMBER, number, connector);
        while (word.kind() == Kind.ALPHABET || word.kind() == Kind.NUMBER) {
            runes.lower(out, word.kind(), word, connector);
            word = runes.word(word.end());
        }
        if (word.kind() != Kind.INVALID && word.kind() != Kind.CONNECTOR && word.kind() != Kind.PUNCT) {
            out.append(connector);
        }
        return word;
    }

    /** The string as Go's runes: code points, with raw bytes kept as their chars and counted as RuneError. */
    private static final class Runes {
        private final int[] cps;

        Runes(String s) {
            this.cps = s.codePoints().toArray();
        }

        int length() {
            return cps.length;
        }

        /** Go's utf8.DecodeRune: a raw byte is RuneError. */
        private int rune(int i) {
            return cps[i] <= 0xFFFF && GoBytes.isRawByte((char) cps[i]) ? RUNE_ERROR : cps[i];
        }

        /** The next valid rune and how many runes it took to reach it, RuneErrors before it included. */
        private record Next(int rune, int size) {
        }

        /** xstrings nextValidRune: the first rune from {@code i} that is not RuneError; {@code prev} when none is left. */
        private Next nextValid(int i, int prev) {
            int size = 0;
            for (int j = i; j < cps.length; j++) {
                size++;
                int r = rune(j);
                if (r != RUNE_ERROR) {
                    return new Next(r, size);
                }
            }
            return new Next(prev, size);
        }

        /** xstrings nextWord: the word that starts at {@code start} (an INVALID empty word at the end). */
        Word word(int start) {
            if (start >= cps.length) {
                return new Word(Kind.INVALID, start, start);
            }
            Next next = nextValid(start, RUNE_ERROR);
            int r = next.rune();
            int end = start + next.size();
            if (r == RUNE_ERROR) {
                return new Word(Kind.INVALID, start, end);
            }
            if (isConnector(r)) {
                return new Word(Kind.CONNECTOR, start, extend(end, r, CaseConversion::isConnector));
            }
            if (isPunct(r)) {
                return new Word(Kind.PUNCT, start, extend(end, r, CaseConversion::isPunct));
            }
            if (isUpper(r)) {
                return new Word(Kind.UPPER_CASE, start, upperWordEnd(end, r));
            }
            if (isAlphabet(r)) {
                return new Word(Kind.ALPHABET, start, extend(end, r, c -> isAlphabet(c) && !isUpper(c)));
            }
            if (isNumber(r)) {
                return new Word(Kind.NUMBER, start, extend(end, r, CaseConversion::isNumber));
            }
            return new Word(Kind.OTHER, start,
                    extend(end, r, c -> !isConnector(c) && !isAlphabet(c) && !isNumber(c) && !isPunct(c)));
        }

        /** Takes valid runes from {@code end} while {@code same} holds (RuneErrors before one of them go with it). */
        private int extend(int end, int r, java.util.function.IntPredicate same) {
            while (end < cps.length) {
                Next next = nextValid(end, r);
                r = next.rune();
                if (!same.test(r)) {
                    break;
                }
                end += next.size();
            }
            return end;
        }

        /**
         * An upper-case word: "Abc" (one capital and what follows in lower case), or a run of capitals ("HTTP"),
         * whose last capital starts the next word when a letter follows it ("HTTPStatus" → HTTP, Status).
         */
        private int upperWordEnd(int end, int r) {
            if (end == cps.length) {
                return end;
            }
            Next next = nextValid(end, r);
            r = next.rune();
            int size = next.size();
            if (isUpper(r)) {
                int lastSize = size;
                end += size;
                while (end < cps.length) {
                    next = nextValid(end, r);
                    r = next.rune();
                    if (!isUpper(r)) {
                        break;
                    }
                    lastSize = next.size();
                    end += lastSize;
                }
                return end < cps.length && isAlphabet(r) ? end - lastSize : end;
            }
            if (isAlphabet(r)) {
                return extend(end + size, r, c -> isAlphabet(c) && !isUpper(c));
            }
            return end;
        }

        /**
         * xstrings toLower: an upper-case or connector word rune by rune (capitals lowered, connectors as
         * {@code connector}, a RuneError as U+FFFD); any other word as it is.
         */
        void lower(StringBuilder out, Kind kind, Word word, char connector) {
            if (kind != Kind.UPPER_CASE && kind != Kind.CONNECTOR) {
                for (int i = word.start(); i < word.end(); i++) {
                    out.appendCodePoint(cps[i]);
                }
                return;
            }
            for (int i = word.start(); i < word.end(); i++) {
                int r = rune(i);
                if (isConnector(r)) {
                    out.append(connector);
                } else if (isUpper(r)) {
                    out.appendCodePoint(Character.toLowerCase(r));
                } else {
                    out.appendCodePoint(r);
                }
            }
        }
    }

    static boolean isConnector(int r) {
        return r == '-' || r == '_' || GoStrconv.isSpace(r);
    }

    /** Go's unicode.IsUpper: category Lu only (Java's isUpperCase adds Other_Uppercase, such as Ⓐ). */
    private static boolean isUpper(int r) {
        return Character.getType(r) == Character.UPPERCASE_LETTER;
    }

    /** Go's unicode.IsNumber: categories Nd, Nl, No. */
    private static boolean isNumber(int r) {
        int t = Character.getType(r);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Go's unicode.IsPunct: the categories P*. */
    private static boolean isPunct(int r) {
        return switch (Character.getType(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** xstrings isAlphabet: a letter that is not a CJK ideograph. */
    private static boolean isAlphabet(int r) {
        if (!Character.isLetter(r)) {
            return false;
        }
        return r < 0x3400 || !(r >= 0x4E00 && r <= 0x9FCC || r <= 0x4D85 || r >= 0x20000 && r <= 0x2B81D);
    }
}
