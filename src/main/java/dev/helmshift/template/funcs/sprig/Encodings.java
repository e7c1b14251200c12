package dev.helmshift.template.funcs.sprig;

import java.nio.charset.StandardCharsets;
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
        return Base64.getEncoder().encodeToString(utf8(s));
    }

    public static String b64dec(String s) {
        String clean = s.replace("\r", "").replace("\n", "");
        String error = checkBase64(clean);
        if (error != null) {
            return error;
        }
        return new String(Base64.getDecoder().decode(clean), StandardCharsets.UTF_8);
    }

    /** Go's StdEncoding is strict about padding; report the byte Go reports. */
    private static String checkBase64(String s) {
        int n = s.length();
        int pad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (c == '=') {
                int quantum = i % 4;
                if (quantum < 2) {
                    return "illegal base64 data at input byte " + i;
                }
                pad = n - i;
                for (int j = i; j < n; j++) {
                    if (s.charAt(j) != '=') {
                        return "illegal base64 data at input byte " + j;
                    }
                }
                if (quantum + pad != 4) {
                    return "illegal base64 data at input byte " + (quantum + pad > 4 ? i + 4 - quantum : n);
                }
                return null;
            }
            if (!alphabet) {
                return "illegal base64 data at input byte " + i;
            }
        }
        if (n % 4 != 0) {
            return "illegal base64 data at input byte " + (n - n % 4);
        }
        return null;
    }

    public static String b32enc(String s) {
        byte[] data = utf8(s);
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
        return out.toString(StandardCharsets.UTF_8);
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
        adler.update(utf8(s));
        return Long.toString(adler.getValue());
    }

    private static String digest(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(utf8(s)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
