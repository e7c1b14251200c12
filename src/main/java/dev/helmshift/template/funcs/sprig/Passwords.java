package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.crypto.Bcrypt;
import dev.helmshift.template.funcs.crypto.Scrypt;

import javax.crypto.Mac;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Sprig's password functions: bcrypt and htpasswd (golang.org/x/crypto/bcrypt, cost 10, {@code $2a$}), and
 * derivePassword, the Master Password algorithm (scrypt N=32768 r=8 p=2, then HMAC-SHA256 picks a template and its
 * characters), which is deterministic. Failures are returned as text, as Sprig does.
 */
public final class Passwords {
    private Passwords() {
    }

    private static final String SEED = "com.lyndir.masterpassword";

    private static final Map<String, List<String>> TEMPLATES = Map.of(
            "maximum", List.of("anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"),
            "long", List.of("CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
                    "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
                    "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
                    "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
                    "CvccCvcvCvccno"),
            "medium", List.of("CvcnoCvc", "CvcCvcno"),
            "short", List.of("Cvcn"),
            "basic", List.of("aaanaaan", "aannaaan", "aaannaaa"),
            "pin", List.of("nnnn"));

    private static final Map<Character, String> CHARACTERS = Map.of(
            'V', "AEIOU",
            'C', "BCDFGHJKLMNPQRSTVWXYZ",
            'v', "aeiou",
            'c', "bcdfghjklmnpqrstvwxyz",
            'A', "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
            'a', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
            'n', "0123456789",
            'o', "@&%?,=[]_:-+*$#!'^~;()/.",
            'x', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()");

    public static String bcrypt(String input) {
        try {
            return Bcrypt.hash(GoBytes.encode(input), Bcrypt.DEFAULT_COST);
        } catch (Bcrypt.PasswordTooLongException e) {
            return "failed to encrypt string with bcrypt: " + e.getMessage();
        }
    }

    public static String htpasswd(String username, String password) {
        if (username.contains(":")) {
            return "invalid username: " + username;
        }
        return username + ":" + bcrypt(password);
    }

    /** {@code counter} is Go's uint32 (a Long of 0..2^32-1). */
    public static String derivePassword(long counter, String passwordType, String password, String user, String site) {
        List<String> templates = TEMPLATES.get(passwordType);
        if (templates == null) {
            return "cannot find password template " + passwordType;
        }
        byte[] key = Scrypt.key(GoBytes.encode(password), scope(user), 32768, 8, 2, 64);
        ByteArrayOutputStream message = scopeStream(site);
        writeUint32(message, counter);
        Mac mac = Scrypt.hmacSha256(key);
        byte[] seed = mac.doFinal(message.toByteArray());
        String template = templates.get((seed[0] & 0xFF) % templates.size());
        StringBuilder out = new StringBuilder(template.length());
        for (int i = 0; i < template.length(); i++) {
            String chars = CHARACTERS.get(template.charAt(i));
            out.append(chars.charAt((seed[i + 1] & 0xFF) % chars.length()));
        }
        return out.toString();
    }

    /** The seed, then the big-endian byte length of {@code name}, then {@code name}. */
    private static byte[] scope(String name) {
        return scopeStream(name).toByteArray();
    }

    private static ByteArrayOutputStream scopeStream(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GoBytes.encode(SEED));
        byte[] bytes = GoBytes.encode(name);
        writeUint32(out, bytes.length);
        out.writeBytes(bytes);
        return out;
    }

    private static void writeUint32(ByteArrayOutputStream out, long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
    }
}
