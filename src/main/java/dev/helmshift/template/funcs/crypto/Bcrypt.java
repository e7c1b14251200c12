package dev.helmshift.template.funcs.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * bcrypt as {@code golang.org/x/crypto/bcrypt} does it: EksBlowfish with the password's trailing NUL byte in the key
 * schedule, 64 encryptions of "OrpheanBeholderScryDoubt", 23 of its 24 bytes kept, and the {@code $2a$} format with
 * bcrypt's own base64 alphabet.
 */
public final class Bcrypt {
    private Bcrypt() {
    }

    /** Go's DefaultCost. */
    public static final int DEFAULT_COST = 10;
    /** Go refuses longer passwords ({@code bcrypt: password length exceeds 72 bytes}). */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final String ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final byte[] MAGIC = "OrpheanBeholderScryDoubt".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Thrown for a password over 72 bytes, with Go's text. */
    public static final class PasswordTooLongException extends Exception {
        PasswordTooLongException() {
            super("bcrypt: password length exceeds 72 bytes", null, false, false);
        }
    }

    /** {@code GenerateFromPassword(password, cost)}: {@code $2a$10$} + 22 salt characters + 31 hash characters. */
    public static String hash(byte[] password, int cost) throws PasswordTooLongException {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return hash(password, cost, salt);
    }

    static String hash(byte[] password, int cost, byte[] salt) throws PasswordTooLongException {
        if (password.length > MAX_PASSWORD_BYTES) {
            throw new PasswordTooLongException();
        }
        return "$2a$" + (cost < 10 ? "0" : "") + cost + "$" + encode(salt) + encode(crypt(password, cost, salt));
    }

    /** Whether {@code hash} (a {@code $2a$}/{@code $2b$}/{@code $2y$} hash) is the hash of {@code password}. */
    public static boolean matches(byte[] password, String hash) {
        if (hash.length() != 60 || hash.charAt(0) != '$' || hash.charAt(1) != '2' || hash.charAt(3) != '$'
                || hash.charAt(6) != '$') {
            return false;
        }
        int cost = Integer.parseInt(hash.substring(4, 6));
        byte[] salt = decode(hash.substring(7, 29), 16);
        byte[] expected = crypt(password, cost, salt);
        return java.security.MessageDigest.isEqual(encode(expected).getBytes(StandardCharsets.US_ASCII),
                hash.substring(29).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] crypt(byte[] password, int cost, byte[] salt) {
        byte[] key = Arrays.copyOf(password, password.length + 1);
        Blowfish cipher = Blowfish.salted(key, salt);
        long rounds = 1L << cost;
        for (long i = 0; i < rounds; i++) {
            cipher.expandKey(key);
            cipher.expandKey(salt);
        }
        byte[] data = MAGIC.clone();
        for (int i = 0; i < 24; i += 8) {
            for (int j = 0; j < 64; j++) {
                cipher.encrypt(data, i);
            }
        }
        return Arrays.copyOf(data, 23);
    }

    /** Base64 with bcrypt's alphabet and no padding. */
    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.length; i += 3) {
            int chunk = Math.min(3, data.length - i);
            int bits = 0;
            for (int j = 0; j < 3; j++) {
                bits = bits << 8 | (j < chunk ? data[i + j] & 0xFF : 0);
            }
            for (int j = 0; j <= chunk; j++) {
                out.append(ALPHABET.charAt(bits >> (18 - 6 * j) & 0x3F));
            }
        }
        return out.toString();
    }

    static byte[] decode(String text, int length) {
        byte[] out = new byte[length];
        int bits = 0;
        int count = 0;
        int at = 0;
        for (int i = 0; i < text.length() && at < length; i++) {
            bits = bits << 6 | ALPHABET.indexOf(text.charAt(i));
            count += 6;
            if (count >= 8) {
                count -= 8;
                out[at++] = (byte) (bits >> count);
            }
        }
        return out;
    }

    /** Blowfish with the salted ("expensive") key schedule bcrypt needs. */
    private static final class Blowfish {
        private final int[] p = new int[18];
        private final int[] s = new int[1024];

        private Blowfish() {
            for (int i = 0; i < 18; i++) {
                p[i] = PiWords.word(i);
            }
            for (int i = 0; i < 1024; i++) {
                s[i] = PiWords.word(18 + i);
            }
        }

        /** Go's NewSaltedCipher: the initial tables mixed with the key, then re-keyed with the salt folded in. */
        static Blowfish salted(byte[] key, byte[] salt) {
            Blowfish b = new Blowfish();
            int[] j = {0};
            for (int i = 0; i < 18; i++) {
                b.p[i] ^= nextWord(key, j);
            }
            j[0] = 0;
            int[] lr = {0, 0};
            for (int i = 0; i < 18; i += 2) {
                lr[0] ^= nextWord(salt, j);
                lr[1] ^= nextWord(salt, j);
                b.encryptBlock(lr);
                b.p[i] = lr[0];
                b.p[i + 1] = lr[1];
            }
            for (int i = 0; i < 1024; i += 2) {
                lr[0] ^= nextWord(salt, j);
                lr[1] ^= nextWord(salt, j);
                b.encryptBlock(lr);
                b.s[i] = lr[0];
                b.s[i + 1] = lr[1];
            }
            return b;
        }

        /** Go's ExpandKey: XOR the key into P, then replace P and S by successive encryptions of zero. */
        void expandKey(byte[] key) {
            int[] j = {0};
            for (int i = 0; i < 18; i++) {
                p[i] ^= nextWord(key, j);
            }
            int[] lr = {0, 0};
            for (int i = 0; i < 18; i += 2) {
                encryptBlock(lr);
                p[i] = lr[0];
                p[i + 1] = lr[1];
            }
            for (int i = 0; i < 1024; i += 2) {
                encryptBlock(lr);
                s[i] = lr[0];
                s[i + 1] = lr[1];
            }
        }

        void encrypt(byte[] data, int at) {
            int[] lr = {readInt(data, at), readInt(data, at + 4)};
            encryptBlock(lr);
            writeInt(data, at, lr[0]);
            writeInt(data, at + 4, lr[1]);
        }

        private void encryptBlock(int[] lr) {
            int xl = lr[0];
            int xr = lr[1];
            xl ^= p[0];
            for (int i = 1; i <= 16; i += 2) {
                xr ^= f(xl) ^ p[i];
                xl ^= f(xr) ^ p[i + 1];
            }
            xr ^= p[17];
            lr[0] = xr;
            lr[1] = xl;
        }

        private int f(int x) {
            return ((s[x >>> 24] + s[256 + (x >>> 16 & 0xFF)]) ^ s[512 + (x >>> 8 & 0xFF)]) + s[768 + (x & 0xFF)];
        }

        /** The next 4 bytes of {@code data} as a big-endian word, wrapping around its end. */
        private static int nextWord(byte[] data, int[] j) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | data[j[0]] & 0xFF;
                j[0] = (j[0] + 1) % data.length;
            }
            return word;
        }

        private static int readInt(byte[] b, int at) {
            return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
        }

        private static void writeInt(byte[] b, int at, int v) {
            b[at] = (byte) (v >>> 24);
            b[at + 1] = (byte) (v >>> 16);
            b[at + 2] = (byte) (v >>> 8);
            b[at + 3] = (byte) v;
        }
    }
}
