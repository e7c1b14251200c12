package dev.helmshift.template.funcs.crypto;

import dev.helmshift.template.funcs.value.GoStrconv;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * X.509 certificates as Go's {@code x509.CreateCertificate} (Go 1.25) writes them for Sprig's templates: version 3,
 * a random 128-bit serial, a CommonName-only subject, and the extensions in Go's order — KeyUsage (critical),
 * ExtKeyUsage (serverAuth, clientAuth), BasicConstraints (critical), SubjectKeyId (CAs only: the first 20 bytes of
 * the SHA-256 of the public key bits), AuthorityKeyId (the parent's SubjectKeyId when issuer and subject differ),
 * SubjectAltName (DNS names then IPs; critical when the subject is empty).
 */
public final class X509 {
    private X509() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What Sprig's getBaseCertTemplate fills in. {@code ipAddresses} are 16-byte (or 4-byte) addresses. */
    public record Template(String commonName, List<byte[]> ipAddresses, List<String> dnsNames,
                           ZonedDateTime notBefore, ZonedDateTime notAfter, boolean isCa) {
    }

    /** The parts of a parsed CA certificate a signed certificate needs: raw subject, key id, public key. */
    public record Issuer(byte[] rawSubject, byte[] subjectKeyId, byte[] publicKeyInfo) {
    }

    /** A certificate Go would refuse to create or parse; the message is Go's ({@code x509: ...}). */
    public static final class CreateException extends Exception {
        CreateException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Go's x509.ParseCertificate, as far as Sprig needs it, with its errors for a structure that does not hold
     * ({@code x509: malformed certificate}, {@code x509: malformed tbs certificate}, ...). Read here rather than by
     * the JDK, which refuses certificates Go accepts (an empty issuer, as genSelfSignedCert "" writes).
     */
    public static Issuer parse(byte[] der) throws CreateException {
        GoAsn1.Struct certificate = step(() -> GoAsn1.struct(der, "certificate"), "x509: malformed certificate");
        if (certificate.end() != der.length) {
            throw new CreateException("x509: trailing data");
        }
        GoAsn1.Struct tbs = step(() -> certificate.nestedStruct("tbsCertificate"), "x509: malformed tbs certificate");
        byte[] field = step(tbs::optionalRaw, "x509: malformed serial number");
        if (field != null && (field[0] & 0xFF) == 0xA0) {
            field = step(tbs::optionalRaw, "x509: malformed serial number");
        }
        if (field == null || field[0] != Der.INTEGER) {
            throw new CreateException("x509: malformed serial number");
        }
        byte[] innerAlgorithm = sequence(tbs, "x509: malformed signature algorithm identifier");
        byte[] outerAlgorithm = sequence(certificate, "x509: malformed algorithm identifier");
        if (!Arrays.equals(innerAlgorithm, outerAlgorithm)) {
            throw new CreateException("x509: inner and outer signature algorithm identifiers don't match");
        }
        sequence(tbs, "x509: malformed issuer");
        sequence(tbs, "x509: malformed validity");
        byte[] subject = sequence(tbs, "x509: malformed subject");
        byte[] publicKeyInfo = sequence(tbs, "x509: malformed spki");
        byte[] keyId = null;
        for (byte[] rest = step(tbs::optionalRaw, "x509: malformed extensions"); rest != null;
             rest = step(tbs::optionalRaw, "x509: malformed extensions")) {
            if ((rest[0] & 0xFF) == 0xA3) {
                keyId = subjectKeyId(rest);
            }
        }
        return new Issuer(subject, keyId, publicKeyInfo);
    }

    private interface Step<T> {
        T run() throws GoAsn1.Asn1Exception;
    }

    private static <T> T step(Step<T> step, String error) throws CreateException {
        try {
            return step.run();
        } catch (GoAsn1.Asn1Exception | RuntimeException e) {
            throw new CreateException(error);
        }
    }

    private static byte[] sequence(GoAsn1.Struct struct, String error) throws CreateException {
        byte[] element = step(struct::optionalRaw, error);
        if (element == null || element[0] != Der.SEQUENCE) {
            throw new CreateException(error);
        }
        return element;
    }

    /** The key id of the SubjectKeyIdentifier among the [3] extensions, or null when there is none. */
    private static byte[] subjectKeyId(byte[] explicitExtensions) throws CreateException {
        byte[] inner = Arrays.copyOfRange(explicitExtensions, contentStart(explicitExtensions), explicitExtensions.length);
        GoAsn1.Struct extensions = step(() -> GoAsn1.struct(inner, "extensions"), "x509: malformed extensions");
        for (byte[] ext = step(extensions::optionalRaw, "x509: malformed extension"); ext != null;
             ext = step(extensions::optionalRaw, "x509: malformed extension")) {
            byte[] extension = ext;
            GoAsn1.Struct fields = step(() -> GoAsn1.struct(extension, "extension"), "x509: malformed extension");
            String oid = step(fields::oid, "x509: malformed extension OID field");
            byte[] value = step(fields::optionalRaw, "x509: malformed extension value field");
            if (value != null && value[0] == Der.BOOLEAN) {
                value = step(fields::optionalRaw, "x509: malformed extension value field");
            }
            if (oid.equals(Oids.SUBJECT_KEY_ID) && value != null) {
                byte[] octets = value;
                return step(() -> GoAsn1.octets(GoAsn1.octets(octets)), "x509: invalid subject key identifier");
            }
        }
        return null;
    }

    private static int contentStart(byte[] element) {
        int first = element[1] & 0xFF;
        return first < 0x80 ? 2 : 2 + (first & 0x7F);
    }

    /**
     * The DER certificate for {@code template} with {@code subjectKey}'s public key, signed by {@code signer}: the
     * template itself when {@code parent} is null (self-signed), else the parent.
     */
    public static byte[] create(Template template, GoKey subjectKey, Issuer parent, GoKey signer)
            throws CreateException {
        if (signer.signingKey() == null) {
            throw new CreateException("x509: certificate private key does not implement crypto.Signer");
        }
        byte[] publicKeyInfo = subjectKey.subjectPublicKeyInfo();
        if (publicKeyInfo == null) {
            throw new CreateException("x509: unsupported public key type: " + subjectKey.publicKeyGoType());
        }
        byte[] subject = name(template.commonName());
        byte[] issuer = parent == null ? subject : parent.rawSubject();
        byte[] authorityKeyId = parent != null && !Arrays.equals(issuer, subject) ? parent.subjectKeyId() : null;
        byte[] subjectKeyId = template.isCa() ? Arrays.copyOf(sha256(subjectKey.publicKeyBits()), 20) : null;
        if (parent != null && !sameKey(parent.publicKeyInfo(), signer.subjectPublicKeyInfo())) {
            throw new CreateException("x509: provided PrivateKey doesn't match parent's PublicKey");
        }
        byte[] extensions = extensions(template, subject.length == 2, authorityKeyId, subjectKeyId);
        byte[] validity;
        try {
            validity = Der.sequence(Der.time(template.notBefore()), Der.time(template.notAfter()));
        } catch (IllegalArgumentException e) {
            throw new CreateException(e.getMessage());
        }
        byte[] signatureAlgorithm = signer.signatureAlgorithmId();
        byte[] tbs = Der.sequence(Der.explicit(0, Der.integer(2)), Der.integer(new BigInteger(128, RANDOM)),
                signatureAlgorithm, issuer, validity, subject, publicKeyInfo, Der.explicit(3, extensions));
        return Der.sequence(tbs, signatureAlgorithm, Der.bitString(sign(signer, tbs)));
    }

    /** A Name with only a CommonName, or the empty Name when it is empty (Go's pkix.Name.ToRDNSequence). */
    private static byte[] name(String commonName) {
        if (commonName.isEmpty()) {
            return Der.sequence();
        }
        return Der.sequence(Der.set(Der.sequence(Der.oid(Oids.COMMON_NAME), Der.goString(commonName))));
    }

    private static byte[] extensions(Template template, boolean subjectEmpty, byte[] authorityKeyId,
                                     byte[] subjectKeyId) throws CreateException {
        List<byte[]> out = new ArrayList<>();
        // DigitalSignature | KeyEncipherment (| CertSign for a CA), bits in Go's reversed order.
        byte[] usage = template.isCa() ? Der.bitString(new byte[]{(byte) 0xA4}, 2) : Der.bitString(new byte[]{(byte) 0xA0}, 5);
        out.add(extension(Oids.KEY_USAGE, true, usage));
        out.add(extension(Oids.EXT_KEY_USAGE, false, Der.sequence(Der.oid(Oids.SERVER_AUTH), Der.oid(Oids.CLIENT_AUTH))));
        out.add(extension(Oids.BASIC_CONSTRAINTS, true, template.isCa() ? Der.sequence(Der.bool(true)) : Der.sequence()));
        if (subjectKeyId != null) {
            out.add(extension(Oids.SUBJECT_KEY_ID, false, Der.octetString(subjectKeyId)));
        }
        if (authorityKeyId != null && authorityKeyId.length > 0) {
            out.add(extension(Oids.AUTHORITY_KEY_ID, false, Der.sequence(Der.implicitPrimitive(0, authorityKeyId))));
        }
        if (!template.dnsNames().isEmpty() || !template.ipAddresses().isEmpty()) {
            List<byte[]> names = new ArrayList<>();
            for (String dns : template.dnsNames()) {
                if (dns.chars().anyMatch(c -> c > 0x7F)) {
                    throw new CreateException("x509: " + GoStrconv.quote(dns) + " cannot be encoded as an IA5String");
                }
                names.add(Der.implicitPrimitive(2, dns.getBytes(StandardCharsets.US_ASCII)));
            }
            for (byte[] ip : template.ipAddresses()) {
                byte[] v4 = dev.helmshift.template.funcs.value.GoIp.to4(ip);
                names.add(Der.implicitPrimitive(7, v4 != null ? v4 : ip));
            }
            out.add(extension(Oids.SUBJECT_ALT_NAME, subjectEmpty, Der.sequence(names.toArray(byte[][]::new))));
        }
        return Der.sequence(out.toArray(byte[][]::new));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    private static boolean sameKey(byte[] parentKeyInfo, byte[] signerKeyInfo) {
        return Arrays.equals(canonical(parentKeyInfo), canonical(signerKeyInfo));
    }

    /** The JDK's encoding of a SubjectPublicKeyInfo, so that two encodings of one key compare equal. */
    private static byte[] canonical(byte[] keyInfo) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(keyInfo)).getEncoded();
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        return keyInfo;
    }

    private static byte[] sign(GoKey signer, byte[] data) throws CreateException {
        try {
            Signature signature = Signature.getInstance(signer.signatureAlgorithm());
            signature.initSign(signer.signingKey(), RANDOM);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new CreateException("x509: signing failed: " + e.getMessage());
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
