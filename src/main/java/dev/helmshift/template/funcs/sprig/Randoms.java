package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Sprig's random functions. Their output differs on every render, in Helm as here; tests check shape, not value.
 */
public final class Randoms {
    private Randoms() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String NUMERIC = "0123456789";

    public static String randAlphaNum(int count) {
        return random(count, ALPHA + NUMERIC);
    }

    public static String randAlpha(int count) {
        return random(count, ALPHA);
    }

    public static String randNumeric(int count) {
        return random(count, NUMERIC);
    }

    /** Printable ASCII from space to '~'. */
    public static String randAscii(int count) {
        StringBuilder chars = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) {
            chars.append(c);
        }
        return random(count, chars.toString());
    }

    public static int randInt(int min, int max) {
        if (max - min <= 0) {
            throw new dev.helmshift.template.exec.FunctionException("invalid argument to Intn");
        }
        return min + RANDOM.nextInt(max - min);
    }

    /** randBytes: {@code count} random bytes, base64; a negative count is Go's makeslice panic. */
    public static String randBytes(int count) {
        if (count < 0) {
            throw new dev.helmshift.template.exec.FunctionException("runtime error: makeslice: len out of range");
        }
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    public static String uuidv4() {
        return UUID.randomUUID().toString();
    }

    public static String shuffle(String s) {
        List<Integer> cps = new ArrayList<>();
        GoBytes.toValidUtf8(s).codePoints().forEach(cps::add);   // Go's []rune(s)
        Collections.shuffle(cps, RANDOM);
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String random(int count, String alphabet) {
        if (count < 0) {
            throw new dev.helmshift.template.exec.FunctionException(
                    "Requested random string length " + count + " is less than 0.");
        }
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
