package dev.helmshift.template.funcs.crypto;

import java.math.BigInteger;
import java.security.AlgorithmParameterGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.DSAGenParameterSpec;
import java.security.spec.DSAParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Arrays;

/**
 * Generating keys as Sprig's genPrivateKey does (RSA 4096, DSA L2048N256 with fresh parameters, ECDSA P-256,
 * Ed25519) and reading them back from PEM as Sprig's parsePrivateKeyPEM does, with its error texts.
 */
public final class GoKeys {
    private GoKeys() {
    }

    /** A key that does not parse; the message is the text Sprig wraps ({@code no PEM data in input}). */
    public static final class KeyParseException extends Exception {
        KeyParseException(String message) {
            super(message, null, false, false);
        }
    }

    /** A new key of Sprig's type name ("", "rsa", "dsa", "ecdsa", "ed25519"), or null for an unknown type. */
    public static GoKey generate(String type) {
        return switch (type) {
            case "", "rsa" -> rsa(4096);
            case "dsa" -> dsa();
            case "ecdsa" -> ecdsa();
            case "ed25519" -> ed25519();
            default -> null;
        };
    }

    /** A new RSA key of {@code bits} bits. */
    public static GoKey rsa(int bits) {
        KeyPair pair = pair("RSA", g -> g.initialize(bits));
        return new GoKey.Rsa((RSAPrivateCrtKey) pair.getPrivate());
    }

    private static GoKey dsa() {
        try {
            AlgorithmParameterGenerator parameters = AlgorithmParameterGenerator.getInstance("DSA");
            parameters.init(new DSAGenParameterSpec(2048, 256));
            DSAParameterSpec spec = parameters.generateParameters().getParameterSpec(DSAParameterSpec.class);
            KeyPair pair = pair("DSA", g -> g.initialize(spec));
            DSAPrivateKey priv = (DSAPrivateKey) pair.getPrivate();
            return new GoKey.Dsa(spec.getP(), spec.getQ(), spec.getG(), ((DSAPublicKey) pair.getPublic()).getY(),
                    priv.getX());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DSA is part of every Java runtime", e);
        }
    }

    private static GoKey ecdsa() {
        KeyPair pair = pair("EC", g -> g.initialize(new ECGenParameterSpec(EcCurve.P256.jdkName)));
        return new GoKey.Ec(EcCurve.P256, (ECPrivateKey) pair.getPrivate(), ((ECPublicKey) pair.getPublic()).getW());
    }

    private static GoKey ed25519() {
        KeyPair pair = pair("Ed25519", g -> { });
        byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        var point = ((EdECPublicKey) pair.getPublic()).getPoint();
        byte[] y = Der.fixedSize(point.getY(), 32);
        byte[] encoded = new byte[32];
        for (int i = 0; i < 32; i++) {
            encoded[i] = y[31 - i];
        }
        if (point.isXOdd()) {
            encoded[31] |= (byte) 0x80;
        }
        return new GoKey.Ed25519(seed, encoded, pair.getPrivate());
    }

    private interface Init {
        void init(KeyPairGenerator generator) throws GeneralSecurityException;
    }

    private static KeyPair pair(String algorithm, Init init) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            init.init(generator);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " key generation is part of every Java runtime", e);
        }
    }

    /** Sprig's parsePrivateKeyPEM: the first PEM block of {@code text}, read by its type. */
    public static GoKey parsePem(String text) throws KeyParseException {
        Pem.Block block = Pem.decode(text);
        if (block == null) {
            throw new KeyParseException("no PEM data in input");
        }
        String type = block.type();
        if (type.equals("PRIVATE KEY")) {
            return wrap("decoding PEM as PKCS#8: ", () -> pkcs8(block.bytes()));
        }
        if (!type.endsWith(" PRIVATE KEY")) {
            throw new KeyParseException("no private key data in PEM block of type " + type);
        }
        return switch (type.substring(0, type.length() - " PRIVATE KEY".length())) {
            case "RSA" -> wrap("parsing RSA private key from PEM: ", () -> pkcs1(block.bytes()));
            case "EC" -> wrap("parsing EC private key from PEM: ", () -> sec1(null, block.bytes()));
            case "DSA" -> wrap("parsing DSA private key from PEM: ", () -> dsa(block.bytes()));
            default -> throw new KeyParseException("invalid private key type " + type);
        };
    }

    private interface Parse {
        GoKey parse() throws GoAsn1.Asn1Exception, KeyParseException;
    }

    private static GoKey wrap(String prefix, Parse parse) throws KeyParseException {
        try {
            return parse.parse();
        } catch (GoAsn1.Asn1Exception | KeyParseException e) {
            throw new KeyParseException(prefix + e.getMessage());
        }
    }

    private static final String USE = "x509: failed to parse private key (use %s instead for this key format)";

    private record Pkcs1(long version, BigInteger n, long e, BigInteger d, BigInteger p, BigInteger q,
                         boolean trailingData) {
    }

    /** Go's asn1.Unmarshal into pkcs1PrivateKey (the optional CRT values and extra primes are recomputed or ignored). */
    private static Pkcs1 readPkcs1(byte[] der) throws GoAsn1.Asn1Exception {
        GoAsn1.Struct key = GoAsn1.struct(der, "pkcs1PrivateKey");
        Pkcs1 read = new Pkcs1(key.goInt(), key.bigInt(), key.goInt(), key.bigInt(), key.bigInt(), key.bigInt(),
                key.end() < der.length);
        key.optionalBigInt();
        key.optionalBigInt();
        key.optionalBigInt();
        return read;
    }

    /** Go's ParsePKCS1PrivateKey. */
    private static GoKey pkcs1(byte[] der) throws GoAsn1.Asn1Exception, KeyParseException {
        Pkcs1 key;
        try {
            key = readPkcs1(der);
        } catch (GoAsn1.Asn1Exception failure) {
            KeyParseException hint = otherFormat(der, Format.SEC1, Format.PKCS8);
            if (hint != null) {
                throw hint;
            }
            throw failure;
        }
        if (key.trailingData()) {
            throw GoAsn1.syntax("trailing data");
        }
        if (key.version() > 1) {
            throw new KeyParseException("x509: unsupported private key version");
        }
        if (key.n().signum() <= 0 || key.d().signum() <= 0 || key.p().signum() <= 0 || key.q().signum() <= 0) {
            throw new KeyParseException("x509: private key contains zero or negative value");
        }
        BigInteger one = BigInteger.ONE;
        BigInteger d = key.d();
        RSAPrivateCrtKeySpec spec = new RSAPrivateCrtKeySpec(key.n(), BigInteger.valueOf(key.e()), d, key.p(), key.q(),
                d.mod(key.p().subtract(one)), d.mod(key.q().subtract(one)), key.q().modInverse(key.p()));
        return new GoKey.Rsa((RSAPrivateCrtKey) jdkKey("RSA", spec));
    }

    private record Sec1(long version, byte[] scalar, String curveOid) {
    }

    private static Sec1 readSec1(byte[] der) throws GoAsn1.Asn1Exception {
        GoAsn1.Struct key = GoAsn1.struct(der, "ecPrivateKey");
        long version = key.goInt();
        byte[] scalar = key.octets();
        byte[] oid = key.optionalExplicit(0, Der.OID, "ObjectIdentifier");
        key.optionalExplicit(1, Der.BIT_STRING, "BitString");
        return new Sec1(version, scalar, oid == null ? null : GoAsn1.decodeOid(oid));
    }

    /** Go's parseECPrivateKey; {@code curveOid} comes from a PKCS#8 wrapper, or is null. */
    private static GoKey sec1(String curveOid, byte[] der) throws KeyParseException {
        Sec1 sec1;
        try {
            sec1 = readSec1(der);
        } catch (GoAsn1.Asn1Exception failure) {
            KeyParseException hint = otherFormat(der, Format.PKCS8, Format.PKCS1);
            throw hint != null ? hint : new KeyParseException("x509: failed to parse EC private key: "
                    + failure.getMessage());
        }
        if (sec1.version() != 1) {
            throw new KeyParseException("x509: unknown EC private key version " + sec1.version());
        }
        EcCurve curve = EcCurve.byOid(curveOid != null ? curveOid : sec1.curveOid() == null ? "" : sec1.curveOid());
        if (curve == null) {
            throw new KeyParseException("x509: unknown elliptic curve");
        }
        BigInteger k = new BigInteger(1, sec1.scalar());
        if (k.compareTo(curve.params().getOrder()) >= 0) {
            throw new KeyParseException("x509: invalid elliptic curve private key value");
        }
        byte[] scalar = sec1.scalar();
        int size = curve.scalarBytes();
        for (int i = 0; scalar.length - i > size; i++) {
            if (scalar[i] != 0) {
                throw new KeyParseException("x509: invalid private key length");
            }
        }
        ECPoint point = EcPoints.publicPoint(curve.params(), k);
        return new GoKey.Ec(curve, (ECPrivateKey) jdkKey("EC", new ECPrivateKeySpec(k, curve.params())), point);
    }

    private record Pkcs8(String algorithm, byte[] parameters, byte[] privateKey) {
    }

    private static Pkcs8 readPkcs8(byte[] der) throws GoAsn1.Asn1Exception {
        GoAsn1.Struct key = GoAsn1.struct(der, "pkcs8");
        key.goInt();
        GoAsn1.Struct algorithm = key.nestedStruct("AlgorithmIdentifier");
        String oid = algorithm.oid();
        byte[] parameters = algorithm.optionalRaw();
        return new Pkcs8(oid, parameters, key.octets());
    }

    /** Go's ParsePKCS8PrivateKey, for the algorithms Sprig can use. */
    private static GoKey pkcs8(byte[] der) throws GoAsn1.Asn1Exception, KeyParseException {
        Pkcs8 key;
        try {
            key = readPkcs8(der);
        } catch (GoAsn1.Asn1Exception failure) {
            KeyParseException hint = otherFormat(der, Format.SEC1, Format.PKCS1);
            if (hint != null) {
                throw hint;
            }
            throw failure;
        }
        switch (key.algorithm()) {
            case Oids.RSA_ENCRYPTION -> {
                try {
                    return pkcs1(key.privateKey());
                } catch (GoAsn1.Asn1Exception | KeyParseException e) {
                    throw new KeyParseException("x509: failed to parse RSA private key embedded in PKCS#8: "
                            + e.getMessage());
                }
            }
            case Oids.EC_PUBLIC_KEY -> {
                String curve = null;
                try {
                    if (key.parameters() != null && key.parameters()[0] == Der.OID) {
                        curve = GoAsn1.decodeOid(Arrays.copyOfRange(key.parameters(), 2, key.parameters().length));
                    }
                } catch (GoAsn1.Asn1Exception e) {
                    curve = null;
                }
                try {
                    return sec1(curve, key.privateKey());
                } catch (KeyParseException e) {
                    throw new KeyParseException("x509: failed to parse EC private key embedded in PKCS#8: "
                            + e.getMessage());
                }
            }
            case Oids.ED25519 -> {
                if (key.parameters() != null) {
                    throw new KeyParseException("x509: invalid Ed25519 private key parameters");
                }
                byte[] seed;
                try {
                    seed = GoAsn1.octets(key.privateKey());
                } catch (GoAsn1.Asn1Exception e) {
                    throw new KeyParseException("x509: invalid Ed25519 private key: " + e.getMessage());
                }
                if (seed.length != 32) {
                    throw new KeyParseException("x509: invalid Ed25519 private key length: " + seed.length);
                }
                PrivateKey jdk = jdkKey("Ed25519", new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
                return new GoKey.Ed25519(seed, Ed25519Points.publicKey(seed), jdk);
            }
            default -> throw new KeyParseException(
                    "x509: PKCS#8 wrapping contained private key with unknown algorithm: " + key.algorithm());
        }
    }

    /** Sprig's DSAKeyFormat. */
    private static GoKey dsa(byte[] der) throws GoAsn1.Asn1Exception {
        GoAsn1.Struct key = GoAsn1.struct(der, "DSAKeyFormat");
        key.goInt();
        return new GoKey.Dsa(key.bigInt(), key.bigInt(), key.bigInt(), key.bigInt(), key.bigInt());
    }

    /** The key formats Go's parsers try, in turn, to tell which parser a failed key was meant for. */
    private enum Format {
        PKCS1("ParsePKCS1PrivateKey"), SEC1("ParseECPrivateKey"), PKCS8("ParsePKCS8PrivateKey");

        private final String parser;

        Format(String parser) {
            this.parser = parser;
        }

        boolean reads(byte[] der) {
            try {
                switch (this) {
                    case PKCS1 -> readPkcs1(der);
                    case SEC1 -> readSec1(der);
                    default -> readPkcs8(der);
                }
                return true;
            } catch (GoAsn1.Asn1Exception e) {
                return false;
            }
        }
    }

    /** Go's hint {@code use ParseECPrivateKey instead for this key format}, for the first format that reads, or null. */
    private static KeyParseException otherFormat(byte[] der, Format... formats) {
        for (Format format : formats) {
            if (format.reads(der)) {
                return new KeyParseException(String.format(USE, format.parser));
            }
        }
        return null;
    }

    private static PrivateKey jdkKey(String algorithm, java.security.spec.KeySpec spec) throws KeyParseException {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(spec);
        } catch (GeneralSecurityException e) {
            throw new KeyParseException("x509: invalid " + algorithm + " private key: " + e.getMessage());
        }
    }
}
