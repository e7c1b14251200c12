package dev.helmshift.template.funcs.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The shape of a DER structure as indented text: every tag, OID, boolean, small integer, string and short bit
 * string, with what is random in Go's and our output masked (large integers, times, keys, signatures, key ids), so
 * a certificate or key helm wrote and one helmshift wrote compare equal exactly when they are built alike. BIT and
 * OCTET STRINGs whose contents are themselves a DER SEQUENCE or BIT STRING (public keys, extension values, ECDSA
 * signatures) are opened.
 */
public final class DerShape {
    private DerShape() {
    }

    public static String of(byte[] der) {
        StringBuilder out = new StringBuilder();
        int end = walk(der, 0, der.length, 0, out);
        if (end != der.length) {
            throw new IllegalArgumentException("trailing bytes after DER element");
        }
        return out.toString();
    }

    private static int walk(byte[] b, int at, int limit, int depth, StringBuilder out) {
        int tag = b[at] & 0xFF;
        int[] header = length(b, at + 1, limit);
        int start = header[1];
        int end = start + header[0];
        if (end > limit) {
            throw new IllegalArgumentException("element runs past its parent");
        }
        String indent = "  ".repeat(depth);
        if ((tag & 0x20) != 0) {
            out.append(indent).append(name(tag)).append('\n');
            for (int p = start; p < end; ) {
                p = walk(b, p, end, depth + 1, out);
            }
            return end;
        }
        out.append(indent).append(primitive(tag, b, start, end, depth)).append('\n');
        return end;
    }

    private static String primitive(int tag, byte[] b, int start, int end, int depth) {
        int length = end - start;
        switch (tag) {
            case 0x01:
                return "BOOLEAN " + (b[start] != 0);
            case 0x02:
                return length <= 4 ? "INTEGER " + new BigInteger(slice(b, start, end)) : "INTEGER (large)";
            case 0x03:
                if (length > 1 && b[start + 1] == 0x30 && parses(b, start + 1, end)) {
                    return "BIT STRING, unused " + b[start] + ", holding\n" + nested(b, start + 1, end, depth);
                }
                return length <= 3 ? "BIT STRING " + HexFormat.of().formatHex(slice(b, start, end))
                        : "BIT STRING (" + (length - 1) + " bytes)";
            case 0x04:
                if (length > 0 && (b[start] == 0x30 || b[start] == 0x03) && parses(b, start, end)) {
                    return "OCTET STRING holding\n" + nested(b, start, end, depth);
                }
                return "OCTET STRING (" + length + " bytes)";
            case 0x05:
                return "NULL";
            case 0x06:
                return "OID " + oid(slice(b, start, end));
            case 0x0C:
                return "UTF8String " + new String(b, start, length, StandardCharsets.UTF_8);
            case 0x13:
                return "PrintableString " + new String(b, start, length, StandardCharsets.US_ASCII);
            case 0x16:
                return "IA5String " + new String(b, start, length, StandardCharsets.US_ASCII);
            case 0x17:
                return "UTCTime";
            case 0x18:
                return "GeneralizedTime";
            case 0x82:
                return "[2] " + new String(b, start, length, StandardCharsets.US_ASCII);
            case 0x87:
                return "[7] " + HexFormat.of().formatHex(slice(b, start, end));
            default:
                return name(tag) + " (" + length + " bytes)";
        }
    }

    private static String nested(byte[] b, int start, int end, int depth) {
        StringBuilder inner = new StringBuilder();
        for (int p = start; p < end; ) {
            p = walk(b, p, end, depth + 1, inner);
        }
        return inner.substring(0, inner.length() - 1);
    }

    private static boolean parses(byte[] b, int start, int end) {
        try {
            for (int p = start; p < end; ) {
                p = walk(b, p, end, 0, new StringBuilder());
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int[] length(byte[] b, int at, int limit) {
        if (at >= limit) {
            throw new IllegalArgumentException("truncated length");
        }
        int first = b[at] & 0xFF;
        if (first < 0x80) {
            return new int[]{first, at + 1};
        }
        int count = first & 0x7F;
        if (count == 0 || count > 3 || at + count >= limit) {
            throw new IllegalArgumentException("unsupported length");
        }
        int length = 0;
        for (int i = 1; i <= count; i++) {
            length = length << 8 | b[at + i] & 0xFF;
        }
        return new int[]{length, at + 1 + count};
    }

    private static String name(int tag) {
        return switch (tag) {
            case 0x30 -> "SEQUENCE";
            case 0x31 -> "SET";
            default -> (tag & 0xC0) == 0x80 ? "[" + (tag & 0x1F) + "]" : "tag 0x" + Integer.toHexString(tag);
        };
    }

    private static byte[] slice(byte[] b, int start, int end) {
        byte[] out = new byte[end - start];
        System.arraycopy(b, start, out, 0, out.length);
        return out;
    }

    private static String oid(byte[] v) {
        StringBuilder out = new StringBuilder();
        long value = 0;
        boolean first = true;
        for (byte x : v) {
            value = value << 7 | (x & 0x7F);
            if ((x & 0x80) == 0) {
                if (first) {
                    long head = Math.min(value / 40, 2);
                    out.append(head).append('.').append(value - head * 40);
                    first = false;
                } else {
                    out.append('.').append(value);
                }
                value = 0;
            }
        }
        return out.toString();
    }
}
