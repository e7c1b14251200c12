package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.funcs.codec.GoBase64;
import dev.helmshift.template.funcs.codec.JsonValue;
import dev.helmshift.template.funcs.crypto.GoKey;
import dev.helmshift.template.funcs.crypto.GoKeys;
import dev.helmshift.template.funcs.crypto.Pem;
import dev.helmshift.template.funcs.crypto.X509;
import dev.helmshift.template.funcs.value.GoIp;
import dev.helmshift.template.funcs.value.GoPrint;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sprig's certificate functions: genPrivateKey, genCA, genSelfSignedCert, genSignedCert (each also ...WithKey, which
 * takes the key as PEM) and buildCustomCert. They return a {@link Certificate} ({@code .Cert}, {@code .Key}, both
 * PEM), new RSA 2048 keys unless one is given, and Sprig's error texts ({@code error parsing ip: 1.2.3.04}).
 */
public final class Certificates {
    private Certificates() {
    }

    /** Go's {@code sprig.certificate}: a struct of two PEM strings, passed by value. */
    public record Certificate(String cert, String key) implements GoStruct, JsonValue {
        public static final String GO_TYPE = "sprig.certificate";

        @Override
        public String goTypeName() {
            return GO_TYPE;
        }

        @Override
        public Object field(String name) {
            return switch (name) {
                case "Cert" -> cert;
                case "Key" -> key;
                default -> NO_FIELD;
            };
        }

        @Override
        public String goString() {
            return "{" + cert + " " + key + "}";
        }

        @Override
        public Object jsonValue() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("Cert", cert);
            fields.put("Key", key);
            return fields;
        }
    }

    /** genPrivateKey: the PEM of a new key, or "Unknown type X" (a result, not an error, as in Sprig). */
    public static String genPrivateKey(String type) {
        GoKey key = GoKeys.generate(type);
        return key == null ? "Unknown type " + type : key.pem();
    }

    public static Certificate genCA(String cn, int daysValid) {
        return authority(cn, daysValid, GoKeys.rsa(2048));
    }

    public static Certificate genCAWithKey(String cn, int daysValid, String privateKeyPem) {
        return authority(cn, daysValid, parseKey("parsing private key: ", privateKeyPem));
    }

    public static Certificate genSelfSignedCert(String cn, List<Object> ips, List<Object> dnsNames, int daysValid) {
        return selfSigned(cn, ips, dnsNames, daysValid, GoKeys.rsa(2048));
    }

    public static Certificate genSelfSignedCertWithKey(String cn, List<Object> ips, List<Object> dnsNames,
                                                       int daysValid, String privateKeyPem) {
        return selfSigned(cn, ips, dnsNames, daysValid, parseKey("parsing private key: ", privateKeyPem));
    }

    public static Certificate genSignedCert(String cn, List<Object> ips, List<Object> dnsNames, int daysValid,
                                            Certificate ca) {
        return signed(cn, ips, dnsNames, daysValid, ca, GoKeys.rsa(2048));
    }

    public static Certificate genSignedCertWithKey(String cn, List<Object> ips, List<Object> dnsNames, int daysValid,
                                                   Certificate ca, String privateKeyPem) {
        return signed(cn, ips, dnsNames, daysValid, ca, parseKey("parsing private key: ", privateKeyPem));
    }

    /** buildCustomCert: a certificate from base64 of a PEM certificate and base64 of a PEM key, both checked. */
    public static Certificate buildCustomCert(String base64Cert, String base64Key) {
        String cert = base64Text(base64Cert, "unable to decode base64 certificate");
        String key = base64Text(base64Key, "unable to decode base64 private key");
        parseCertificate(cert, "error parsing certificate: decodedCert.Bytes: ");
        parseKey("error parsing private key: ", key);
        return new Certificate(cert, key);
    }

    private static Certificate authority(String cn, int daysValid, GoKey key) {
        X509.Template template = template(cn, null, null, daysValid, true);
        return create(template, key, null, key);
    }

    private static Certificate selfSigned(String cn, List<Object> ips, List<Object> dnsNames, int daysValid,
                                          GoKey key) {
        X509.Template template = template(cn, ips, dnsNames, daysValid, false);
        return create(template, key, null, key);
    }

    private static Certificate signed(String cn, List<Object> ips, List<Object> dnsNames, int daysValid,
                                      Certificate ca, GoKey key) {
        X509.Issuer issuer = parseCertificate(ca.cert(), "error parsing certificate: decodedSignerCert.Bytes: ");
        GoKey signer = parseKey("error parsing private key: ", ca.key());
        X509.Template template = template(cn, ips, dnsNames, daysValid, false);
        return create(template, key, issuer, signer);
    }

    private static Certificate create(X509.Template template, GoKey key, X509.Issuer issuer, GoKey signer) {
        try {
            byte[] der = X509.create(template, key, issuer, signer);
            return new Certificate(Pem.encode("CERTIFICATE", der), key.pem());
        } catch (X509.CreateException e) {
            throw new FunctionException("error creating certificate: " + e.getMessage());
        }
    }

    /** Sprig's getBaseCertTemplate: IPs and DNS names checked, valid from now for {@code daysValid} × 24h. */
    private static X509.Template template(String cn, List<Object> ips, List<Object> dnsNames, int daysValid,
                                          boolean isCa) {
        List<byte[]> addresses = new ArrayList<>();
        for (Object ip : ips == null ? List.of() : ips) {
            if (!(ip instanceof String text)) {
                throw new FunctionException("error parsing ip: " + GoPrint.sprint(ip) + " is not a string");
            }
            byte[] parsed = GoIp.parse(text);
            if (parsed == null) {
                throw new FunctionException("error parsing ip: " + text);
            }
            addresses.add(parsed);
        }
        List<String> names = new ArrayList<>();
        for (Object name : dnsNames == null ? List.of() : dnsNames) {
            if (!(name instanceof String text)) {
                throw new FunctionException("error processing alternate dns name: " + GoPrint.sprint(name)
                        + " is not a string");
            }
            names.add(text);
        }
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        // Go computes time.Hour * 24 * time.Duration(daysValid) in int64 nanoseconds, wrapping on overflow.
        long validity = 86_400_000_000_000L * daysValid;
        return new X509.Template(cn, addresses, names, now, now.plusNanos(validity), isCa);
    }

    private static X509.Issuer parseCertificate(String pem, String errorPrefix) {
        Pem.Block block = Pem.decode(pem);
        if (block == null) {
            throw new FunctionException("unable to decode certificate");
        }
        try {
            return X509.parse(block.bytes());
        } catch (X509.CreateException e) {
            throw new FunctionException(errorPrefix + e.getMessage());
        }
    }

    private static GoKey parseKey(String errorPrefix, String pem) {
        try {
            return GoKeys.parsePem(pem);
        } catch (GoKeys.KeyParseException e) {
            throw new FunctionException(errorPrefix + e.getMessage());
        }
    }

    private static String base64Text(String base64, String error) {
        try {
            return GoBytes.decode(GoBase64.decode(GoBytes.encode(base64)));
        } catch (GoBase64.CorruptInputException e) {
            throw new FunctionException(error);
        }
    }
}
