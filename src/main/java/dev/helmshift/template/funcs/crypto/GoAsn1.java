package dev.helmshift.template.funcs.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads DER as Go's {@code encoding/asn1} unmarshals it into the key structures of {@code crypto/x509}
 * (pkcs1PrivateKey, ecPrivateKey, pkcs8, Sprig's DSAKeyFormat), with Go's error texts: {@code asn1: syntax error:
 * sequence truncated}, {@code asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0
 * isCompound:false}) {...} pkcs1PrivateKey @2}.
 *
 * <p>A {@link Struct} walks the fields of one SEQUENCE in order; each read checks the tag as Go does for a field of
 * that Go type. Bytes after the outer SEQUENCE are left to the caller, as {@code asn1.Unmarshal} returns them.
 */
final class GoAsn1 {
    private GoAsn1() {
    }

    /** An {@code asn1.SyntaxError} or {@code asn1.StructuralError}, with Go's text as message. */
    static final class Asn1Exception extends Exception {
        Asn1Exception(String message) {
            super(message, null, false, false);
        }
    }

    private static final String DEFAULT_PARAMS = "{optional:false explicit:false application:false private:false "
            + "defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false}";

    private record Header(int tagClass, int tag, boolean compound, int length, int contentStart) {
        String goForm() {
            return "{class:" + tagClass + " tag:" + tag + " length:" + length + " isCompound:" + compound + "}";
        }
    }

    static Asn1Exception syntax(String message) {
        return new Asn1Exception("asn1: syntax error: " + message);
    }

    static Asn1Exception structural(String message) {
        return new Asn1Exception("asn1: structure error: " + message);
    }

    /** The outer SEQUENCE of {@code der}, unmarshalled into the Go struct type named {@code goTypeName}. */
    static Struct struct(byte[] der, String goTypeName) throws Asn1Exception {
        return new Struct(der, 0, der.length).nestedStruct(goTypeName);
    }

    /** {@code der} unmarshalled into a Go {@code []byte}: one OCTET STRING. */
    static byte[] octets(byte[] der) throws Asn1Exception {
        return new Struct(der, 0, der.length).octets();
    }

    private static Header header(byte[] b, int offset) throws Asn1Exception {
        int first = b[offset++] & 0xFF;
        int tagClass = first >> 6;
        boolean compound = (first & 0x20) != 0;
        int tag = first & 0x1F;
        if (tag == 0x1F) {
            tag = 0;
            int shifted = 0;
            while (true) {
                if (offset >= b.length) {
                    throw syntax("truncated base 128 integer");
                }
                int v = b[offset++] & 0xFF;
                if (shifted == 0 && v == 0x80) {
                    throw syntax("integer is not minimally encoded");
                }
                tag = (tag << 7) | (v & 0x7F);
                shifted++;
                if ((v & 0x80) == 0) {
                    break;
                }
            }
            if (tag < 0x1F) {
                throw syntax("non-minimal tag");
            }
        }
        if (offset >= b.length) {
            throw syntax("truncated tag or length");
        }
        int lengthByte = b[offset++] & 0xFF;
        int length;
        if ((lengthByte & 0x80) == 0) {
            length = lengthByte;
        } else {
            int count = lengthByte & 0x7F;
            if (count == 0) {
                throw syntax("indefinite length found (not DER)");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                if (offset >= b.length) {
                    throw syntax("truncated tag or length");
                }
                if (length >= 1 << 23) {
                    throw structural("length too large");
                }
                length = (length << 8) | (b[offset++] & 0xFF);
                if (length == 0) {
                    throw structural("superfluous leading zeros in length");
                }
            }
            if (length < 0x80) {
                throw structural("non-minimal length");
            }
        }
        return new Header(tagClass, tag, compound, length, offset);
    }

    /** The fields of one SEQUENCE, read in order. */
    static final class Struct {
        private final byte[] bytes;
        private int offset;
        private final int end;
        /** Go parses a SEQUENCE's fields in a slice of its own, so error offsets count from its contents. */
        private final int base;

        private Struct(byte[] bytes, int offset, int end) {
            this.bytes = bytes;
            this.offset = offset;
            this.end = end;
            this.base = offset;
        }

        /** Where the SEQUENCE's contents end: bytes after it (in an outer struct) are Go's "rest". */
        int end() {
            return end;
        }

        /** The next field, which must be there and have this universal tag; its contents. */
        private byte[] required(int tag, boolean compound, String goTypeName) throws Asn1Exception {
            if (offset >= end) {
                throw syntax("sequence truncated");
            }
            Header h = header(Arrays.copyOf(bytes, end), offset);
            if (h.tagClass() != 0 || h.tag() != tag || h.compound() != compound) {
                throw structural("tags don't match (" + tag + " vs " + h.goForm() + ") " + DEFAULT_PARAMS + " "
                        + goTypeName + " @" + (h.contentStart() - base));
            }
            if (h.length() > end - h.contentStart()) {
                throw syntax("data truncated");
            }
            offset = h.contentStart() + h.length();
            return Arrays.copyOfRange(bytes, h.contentStart(), offset);
        }

        /** A Go {@code int} field. */
        long goInt() throws Asn1Exception {
            byte[] v = required(Der.INTEGER, false, "int");
            checkInteger(v);
            if (v.length > 8) {
                throw structural("integer too large");
            }
            return new BigInteger(v).longValue();
        }

        /** A Go {@code *big.Int} field. */
        BigInteger bigInt() throws Asn1Exception {
            byte[] v = required(Der.INTEGER, false, "");
            checkInteger(v);
            return new BigInteger(v);
        }

        /** An optional {@code *big.Int} field: null when absent or of another tag. */
        BigInteger optionalBigInt() throws Asn1Exception {
            if (offset >= end || peekTag() != Der.INTEGER) {
                return null;
            }
            return bigInt();
        }

        /** A Go {@code []byte} field (OCTET STRING). */
        byte[] octets() throws Asn1Exception {
            return required(Der.OCTET_STRING, false, "");
        }

        /** A nested SEQUENCE read as the Go struct type {@code goTypeName}. */
        Struct nestedStruct(String goTypeName) throws Asn1Exception {
            int start = offset;
            required(16, true, goTypeName);
            Header h = header(Arrays.copyOf(bytes, end), start);
            return new Struct(bytes, h.contentStart(), h.contentStart() + h.length());
        }

        /** An {@code asn1.ObjectIdentifier} field, dotted. */
        String oid() throws Asn1Exception {
            return decodeOid(required(Der.OID, false, "ObjectIdentifier"));
        }

        /** An optional {@code asn1.RawValue}: the whole element, or null when the struct has no more fields. */
        byte[] optionalRaw() throws Asn1Exception {
            if (offset >= end) {
                return null;
            }
            int start = offset;
            Header h = header(Arrays.copyOf(bytes, end), start);
            if (h.length() > end - h.contentStart()) {
                throw syntax("data truncated");
            }
            offset = h.contentStart() + h.length();
            return Arrays.copyOfRange(bytes, start, offset);
        }

        /**
         * The contents of an optional {@code [tag] EXPLICIT} field whose inner element has the given universal tag,
         * or null when the next element is not that context tag.
         */
        byte[] optionalExplicit(int contextTag, int innerTag, String goTypeName) throws Asn1Exception {
            if (offset >= end) {
                return null;
            }
            Header outer = header(Arrays.copyOf(bytes, end), offset);
            if (outer.tagClass() != 2 || outer.tag() != contextTag) {
                return null;
            }
            int outerEnd = outer.contentStart() + outer.length();
            if (outerEnd > end) {
                throw syntax("data truncated");
            }
            Struct inner = new Struct(bytes, outer.contentStart(), outerEnd);
            byte[] value = inner.required(innerTag, false, goTypeName);
            offset = outerEnd;
            return value;
        }

        private int peekTag() throws Asn1Exception {
            Header h = header(Arrays.copyOf(bytes, end), offset);
            return h.tagClass() == 0 ? h.tag() : -1;
        }
    }

    private static void checkInteger(byte[] v) throws Asn1Exception {
        if (v.length == 0) {
            throw structural("empty integer");
        }
        if (v.length > 1 && (v[0] == 0 && (v[1] & 0x80) == 0 || v[0] == (byte) 0xFF && (v[1] & 0x80) != 0)) {
            throw structural("integer not minimally-encoded");
        }
    }

    static String decodeOid(byte[] v) throws Asn1Exception {
        if (v.length == 0 || (v[0] & 0xFF) == 0x80) {
            throw syntax("zero length OBJECT IDENTIFIER");
        }
        StringBuilder out = new StringBuilder();
        long value = 0;
        boolean first = true;
        for (int i = 0; i < v.length; i++) {
            value = (value << 7) | (v[i] & 0x7F);
            if ((v[i] & 0x80) == 0) {
                if (first) {
                    long head = value < 80 ? value / 40 : 2;
                    out.append(head).append('.').append(value - head * 40);
                    first = false;
                } else {
                    out.append('.').append(value);
                }
                value = 0;
            } else if (i == v.length - 1) {
                throw syntax("truncated base 128 integer");
            }
        }
        return out.toString();
    }

    /** The bytes of a BIT STRING's contents (after the unused-bits octet). */
    static byte[] bitStringBytes(byte[] contents) throws Asn1Exception {
        if (contents.length == 0) {
            throw syntax("zero length BIT STRING");
        }
        int unused = contents[0];
        if (unused > 7 || contents.length == 1 && unused > 0
                || (contents[contents.length - 1] & ((1 << unused) - 1)) != 0) {
            throw syntax("invalid padding bits in BIT STRING");
        }
        return Arrays.copyOfRange(contents, 1, contents.length);
    }
}
