package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.crypto.Der;
import dev.helmshift.template.funcs.crypto.Pem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.DSAPrivateKeySpec;
import java.security.spec.DSAPublicKeySpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The certificates and keys of Sprig's crypto functions, checked by validity with the JDK: the JDK parses them,
 * signatures verify, and the fields are those Sprig's templates set (CN, SANs, CA flag, key usages, validity days,
 * key identifiers). Exact structure against helm's output is CryptoOutputsTest's job.
 */
class CertificateFunctionsTest {
    private static final String RSA_OID = "1.2.840.113549.1.1.1";
    private static final String EC_OID = "1.2.840.10045.2.1";

    private static X509Certificate x509(String pem) throws Exception {
        Pem.Block block = Pem.decode(pem);
        assertThat(block.type()).isEqualTo("CERTIFICATE");
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(block.bytes()));
    }

    /** A PEM private key as the JDK reads it: PKCS#1 and SEC 1 wrapped into PKCS#8 first. */
    private static PrivateKey jdkKey(String pem) throws Exception {
        Pem.Block block = Pem.decode(pem);
        return switch (block.type()) {
            case "RSA PRIVATE KEY" -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Der.sequence(Der.integer(0), Der.sequence(Der.oid(RSA_OID), Der.nullValue()),
                            Der.octetString(block.bytes()))));
            case "EC PRIVATE KEY" -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
                    Der.sequence(Der.integer(0), Der.sequence(Der.oid(EC_OID), Der.oid("1.2.840.10045.3.1.7")),
                            Der.octetString(block.bytes()))));
            case "PRIVATE KEY" -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(block.bytes()));
            default -> throw new AssertionError("unexpected PEM type " + block.type());
        };
    }

    /** Whether the private key and the public key are one pair: a signature made with one verifies with the other. */
    private static boolean pair(PrivateKey privateKey, PublicKey publicKey) throws Exception {
        String algorithm = switch (publicKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            default -> publicKey.getAlgorithm();
        };
        byte[] data = "helmshift".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(privateKey);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(data);
        return verifier.verify(signature);
    }

    /** The bits inside a SubjectPublicKeyInfo's BIT STRING (Go hashes them for the SubjectKeyId). */
    private static byte[] publicKeyBits(PublicKey key) {
        byte[] spki = key.getEncoded();
        int at = headerLength(spki, 0);
        at += headerLength(spki, at) + contentLength(spki, at);
        int bits = at + headerLength(spki, at);
        return Arrays.copyOfRange(spki, bits + 1, at + headerLength(spki, at) + contentLength(spki, at));
    }

    private static int headerLength(byte[] der, int at) {
        int first = der[at + 1] & 0xFF;
        return first < 0x80 ? 2 : 2 + (first & 0x7F);
    }

    private static int contentLength(byte[] der, int at) {
        int first = der[at + 1] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7F); i++) {
            length = length << 8 | der[at + 2 + i] & 0xFF;
        }
        return length;
    }

    /** The key id inside a SubjectKeyIdentifier extension value, or of an AuthorityKeyIdentifier's [0]. */
    private static byte[] keyId(X509Certificate cert, String oid) {
        byte[] value = cert.getExtensionValue(oid);
        if (value == null) {
            return null;
        }
        byte[] inner = Arrays.copyOfRange(value, headerLength(value, 0), value.length);
        int skip = oid.equals("2.5.29.35") ? headerLength(inner, 0) : 0;
        return Arrays.copyOfRange(inner, skip + headerLength(inner, skip), inner.length);
    }

    private static byte[] sha256First20(byte[] data) throws Exception {
        return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(data), 20);
    }

    private static List<List<?>> sans(X509Certificate cert) throws Exception {
        List<List<?>> out = new ArrayList<>();
        if (cert.getSubjectAlternativeNames() != null) {
            out.addAll(cert.getSubjectAlternativeNames());
        }
        return out;
    }

    private static void assertValidFor(X509Certificate cert, int days) {
        Instant notBefore = cert.getNotBefore().toInstant();
        assertThat(Duration.between(notBefore, cert.getNotAfter().toInstant())).isEqualTo(Duration.ofDays(days));
        assertThat(notBefore).isBetween(Instant.now().minusSeconds(30), Instant.now());
    }

    @Test
    void aCaIsSelfSignedWithSprigsUsagesValidityAndKeyId() throws Exception {
        Certificates.Certificate ca = Certificates.genCA("my-ca", 365);
        X509Certificate cert = x509(ca.cert());
        assertThat(cert.getVersion()).isEqualTo(3);
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=my-ca");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(cert.getSubjectX500Principal());
        assertThat(cert.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(cert.getKeyUsage()).startsWith(true, false, true, false, false, true, false, false, false);
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(cert.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.15", "2.5.29.19");
        assertThat(cert.getSerialNumber().signum()).isPositive();
        assertThat(cert.getSerialNumber().bitLength()).isLessThanOrEqualTo(128);
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertValidFor(cert, 365);
        cert.verify(cert.getPublicKey());
        assertThat(keyId(cert, "2.5.29.14")).isEqualTo(sha256First20(publicKeyBits(cert.getPublicKey())));
        assertThat(keyId(cert, "2.5.29.35")).isNull();
        assertThat(sans(cert)).isEmpty();

        PrivateKey key = jdkKey(ca.key());
        assertThat(((RSAPrivateCrtKey) key).getModulus()).isEqualTo(((RSAPublicKey) cert.getPublicKey()).getModulus());
        assertThat(((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(pair(key, cert.getPublicKey())).isTrue();
    }

    @Test
    void aSignedCertificateIsSignedByItsCaAndNamesItsHosts() throws Exception {
        Certificates.Certificate ca = Certificates.genCA("my-ca", 365);
        Certificates.Certificate leaf = Certificates.genSignedCert("leaf.example",
                List.of("10.0.0.1", "::1", "::ffff:1.2.3.4"), List.of("a.example", "*.b.example"), 30, ca);
        X509Certificate caCert = x509(ca.cert());
        X509Certificate cert = x509(leaf.cert());
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=leaf.example");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(caCert.getSubjectX500Principal());
        cert.verify(caCert.getPublicKey());
        assertThat(catchThrowableOfType(java.security.SignatureException.class,
                () -> cert.verify(cert.getPublicKey()))).isNotNull();
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getKeyUsage()).startsWith(true, false, true, false, false, false);
        assertThat(keyId(cert, "2.5.29.35")).isEqualTo(keyId(caCert, "2.5.29.14"));
        assertThat(keyId(cert, "2.5.29.14")).isNull();
        assertThat(sans(cert)).containsExactly(List.of(2, "a.example"), List.of(2, "*.b.example"),
                List.of(7, "10.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"), List.of(7, "1.2.3.4"));
        assertValidFor(cert, 30);
        assertThat(pair(jdkKey(leaf.key()), cert.getPublicKey())).isTrue();
    }

    @Test
    void aCertificateNamedLikeItsCaHasNoAuthorityKeyId() throws Exception {
        Certificates.Certificate ca = Certificates.genCA("same", 1);
        X509Certificate cert = x509(Certificates.genSignedCert("same", null, null, 1, ca).cert());
        cert.verify(x509(ca.cert()).getPublicKey());
        assertThat(keyId(cert, "2.5.29.35")).isNull();
    }

    @Test
    void aSelfSignedCertificateWithoutSubjectMarksItsNamesCriticalAndSigns() throws Exception {
        Certificates.Certificate empty = Certificates.genSelfSignedCert("", null, List.of("x.y"), 1);
        byte[] der = Pem.decode(empty.cert()).bytes();
        // The JDK refuses a certificate with an empty issuer; Go (and helm) accept it. Check it by hand.
        String shape = dev.helmshift.template.funcs.crypto.DerShape.of(der);
        // issuer and subject are empty SEQUENCEs around the validity
        assertThat(shape).contains("    SEQUENCE\n    SEQUENCE\n      UTCTime\n      UTCTime\n    SEQUENCE\n"
                + "    SEQUENCE\n      SEQUENCE\n        OID 1.2.840.113549.1.1.1\n");
        assertThat(shape).contains("OID 2.5.29.17\n          BOOLEAN true\n          OCTET STRING holding\n"
                + "            SEQUENCE\n              [2] x.y\n");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) jdkKey(empty.key());
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(
                new java.security.spec.RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        assertThat(signedBy(der, publicKey)).isTrue();

        // A certificate signed by it has the empty issuer too, which the JDK refuses as well.
        byte[] leaf = Pem.decode(Certificates.genSignedCert("leaf", null, null, 1, empty).cert()).bytes();
        assertThat(signedBy(leaf, publicKey)).isTrue();
        assertThat(signedBy(der, jdkPublicKeyOf(Certificates.genCA("other", 1)))).isFalse();
    }

    private static PublicKey jdkPublicKeyOf(Certificates.Certificate certificate) throws Exception {
        return x509(certificate.cert()).getPublicKey();
    }

    /** Whether the signature of a DER certificate verifies with {@code key} over its TBSCertificate. */
    private static boolean signedBy(byte[] der, PublicKey key) throws Exception {
        int tbsStart = headerLength(der, 0);
        byte[] tbs = Arrays.copyOfRange(der, tbsStart, tbsStart + headerLength(der, tbsStart) + contentLength(der, tbsStart));
        int algorithm = tbsStart + tbs.length;
        int signatureAt = algorithm + headerLength(der, algorithm) + contentLength(der, algorithm);
        byte[] signature = Arrays.copyOfRange(der, signatureAt + headerLength(der, signatureAt) + 1, der.length);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(tbs);
        return verifier.verify(signature);
    }

    @Test
    void certificatesMadeWithAKeyCarryThatKey() throws Exception {
        Certificates.Certificate rsaCa = Certificates.genCA("rsa-ca", 3);
        for (String type : List.of("ecdsa", "ed25519")) {
            String pem = Certificates.genPrivateKey(type);
            PrivateKey key = jdkKey(pem);
            X509Certificate ca = x509(Certificates.genCAWithKey(type + "-ca", 2, pem).cert());
            ca.verify(ca.getPublicKey());
            assertThat(pair(key, ca.getPublicKey())).as(type).isTrue();
            assertThat(ca.getSigAlgName()).isEqualTo(type.equals("ecdsa") ? "SHA256withECDSA" : "Ed25519");
            assertThat(keyId(ca, "2.5.29.14")).isEqualTo(sha256First20(publicKeyBits(ca.getPublicKey())));

            Certificates.Certificate leaf = Certificates.genSignedCertWithKey("leaf", null, List.of("l.example"), 2,
                    rsaCa, pem);
            X509Certificate cert = x509(leaf.cert());
            cert.verify(x509(rsaCa.cert()).getPublicKey());
            assertThat(pair(key, cert.getPublicKey())).as(type).isTrue();
            assertThat(leaf.key()).isEqualTo(pem);

            Certificates.Certificate under = Certificates.genSignedCert("under", null, null, 2,
                    new Certificates.Certificate(Pem.encode("CERTIFICATE", Pem.decode(
                            Certificates.genCAWithKey("c", 2, pem).cert()).bytes()), pem));
            assertThat(x509(under.cert()).getSigAlgName()).isEqualTo(ca.getSigAlgName());
        }
        X509Certificate self = x509(Certificates.genSelfSignedCertWithKey("s", null, null, 1,
                Certificates.genCA("k", 1).key()).cert());
        self.verify(self.getPublicKey());
    }

    @Test
    void genPrivateKeyWritesKeysTheJdkUses() throws Exception {
        PrivateKey rsa = jdkKey(Certificates.genPrivateKey("rsa"));
        assertThat(((RSAPrivateCrtKey) rsa).getModulus().bitLength()).isEqualTo(4096);
        assertThat(((RSAPrivateCrtKey) rsa).getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
        assertThat(Certificates.genPrivateKey("")).startsWith("-----BEGIN RSA PRIVATE KEY-----\n");

        String ecPem = Certificates.genPrivateKey("ecdsa");
        ECPrivateKey ec = (ECPrivateKey) jdkKey(ecPem);
        byte[] sec1 = Pem.decode(ecPem).bytes();
        byte[] point = Arrays.copyOfRange(sec1, sec1.length - 65, sec1.length);
        assertThat(point[0]).isEqualTo((byte) 4);
        PublicKey embedded = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65))),
                ec.getParams()));
        assertThat(pair(ec, embedded)).isTrue();
        assertThat(((ECPublicKey) embedded).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);

        PrivateKey ed = jdkKey(Certificates.genPrivateKey("ed25519"));
        assertThat(ed.getAlgorithm()).isIn("EdDSA", "Ed25519");

        String dsaPem = Certificates.genPrivateKey("dsa");
        assertThat(dsaPem).startsWith("-----BEGIN DSA PRIVATE KEY-----\n");
        var dsa = (dev.helmshift.template.funcs.crypto.GoKey.Dsa) dev.helmshift.template.funcs.crypto.GoKeys.parsePem(dsaPem);
        assertThat(dsa.p().bitLength()).isEqualTo(2048);
        assertThat(dsa.q().bitLength()).isEqualTo(256);
        assertThat(dsa.p().subtract(BigInteger.ONE).mod(dsa.q())).isZero();
        assertThat(dsa.g().modPow(dsa.x(), dsa.p())).isEqualTo(dsa.y());
        KeyFactory dsaFactory = KeyFactory.getInstance("DSA");
        assertThat(pair(dsaFactory.generatePrivate(new DSAPrivateKeySpec(dsa.x(), dsa.p(), dsa.q(), dsa.g())),
                dsaFactory.generatePublic(new DSAPublicKeySpec(dsa.y(), dsa.p(), dsa.q(), dsa.g())))).isTrue();

        assertThat(Certificates.genPrivateKey("rsa2")).isEqualTo("Unknown type rsa2");
    }

    @Test
    void templatesReadACertificatesFieldsAndPassItOn() {
        dev.helmshift.template.exec.FuncMap funcs = dev.helmshift.template.builtin.GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        dev.helmshift.template.funcs.helm.HelmFunctions.register(funcs);
        dev.helmshift.template.exec.TemplateSet set = dev.helmshift.template.exec.TemplateSet.create(funcs);
        set.parse("t", "{{ $ca := genCA \"ca\" 1 }}{{ $leaf := genSignedCert \"l\" nil nil 1 $ca }}"
                + "{{ typeOf $ca }} {{ kindOf $leaf }} {{ hasPrefix \"-----BEGIN CERTIFICATE-----\" $leaf.Cert }} "
                + "{{ hasPrefix \"-----BEGIN RSA PRIVATE KEY-----\" $leaf.Key }} {{ keys (fromJson (toJson $ca)) | sortAlpha }}");
        assertThat(set.execute("t", java.util.Map.of(), dev.helmshift.template.exec.ExecOptions.helm()).output())
                .isEqualTo("sprig.certificate struct true true [Cert Key]");
    }

    @Test
    void buildCustomCertKeepsTheGivenTexts() {
        Certificates.Certificate ca = Certificates.genCA("c", 1);
        Base64.Encoder b64 = Base64.getEncoder();
        Certificates.Certificate built = Certificates.buildCustomCert(
                b64.encodeToString(ca.cert().getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(ca.key().getBytes(StandardCharsets.UTF_8)));
        assertThat(built).isEqualTo(ca);
        assertThat(built.field("Cert")).isEqualTo(ca.cert());
        assertThat(built.goString()).isEqualTo("{" + ca.cert() + " " + ca.key() + "}");
        FunctionException e = catchThrowableOfType(FunctionException.class,
                () -> Certificates.buildCustomCert(b64.encodeToString(ca.cert().getBytes(StandardCharsets.UTF_8)), "!"));
        assertThat(e).hasMessage("unable to decode base64 private key");
    }
}
