package dev.helmshift.template.funcs.crypto;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPoint;

/**
 * A private key as Sprig holds one (Go's {@code *rsa.PrivateKey}, {@code *ecdsa.PrivateKey},
 * {@code ed25519.PrivateKey}, {@code *dsa.PrivateKey}), with its public key and how Go writes both: the PEM block of
 * Sprig's pemBlockForKey and the SubjectPublicKeyInfo of Go's marshalPublicKey.
 */
public sealed interface GoKey {

    /** The PEM text Sprig writes for this key. */
    String pem();

    /** The JDK key that signs with it, or null when Go cannot sign with this type (DSA). */
    PrivateKey signingKey();

    /** Go's %T of the public key, for {@code x509: unsupported public key type: *dsa.PublicKey}. */
    String publicKeyGoType();

    /** The DER SubjectPublicKeyInfo, or null when Go's x509 cannot marshal this public key type. */
    default byte[] subjectPublicKeyInfo() {
        byte[] bits = publicKeyBits();
        return bits == null ? null : Der.sequence(publicKeyAlgorithm(), Der.bitString(bits));
    }

    /** The public key bits inside the SubjectPublicKeyInfo's BIT STRING (what Go hashes for a SubjectKeyId). */
    byte[] publicKeyBits();

    /** The AlgorithmIdentifier of the public key. */
    byte[] publicKeyAlgorithm();

    /** The JDK signature algorithm Go's CreateCertificate picks for this signer, and its AlgorithmIdentifier. */
    String signatureAlgorithm();

    byte[] signatureAlgorithmId();

    /** An RSA key: PEM "RSA PRIVATE KEY" (PKCS#1); signs with SHA-256 and PKCS#1 v1.5. */
    record Rsa(RSAPrivateCrtKey key) implements GoKey {
        @Override
        public String pem() {
            byte[] der = Der.sequence(Der.integer(0), Der.integer(key.getModulus()),
                    Der.integer(key.getPublicExponent()), Der.integer(key.getPrivateExponent()),
                    Der.integer(key.getPrimeP()), Der.integer(key.getPrimeQ()), Der.integer(key.getPrimeExponentP()),
                    Der.integer(key.getPrimeExponentQ()), Der.integer(key.getCrtCoefficient()));
            return Pem.encode("RSA PRIVATE KEY", der);
        }

        @Override
        public PrivateKey signingKey() {
            return key;
        }

        @Override
        public String publicKeyGoType() {
            return "*rsa.PublicKey";
        }

        @Override
        public byte[] publicKeyBits() {
            return Der.sequence(Der.integer(key.getModulus()), Der.integer(key.getPublicExponent()));
        }

        @Override
        public byte[] publicKeyAlgorithm() {
            return Der.sequence(Der.oid(Oids.RSA_ENCRYPTION), Der.nullValue());
        }

        @Override
        public String signatureAlgorithm() {
            return "SHA256withRSA";
        }

        @Override
        public byte[] signatureAlgorithmId() {
            return Der.sequence(Der.oid(Oids.SHA256_WITH_RSA), Der.nullValue());
        }
    }

    /** An ECDSA key: PEM "EC PRIVATE KEY" (SEC 1, with the curve and the public point). */
    record Ec(EcCurve curve, ECPrivateKey key, ECPoint publicPoint) implements GoKey {
        @Override
        public String pem() {
            byte[] der = Der.sequence(Der.integer(1), Der.octetString(Der.fixedSize(key.getS(), curve.scalarBytes())),
                    Der.explicit(0, Der.oid(curve.oid)), Der.explicit(1, Der.bitString(publicKeyBits())));
            return Pem.encode("EC PRIVATE KEY", der);
        }

        @Override
        public PrivateKey signingKey() {
            return key;
        }

        @Override
        public String publicKeyGoType() {
            return "*ecdsa.PublicKey";
        }

        @Override
        public byte[] publicKeyBits() {
            int size = curve.coordinateBytes();
            return Der.concat(new byte[]{4}, Der.fixedSize(publicPoint.getAffineX(), size),
                    Der.fixedSize(publicPoint.getAffineY(), size));
        }

        @Override
        public byte[] publicKeyAlgorithm() {
            return Der.sequence(Der.oid(Oids.EC_PUBLIC_KEY), Der.oid(curve.oid));
        }

        @Override
        public String signatureAlgorithm() {
            return curve.signatureAlgorithm;
        }

        @Override
        public byte[] signatureAlgorithmId() {
            return Der.sequence(Der.oid(curve.signatureOid));
        }
    }

    /** An Ed25519 key: PEM "PRIVATE KEY" (PKCS#8 around the 32-byte seed). */
    record Ed25519(byte[] seed, byte[] publicKey, PrivateKey key) implements GoKey {
        @Override
        public String pem() {
            byte[] der = Der.sequence(Der.integer(0), Der.sequence(Der.oid(Oids.ED25519)),
                    Der.octetString(Der.octetString(seed)));
            return Pem.encode("PRIVATE KEY", der);
        }

        @Override
        public PrivateKey signingKey() {
            return key;
        }

        @Override
        public String publicKeyGoType() {
            return "ed25519.PublicKey";
        }

        @Override
        public byte[] publicKeyBits() {
            return publicKey.clone();
        }

        @Override
        public byte[] publicKeyAlgorithm() {
            return Der.sequence(Der.oid(Oids.ED25519));
        }

        @Override
        public String signatureAlgorithm() {
            return "Ed25519";
        }

        @Override
        public byte[] signatureAlgorithmId() {
            return Der.sequence(Der.oid(Oids.ED25519));
        }
    }

    /**
     * A DSA key: PEM "DSA PRIVATE KEY" (Sprig's DSAKeyFormat). Go's x509 can neither sign with it nor put its
     * public key in a certificate.
     */
    record Dsa(BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x) implements GoKey {
        @Override
        public String pem() {
            return Pem.encode("DSA PRIVATE KEY", Der.sequence(Der.integer(0), Der.integer(p), Der.integer(q),
                    Der.integer(g), Der.integer(y), Der.integer(x)));
        }

        @Override
        public PrivateKey signingKey() {
            return null;
        }

        @Override
        public String publicKeyGoType() {
            return "*dsa.PublicKey";
        }

        @Override
        public byte[] publicKeyBits() {
            return null;
        }

        @Override
        public byte[] publicKeyAlgorithm() {
            return null;
        }

        @Override
        public String signatureAlgorithm() {
            return null;
        }

        @Override
        public byte[] signatureAlgorithmId() {
            return null;
        }
    }
}
