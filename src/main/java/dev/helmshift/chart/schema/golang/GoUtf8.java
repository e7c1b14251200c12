package dev.helmshift.chart.schema.golang;

import java.nio.charset.StandardCharsets;

/** Go's unicode/utf8 decoding: a byte that does not start a valid sequence is U+FFFD of width 1. */
public final class GoUtf8 {
    private GoUtf8() {
    }

    /** {@code utf8.DecodeRune(b[at:])}: the rune and its width in bytes. */
    public static int[] decodeRune(byte[] b, int at) {
        int c0 = b[at] & 0xFF;
        if (c0 < 0x80) {
            return new int[] {c0, 1};
        }
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            n = 2;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            n = 3;
            lo = c0 == 0xE0 ? 0xA0 : 0x80;
            hi = c0 == 0xED ? 0x9F : 0xBF;
        } else if (c0 >= 0xF0 && c0 <= 0xF4) {
            n = 4;
            lo = c0 == 0xF0 ? 0x90 : 0x80;
            hi = c0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return new int[] {0xFFFD, 1};
        }
        if (at + n > b.length) {
            return new int[] {0xFFFD, 1};
        }
        int c1 = b[at + 1] & 0xFF;
        if (c1 < lo || c1 > hi) {
            return new int[] {0xFFFD, 1};
        }
        int rune = n == 2 ? c0 & 0x1F : n == 3 ? c0 & 0x0F : c0 & 0x07;
        rune = rune << 6 | c1 & 0x3F;
        for (int i = 2; i < n; i++) {
            int ci = b[at + i] & 0xFF;
            if (ci < 0x80 || ci > 0xBF) {
                return new int[] {0xFFFD, 1};
            }
            rune = rune << 6 | ci & 0x3F;
        }
        return new int[] {rune, n};
    }

    /** The UTF-8 bytes of a string, which is how Go indexes and measures it. */
    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
