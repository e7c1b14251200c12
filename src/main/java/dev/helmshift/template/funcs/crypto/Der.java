package dev.helmshift.template.funcs.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A DER writer for the few ASN.1 types that keys and certificates need. Every method returns one complete encoded
 * element (tag, length, contents), so structures are built by nesting calls, as Go's {@code asn1.Marshal} lays them
 * out.
 */
public final class Der {
    private Der() {
    }

    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int UTF8_STRING = 0x0C;
    static final int PRINTABLE_STRING = 0x13;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    static final int BOOLEAN = 0x01;

    /** One element with the given identifier octet and contents. */
    public static byte[] element(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        int length = contents.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }

    public static byte[] sequence(byte[]... elements) {
        return element(SEQUENCE, concat(elements));
    }

    public static byte[] set(byte[]... elements) {
        return element(SET, concat(elements));
    }

    public static byte[] integer(BigInteger value) {
        return element(INTEGER, value.toByteArray());
    }

    public static byte[] integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    public static byte[] bool(boolean value) {
        return element(BOOLEAN, new byte[]{(byte) (value ? 0xFF : 0x00)});
    }

    public static byte[] nullValue() {
        return element(NULL, new byte[0]);
    }

    public static byte[] octetString(byte[] value) {
        return element(OCTET_STRING, value);
    }

    /** A BIT STRING of whole bytes. */
    public static byte[] bitString(byte[] value) {
        return bitString(value, 0);
    }

    public static byte[] bitString(byte[] value, int unusedBits) {
        byte[] contents = new byte[value.length + 1];
        contents[0] = (byte) unusedBits;
        System.arraycopy(value, 0, contents, 1, value.length);
        return element(BIT_STRING, contents);
    }

    /** An OBJECT IDENTIFIER from its dotted form, e.g. {@code 2.5.4.3}. */
    public static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeBase128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(out, Long.parseLong(arcs[i]));
        }
        return element(OID, out.toByteArray());
    }

    private static void writeBase128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int septet = (int) ((value >>> (7 * i)) & 0x7F);
            out.write(i > 0 ? septet | 0x80 : septet);
        }
    }

    /**
     * A string as Go's asn1 writes one without an explicit string type: a PrintableString when every character is
     * in PrintableString's set (without '*' and '&'), else a UTF8String.
     */
    public static byte[] goString(String value) {
        boolean printable = value.chars().allMatch(Der::isPrintable);
        return element(printable ? PRINTABLE_STRING : UTF8_STRING, value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isPrintable(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == ' ' || c == '\'' || c == '(' || c == ')' || c == '+' || c == ',' || c == '-' || c == '.'
                || c == '/' || c == ':' || c == '=' || c == '?';
    }

    /**
     * A certificate validity time as RFC 5280 (and Go) wants it: UTCTime for the years 1950 to 2049, else
     * GeneralizedTime; in UTC and to the second.
     */
    public static byte[] time(ZonedDateTime t) {
        ZonedDateTime utc = t.withZoneSameInstant(ZoneOffset.UTC);
        int year = utc.getYear();
        String rest = two(utc.getMonthValue()) + two(utc.getDayOfMonth()) + two(utc.getHour())
                + two(utc.getMinute()) + two(utc.getSecond()) + "Z";
        if (year >= 1950 && year < 2050) {
            return element(UTC_TIME, (two(year % 100) + rest).getBytes(StandardCharsets.US_ASCII));
        }
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("asn1: structure error: cannot represent time as GeneralizedTime");
        }
        return element(GENERALIZED_TIME, (String.format("%04d", year) + rest).getBytes(StandardCharsets.US_ASCII));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** {@code [n] EXPLICIT}: a constructed context-specific element around one element. */
    public static byte[] explicit(int tagNumber, byte[] element) {
        return element(0xA0 | tagNumber, element);
    }

    /** {@code [n] IMPLICIT} of a primitive type: context-specific, primitive, with these contents. */
    public static byte[] implicitPrimitive(int tagNumber, byte[] contents) {
        return element(0x80 | tagNumber, contents);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** An unsigned big-endian integer, left-padded with zeros to {@code size} bytes (Go's FillBytes). */
    public static byte[] fixedSize(BigInteger value, int size) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, out, size - copy, copy);
        return out;
    }
}
