package dev.helmshift.gobytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Go's strings as Java strings. A Go string is a sequence of bytes that is usually, but not always, UTF-8: a binary
 * file read with {@code .Files.Get}, a template file in Latin-1, a {@code "\xff"} literal. helmshift keeps such bytes
 * the way Python's "surrogateescape" does (PEP 383): bytes are decoded as UTF-8, and each byte that is not part of
 * valid UTF-8 becomes the lone surrogate {@code U+DC00 + byte} (U+DC80..U+DCFF, a "raw byte"). Text stays an
 * ordinary String everywhere; only the places where Go turns a string into bytes (hashes, base64, {@code len}, byte
 * offsets, the output) {@link #encode} it back, and the raw bytes come out unchanged.
 *
 * <p>What is valid is decided by Go's {@code unicode/utf8}: shortest forms only, no surrogates (ED A0..ED BF), nothing
 * above U+10FFFF, and an invalid sequence is invalid one byte at a time (as {@code for range} sees a {@code
 * RuneError} of width 1 for each), so {@code E2 82 41} is the raw bytes E2 and 82 followed by "A". Decoding never
 * produces any other lone surrogate, so a lone surrogate outside U+DC80..U+DCFF (only Java code could make one) is
 * encoded as U+FFFD, as Go's {@code string(rune)} encodes a surrogate.
 */
public final class GoBytes {
    /** The first and last raw-byte surrogates: U+DC00 + 0x80 .. U+DC00 + 0xFF. */
    private static final char FIRST_RAW = '\uDC80';
    private static final char LAST_RAW = '\uDCFF';
    private static final char REPLACEMENT = '\uFFFD';

    private GoBytes() {
    }

    /** The Go string of these bytes. */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** The Go string of {@code bytes[offset, offset + length)}. */
    public static String decode(byte[] bytes, int offset, int length) {
        String fast = new String(bytes, offset, length, StandardCharsets.UTF_8);
        // The JDK puts U+FFFD where the bytes are not UTF-8; without one they were valid, and Go agrees on validity.
        if (fast.indexOf(REPLACEMENT) < 0) {
            return fast;
        }
        return decodeSlowly(bytes, offset, offset + length);
    }

    private static String decodeSlowly(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int width = validSequence(bytes, i, to);
            if (width == 0) {
                out.append(rawByte(b));
                i++;
                continue;
            }
            out.append(new String(bytes, i, width, StandardCharsets.UTF_8));
            i += width;
        }
        return out.toString();
    }

    /** The length of the valid UTF-8 sequence at {@code i} (Go's {@code utf8.DecodeRune} rules), or 0. */
    private static int validSequence(byte[] bytes, int i, int to) {
        int b = bytes[i] & 0xFF;
        int width;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            width = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            width = 3;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            width = 4;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + width > to) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < width; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return width;
    }

    /** The bytes of a Go string: UTF-8, with each raw byte as itself. */
    public static byte[] encode(String s) {
        if (!hasSurrogates(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] out = new byte[byteLength(s, 0, s.length())];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (isRawByte(c)) {
                out[n++] = (byte) c;
                continue;
            } else if (Character.isSurrogate(c)) {
                cp = REPLACEMENT;
            }
            n = put(out, n, cp);
        }
        return out;
    }

    private static int put(byte[] out, int n, int cp) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }

    /** The number of bytes of the Go string: Go's {@code len(s)}. */
    public static int byteLength(CharSequence s) {
        return byteLength(s, 0, s.length());
    }

    /** The number of bytes of {@code s[from, to)} as a Go string: a byte offset, such as a column Go reports. */
    public static int byteLength(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += isRawByte(c) ? 1 : 3;
            }
        }
        return n;
    }

    /**
     * Whether {@code c} is in the raw-byte range. Alone that does not make it a raw byte: the second half of a
     * character above U+FFFF (💀 is D83D DC80) is in the same range, so code that walks chars asks
     * {@link #isRawByteAt}; code that walks code points may ask this.
     */
    public static boolean isRawByte(char c) {
        return c >= FIRST_RAW && c <= LAST_RAW;
    }

    /** Whether the char at {@code i} stands for a byte that is not part of valid UTF-8 (not a surrogate pair's half). */
    public static boolean isRawByteAt(CharSequence s, int i) {
        return isRawByte(s.charAt(i)) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** The byte (0x80..0xFF) a raw-byte char stands for. */
    public static int rawByteValue(char c) {
        return c & 0xFF;
    }

    /** The char that stands for the byte {@code b} (0x80..0xFF) where it is not part of valid UTF-8. */
    public static char rawByte(int b) {
        return (char) (0xDC00 | b & 0xFF);
    }

    /** Whether the string holds bytes that are not UTF-8 (Go's {@code !utf8.ValidString(s)}). */
    public static boolean hasRawBytes(String s) {
        if (!hasSurrogates(s)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (isRawByteAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same bytes, with raw bytes that spell valid UTF-8 together read as the character they spell: a character
     * cut in two by byte offsets and joined again is that character, as it is to Go, which keeps only bytes.
     */
    public static String rejoined(String s) {
        return hasRawBytes(s) ? decode(encode(s)) : s;
    }

    /**
     * The string with each raw byte (and any other lone surrogate) replaced by U+FFFD: what encoding/json writes for
     * a string that is not UTF-8, and what its decoder makes of one.
     */
    public static String toValidUtf8(String s) {
        if (!hasSurrogates(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /**
     * Go's {@code ==} on strings: the same bytes. Raw bytes can spell valid UTF-8 together (a character cut in two
     * by byte offsets, then joined again), so a string with raw bytes is compared by its bytes.
     */
    public static boolean equal(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return (hasRawBytes(a) || hasRawBytes(b)) && Arrays.equals(encode(a), encode(b));
    }

    /**
     * Go's string order: byte by byte. Up to the first char that differs both strings hold the same chars; when
     * neither of the two differing chars is a surrogate, they are whole code points, which UTF-8 orders as their
     * values, so only a difference at a surrogate (a character above U+FFFF, a raw byte) needs the bytes compared.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Arrays.compareUnsigned(encode(a), encode(b));
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
