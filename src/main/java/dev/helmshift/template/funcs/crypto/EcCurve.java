package dev.helmshift.template.funcs.crypto;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

/**
 * The NIST curves Go's crypto/x509 reads that the JDK also has, with what a certificate signed by such a key says:
 * Go signs with ECDSA over SHA-256 for P-256, SHA-384 for P-384 and SHA-512 for P-521. (P-224, which Go also reads,
 * is gone from the JDK since 16; helmshift reports it as an unknown curve.)
 */
enum EcCurve {
    P256("1.2.840.10045.3.1.7", "secp256r1", "SHA256withECDSA", "1.2.840.10045.4.3.2"),
    P384("1.3.132.0.34", "secp384r1", "SHA384withECDSA", "1.2.840.10045.4.3.3"),
    P521("1.3.132.0.35", "secp521r1", "SHA512withECDSA", "1.2.840.10045.4.3.4");

    final String oid;
    final String jdkName;
    final String signatureAlgorithm;
    final String signatureOid;
    private ECParameterSpec params;

    EcCurve(String oid, String jdkName, String signatureAlgorithm, String signatureOid) {
        this.oid = oid;
        this.jdkName = jdkName;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signatureOid = signatureOid;
    }

    static EcCurve byOid(String oid) {
        for (EcCurve c : values()) {
            if (c.oid.equals(oid)) {
                return c;
            }
        }
        return null;
    }

    synchronized ECParameterSpec params() {
        if (params == null) {
            try {
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(jdkName));
                params = parameters.getParameterSpec(ECParameterSpec.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(jdkName + " is part of every Java runtime", e);
            }
        }
        return params;
    }

    /** Bytes of a private scalar: the order's size (Go's MarshalECPrivateKey). */
    int scalarBytes() {
        return (params().getOrder().bitLength() + 7) / 8;
    }

    /** Bytes of a coordinate: the field's size (Go's elliptic.Marshal). */
    int coordinateBytes() {
        return (params().getCurve().getField().getFieldSize() + 7) / 8;
    }
}
