package dev.helmshift.template.funcs.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/** scrypt (RFC 7914) as {@code golang.org/x/crypto/scrypt.Key}: PBKDF2-HMAC-SHA256, ROMix over Salsa20/8. */
public final class Scrypt {
    private Scrypt() {
    }

    /** The {@code keyLength}-byte key for {@code password} and {@code salt}; {@code n} must be a power of 2. */
    public static byte[] key(byte[] password, byte[] salt, int n, int r, int p, int keyLength) {
        int blockBytes = 128 * r;
        byte[] b = pbkdf2(password, salt, p * blockBytes);
        int[] x = new int[32 * r];
        int[] v = new int[32 * r * n];
        int[] scratch = new int[32 * r];
        for (int i = 0; i < p; i++) {
            readWords(b, i * blockBytes, x);
            roMix(x, v, scratch, n, r);
            writeWords(x, b, i * blockBytes);
        }
        return pbkdf2(password, b, keyLength);
    }

    /** HMAC-SHA256 for an arbitrary key (the JDK refuses an empty one; HMAC pads keys with zeros anyway). */
    public static Mac hmacSha256(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** PBKDF2-HMAC-SHA256 with one iteration, as scrypt uses it. */
    private static byte[] pbkdf2(byte[] password, byte[] salt, int length) {
        Mac mac = hmacSha256(password);
        byte[] out = new byte[length];
        for (int block = 1, at = 0; at < length; block++, at += 32) {
            mac.update(salt);
            mac.update(new byte[]{(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] t = mac.doFinal();
            System.arraycopy(t, 0, out, at, Math.min(32, length - at));
        }
        return out;
    }

    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int k = 0; k < words; k++) {
                x[k] ^= v[j * words + k];
            }
            blockMix(x, scratch, r);
        }
    }

    /** BlockMix: Salsa20/8 over the 64-byte blocks, chained, even outputs first then odd ones. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] x = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                x[k] ^= b[i * 16 + k];
            }
            salsa208(x);
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(x, 0, y, to, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    private static void salsa208(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
            x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
            x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
            x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
            x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
            x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
            x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
            x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
            x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
            x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
            x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
            x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
            x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
            x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
            x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
            x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
            x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
    }

    private static void readWords(byte[] in, int at, int[] out) {
        for (int i = 0; i < out.length; i++) {
            int o = at + 4 * i;
            out[i] = in[o] & 0xFF | (in[o + 1] & 0xFF) << 8 | (in[o + 2] & 0xFF) << 16 | (in[o + 3] & 0xFF) << 24;
        }
    }

    private static void writeWords(int[] in, byte[] out, int at) {
        for (int i = 0; i < in.length; i++) {
            int o = at + 4 * i;
            out[o] = (byte) in[i];
            out[o + 1] = (byte) (in[i] >>> 8);
            out[o + 2] = (byte) (in[i] >>> 16);
            out[o + 3] = (byte) (in[i] >>> 24);
        }
    }
}
