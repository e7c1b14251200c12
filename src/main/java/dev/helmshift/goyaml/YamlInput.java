package dev.helmshift.goyaml;

import dev.helmshift.gobytes.GoBytes;

import java.util.Arrays;

/**
 * The characters of a YAML stream as go-yaml v2's reader hands them to the scanner: the encoding comes from the BOM
 * (UTF-8 when there is none, UTF-16LE/BE with theirs), the BOM is dropped, and every character must be printable
 * (TAB, LF, CR, NEL and the ranges YAML allows) or the stream fails with the reader's own words ("control characters
 * are not allowed", "invalid leading UTF-8 octet", ...).
 *
 * <p>go-yaml decodes its input in chunks of 512 bytes, one more each time the scanner needs characters it has not
 * decoded yet, so a bad byte after the end of the first document is an error only if it sits in a chunk the scanner
 * reached ({@code a: 1\n...\n\u0001} fails: same chunk). This class keeps those boundaries: it decodes everything up
 * front but makes the scanner {@link #refill()} chunk by chunk, and raises the reader error with the chunk that holds
 * it. Past the end the scanner sees NUL, as go-yaml's zero-padded buffer gives it.
 */
final class YamlInput {
    private static final int CHUNK = 512;

    private final int[] chars;
    private final int length;
    private final int byteLength;
    /** For each chunk, how many characters are complete once it is decoded. */
    private final int[] chunkEnds;
    /** The chunk whose decoding fails, or -1. */
    private final int errorChunk;
    private final String error;
    private int chunk = -1;
    private int loaded;

    private YamlInput(int[] chars, int length, int byteLength, int[] chunkEnds, int errorChunk, String error) {
        this.byteLength = byteLength;
        this.chars = chars;
        this.length = length;
        this.chunkEnds = chunkEnds;
        this.errorChunk = errorChunk;
        this.error = error;
    }

    static YamlInput of(byte[] data) {
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
            return new Decoder(data, 2).utf16(true);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
            return new Decoder(data, 2).utf16(false);
        }
        boolean bom = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                && (data[2] & 0xFF) == 0xBF;
        return new Decoder(data, bom ? 3 : 0).utf8();
    }

    /** A Go string (a template's output, fromYaml's argument): its bytes, as {@link GoBytes} keeps them. */
    static YamlInput of(String text) {
        return of(GoBytes.encode(text));
    }

    /** The size of the stream in bytes. */
    int byteLength() {
        return byteLength;
    }

    /** Characters available before the next {@link #refill()}. */
    int loaded() {
        return loaded;
    }

    /**
     * Decodes the next chunk, as go-yaml's update_buffer does when the scanner needs more; past the last one the
     * stream is NUL-padded for good. Raises the reader error when the chunk holds it.
     */
    void refill() {
        if (chunk + 1 == errorChunk) {
            throw YamlSyntaxException.reader(error, line(length));
        }
        if (chunk + 1 < chunkEnds.length) {
            chunk++;
            loaded = chunkEnds[chunk];
        } else {
            loaded = Integer.MAX_VALUE;
        }
    }

    /** The character at {@code index} once loaded; NUL past the end. */
    int get(int index) {
        return index < length ? chars[index] : 0;
    }

    /** The 1-based line of a character index. */
    int line(int index) {
        int line = 1;
        for (int i = 0; i < index && i < length; i++) {
            if (chars[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The characters YAML 1.1 lets a stream contain (go-yaml's reader check). */
    static boolean printable(int c) {
        return c == 0x09 || c == 0x0A || c == 0x0D || c >= 0x20 && c <= 0x7E || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** Decodes a byte stream, noting where each character ends so chunks can be counted in bytes. */
    private static final class Decoder {
        private final byte[] data;
        private final int start;
        private final int[] chars;
        private final int[] ends;
        private int n;

        Decoder(byte[] data, int start) {
            this.data = data;
            this.start = start;
            this.chars = new int[data.length];
            this.ends = new int[data.length];
        }

        YamlInput utf8() {
            int pos = start;
            while (pos < data.length) {
                int octet = data[pos] & 0xFF;
                int width = octet < 0x80 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3
                        : (octet & 0xF8) == 0xF0 ? 4 : 0;
                if (width == 0) {
                    return failed(pos, "invalid leading UTF-8 octet");
                }
                if (pos + width > data.length) {
                    return failed(data.length - 1, "incomplete UTF-8 octet sequence");
                }
                int value = width == 1 ? octet : width == 2 ? octet & 0x1F : width == 3 ? octet & 0x0F : octet & 0x07;
                for (int k = 1; k < width; k++) {
                    int trailing = data[pos + k] & 0xFF;
                    if ((trailing & 0xC0) != 0x80) {
                        return failed(pos + width - 1, "invalid trailing UTF-8 octet");
                    }
                    value = (value << 6) + (trailing & 0x3F);
                }
                if (!(width == 1 || width == 2 && value >= 0x80 || width == 3 && value >= 0x800
                        || width == 4 && value >= 0x10000)) {
                    return failed(pos + width - 1, "invalid length of a UTF-8 sequence");
                }
                if (value >= 0xD800 && value <= 0xDFFF || value > 0x10FFFF) {
                    return failed(pos + width - 1, "invalid Unicode character");
                }
                if (!printable(value)) {
                    return failed(pos + width - 1, "control characters are not allowed");
                }
                pos = add(value, pos + width);
            }
            return done(-1, null);
        }

        YamlInput utf16(boolean little) {
            int pos = start;
            while (pos < data.length) {
                if (pos + 2 > data.length) {
                    return failed(data.length - 1, "incomplete UTF-16 character");
                }
                int value = unit(pos, little);
                int width = 2;
                if ((value & 0xFC00) == 0xDC00) {
                    return failed(pos + 1, "unexpected low surrogate area");
                }
                if ((value & 0xFC00) == 0xD800) {
                    width = 4;
                    if (pos + 4 > data.length) {
                        return failed(data.length - 1, "incomplete UTF-16 surrogate pair");
                    }
                    int low = unit(pos + 2, little);
                    if ((low & 0xFC00) != 0xDC00) {
                        return failed(pos + 3, "expected low surrogate area");
                    }
                    value = 0x10000 + ((value & 0x3FF) << 10) + (low & 0x3FF);
                }
                if (!printable(value)) {
                    return failed(pos + width - 1, "control characters are not allowed");
                }
                pos = add(value, pos + width);
            }
            return done(-1, null);
        }

        private int unit(int pos, boolean little) {
            int a = data[pos] & 0xFF;
            int b = data[pos + 1] & 0xFF;
            return little ? a + (b << 8) : b + (a << 8);
        }

        private int add(int value, int end) {
            chars[n] = value;
            ends[n] = end;
            n++;
            return end;
        }

        /** The stream up to the bad character; the error comes with the chunk that holds byte {@code seenAt}. */
        private YamlInput failed(int seenAt, String error) {
            return done(seenAt / CHUNK, error);
        }

        private YamlInput done(int errorChunk, String error) {
            int chunks = errorChunk >= 0 ? errorChunk : Math.max(1, (data.length + CHUNK - 1) / CHUNK);
            int[] chunkEnds = new int[chunks];
            int i = 0;
            for (int k = 0; k < chunks; k++) {
                long limit = (long) (k + 1) * CHUNK;
                while (i < n && ends[i] <= limit) {
                    i++;
                }
                chunkEnds[k] = i;
            }
            return new YamlInput(Arrays.copyOf(chars, n), n, data.length, chunkEnds, errorChunk, error);
        }
    }
}
