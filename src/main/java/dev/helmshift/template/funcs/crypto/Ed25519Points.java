package dev.helmshift.template.funcs.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Ed25519 public key of a 32-byte seed (RFC 8032 §5.1.5), which the JDK computes only inside its key pair
 * generator: SHA-512 of the seed, clamped, times the base point, encoded as y with the sign of x in the top bit.
 */
final class Ed25519Points {
    private Ed25519Points() {
    }

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger[] BASE = {
            new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
            new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960")};

    /** The 32-byte encoded public key of {@code seed}. */
    static byte[] publicKey(byte[] seed) {
        byte[] h = sha512(seed);
        byte[] scalar = new byte[32];
        for (int i = 0; i < 32; i++) {
            scalar[i] = h[31 - i];
        }
        scalar[31] &= (byte) 0xF8;
        scalar[0] &= 0x7F;
        scalar[0] |= 0x40;
        BigInteger s = new BigInteger(1, scalar);
        BigInteger[] result = {BigInteger.ZERO, BigInteger.ONE};
        BigInteger[] addend = BASE;
        for (int i = 0; i < s.bitLength(); i++) {
            if (s.testBit(i)) {
                result = add(result, addend);
            }
            addend = add(addend, addend);
        }
        byte[] y = Der.fixedSize(result[1], 32);
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = y[31 - i];
        }
        if (result[0].testBit(0)) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    /** Twisted Edwards addition with a = -1 (complete: also doubles). */
    private static BigInteger[] add(BigInteger[] first, BigInteger[] second) {
        BigInteger x1 = first[0];
        BigInteger y1 = first[1];
        BigInteger x2 = second[0];
        BigInteger y2 = second[1];
        BigInteger dxy = D.multiply(x1).multiply(x2).multiply(y1).multiply(y2).mod(P);
        BigInteger x3 = x1.multiply(y2).add(y1.multiply(x2)).multiply(BigInteger.ONE.add(dxy).modInverse(P)).mod(P);
        BigInteger y3 = y1.multiply(y2).add(x1.multiply(x2)).multiply(BigInteger.ONE.subtract(dxy).modInverse(P)).mod(P);
        return new BigInteger[]{x3, y3};
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
