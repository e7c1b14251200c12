package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.codec.GoBase64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Sprig's encryptAES and decryptAES: AES-256-CBC whose key is the password's bytes zero-padded (or cut) to 32
 * bytes, PKCS#7 padding, the random IV in front, standard base64. decryptAES checks nothing Sprig does not check:
 * a short or ragged input or a padding byte larger than the text fails with the Go runtime panic Sprig hits
 * ({@code runtime error: slice bounds out of range [:16] with capacity 3}), and a wrong password gives garbage.
 */
public final class Aes {
    private Aes() {
    }

    private static final int BLOCK = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String encrypt(String password, String plaintext) {
        if (plaintext.isEmpty()) {
            return "";
        }
        byte[] content = GoBytes.encode(plaintext);
        int padding = BLOCK - content.length % BLOCK;
        byte[] padded = Arrays.copyOf(content, content.length + padding);
        Arrays.fill(padded, content.length, padded.length, (byte) padding);
        byte[] out = new byte[BLOCK + padded.length];
        byte[] iv = new byte[BLOCK];
        RANDOM.nextBytes(iv);
        System.arraycopy(iv, 0, out, 0, BLOCK);
        byte[] encrypted = run(Cipher.ENCRYPT_MODE, password, iv, padded);
        System.arraycopy(encrypted, 0, out, BLOCK, encrypted.length);
        return Base64.getEncoder().encodeToString(out);
    }

    public static String decrypt(String password, String crypt64) {
        if (crypt64.isEmpty()) {
            return "";
        }
        byte[] crypt;
        try {
            crypt = GoBase64.decode(GoBytes.encode(crypt64));
        } catch (GoBase64.CorruptInputException e) {
            throw new FunctionException(e.getMessage());
        }
        if (crypt.length < BLOCK) {
            throw new FunctionException("runtime error: slice bounds out of range [:16] with capacity "
                    + GoBase64.decodedLen(GoBytes.encode(crypt64).length));
        }
        byte[] body = Arrays.copyOfRange(crypt, BLOCK, crypt.length);
        if (body.length % BLOCK != 0) {
            throw new FunctionException("crypto/cipher: input not full blocks");
        }
        if (body.length == 0) {
            throw new FunctionException("runtime error: index out of range [-1]");
        }
        byte[] decrypted = run(Cipher.DECRYPT_MODE, password, Arrays.copyOf(crypt, BLOCK), body);
        int end = decrypted.length - (decrypted[decrypted.length - 1] & 0xFF);
        if (end < 0) {
            throw new FunctionException("runtime error: slice bounds out of range [:" + end + "]");
        }
        return GoBytes.decode(decrypted, 0, end);
    }

    private static byte[] run(int mode, String password, byte[] iv, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(Arrays.copyOf(GoBytes.encode(password), 32), "AES"),
                    new IvParameterSpec(iv));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is part of every Java runtime", e);
        }
    }
}
