package dev.helmshift.template.funcs.codec;

import java.io.ByteArrayOutputStream;

/**
 * Go's {@code base64.StdEncoding} decoder: strict padding, '\r' and '\n' skipped anywhere, and Go's error text
 * {@code illegal base64 data at input byte N}, where N counts the bytes of the input as given (newlines included).
 */
public final class GoBase64 {
    private GoBase64() {
    }

    /** A Go {@code base64.CorruptInputError}. */
    public static final class CorruptInputException extends Exception {
        CorruptInputException(long offset) {
            super("illegal base64 data at input byte " + offset, null, false, false);
        }
    }

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** The decoded bytes of {@code text} (its UTF-8 bytes, as a Go string). */
    public static byte[] decode(byte[] src) throws CorruptInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4);
        int si = 0;
        int[] quantum = new int[4];
        while (si < src.length) {
            int j = 0;
            int dlen = 4;
            while (j < 4) {
                if (si == src.length) {
                    if (j == 0) {
                        return out.toByteArray();
                    }
                    throw new CorruptInputException(si - j);
                }
                int in = src[si] & 0xFF;
                si++;
                int value = in < 128 ? ALPHABET.indexOf(in) : -1;
                if (value >= 0) {
                    quantum[j++] = value;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    continue;
                }
                if (in != '=') {
                    throw new CorruptInputException(si - 1);
                }
                if (j < 2) {
                    throw new CorruptInputException(si - 1);
                }
                if (j == 2) {
                    si = skipNewlines(src, si);
                    if (si == src.length) {
                        throw new CorruptInputException(src.length);
                    }
                    if (src[si] != '=') {
                        throw new CorruptInputException(si - 1);
                    }
                    si++;
                }
                si = skipNewlines(src, si);
                if (si < src.length) {
                    throw new CorruptInputException(si);
                }
                dlen = j;
                break;
            }
            int bits = quantum[0] << 18 | quantum[1] << 12 | (dlen > 2 ? quantum[2] << 6 : 0) | (dlen > 3 ? quantum[3] : 0);
            out.write(bits >> 16);
            if (dlen > 2) {
                out.write(bits >> 8);
            }
            if (dlen > 3) {
                out.write(bits);
            }
            if (dlen < 4) {
                return out.toByteArray();
            }
        }
        return out.toByteArray();
    }

    private static int skipNewlines(byte[] src, int si) {
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
            si++;
        }
        return si;
    }

    /** Go's {@code DecodedLen} for a padded encoding: the capacity of the slice DecodeString returns. */
    public static int decodedLen(int encodedLength) {
        return encodedLength / 4 * 3;
    }
}
