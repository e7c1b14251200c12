package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.codec.GoBase64;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Adler32;

/**
 * Sprig's encodings and checksums. Decoding errors are returned as the result text, as Sprig does
 * ({@code illegal base64 data at input byte 4}).
 */
public final class Encodings {
    private Encodings() {
    }

    public static String b64enc(String s) {
        return Base64.getEncoder().encodeToString(GoBytes.encode(s));
    }

    public static String b64dec(String s) {
        try {
            return GoBytes.decode(GoBase64.decode(GoBytes.encode(s)));
        } catch (GoBase64.CorruptInputException e) {
            return e.getMessage();
        }
    }

    public static String b32enc(String s) {
        byte[] data = GoBytes.encode(s);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.length; i += 5) {
            int chunk = Math.min(5, data.length - i);
            long buffer = 0;
            for (int j = 0; j < 5; j++) {
                buffer = (buffer << 8) | (j < chunk ? (data[i + j] & 0xFF) : 0);
            }
            int chars = (chunk * 8 + 4) / 5;
            for (int j = 0; j < 8; j++) {
                out.append(j < chars ? alphabet.charAt((int) ((buffer >> (35 - 5 * j)) & 31)) : '=');
            }
        }
        return out.toString();
    }

    public static String b32dec(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = s.replace("\r", "").replace("\n", "");
        if (clean.length() % 8 != 0) {
            return "illegal base32 data at input byte " + (clean.length() - clean.length() % 8);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < clean.length(); i += 8) {
            long buffer = 0;
            int bits = 0;
            for (int j = 0; j < 8; j++) {
                char c = clean.charAt(i + j);
                if (c == '=') {
                    break;
                }
                int v = alphabet.indexOf(c);
                if (v < 0) {
                    return "illegal base32 data at input byte " + (i + j);
                }
                buffer = (buffer << 5) | v;
                bits += 5;
            }
            while (bits >= 8) {
                bits -= 8;
                out.write((int) ((buffer >> bits) & 0xFF));
            }
        }
        return GoBytes.decode(out.toByteArray());
    }

    public static String sha1sum(String s) {
        return digest("SHA-1", s);
    }

    public static String sha256sum(String s) {
        return digest("SHA-256", s);
    }

    public static String sha512sum(String s) {
        return digest("SHA-512", s);
    }

    public static String adler32sum(String s) {
        Adler32 adler = new Adler32();
        adler.update(GoBytes.encode(s));
        return Long.toString(adler.getValue());
    }

    private static String digest(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(GoBytes.encode(s)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
