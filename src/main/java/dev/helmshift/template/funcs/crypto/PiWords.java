package dev.helmshift.template.funcs.crypto;

import java.math.BigInteger;

/**
 * The hexadecimal digits of the fractional part of π as 32-bit words: Blowfish's initial P-array (words 0–17) and
 * S-boxes (the next 4 × 256 words) are exactly these. Computed once with Machin's formula
 * π = 16·atan(1/5) − 4·atan(1/239) in fixed point, which is shorter to check than a table of 1042 constants.
 */
final class PiWords {
    private PiWords() {
    }

    static final int COUNT = 18 + 4 * 256;

    private static final int[] WORDS = compute(COUNT);

    /** Word {@code i} (from 0) of π's fraction: 0x243F6A88, 0x85A308D3, ... */
    static int word(int i) {
        return WORDS[i];
    }

    private static int[] compute(int count) {
        int guard = 64;
        int bits = 32 * count + guard;
        BigInteger pi = atanInverse(5, bits).shiftLeft(4).subtract(atanInverse(239, bits).shiftLeft(2));
        BigInteger fraction = pi.shiftRight(guard).subtract(BigInteger.valueOf(3).shiftLeft(32 * count));
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = fraction.shiftRight(32 * (count - 1 - i)).intValue();
        }
        return words;
    }

    /** atan(1/x) · 2^bits, by its Taylor series. */
    private static BigInteger atanInverse(int x, int bits) {
        BigInteger xSquared = BigInteger.valueOf((long) x * x);
        BigInteger power = BigInteger.ONE.shiftLeft(bits).divide(BigInteger.valueOf(x));
        BigInteger sum = power;
        for (int k = 1; power.signum() != 0; k++) {
            power = power.divide(xSquared);
            BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
            sum = (k % 2 == 1) ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }
}
