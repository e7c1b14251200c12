package dev.helmshift.template.funcs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.TemplateSet;
import dev.helmshift.template.funcs.crypto.Bcrypt;
import dev.helmshift.template.funcs.crypto.DerShape;
import dev.helmshift.template.funcs.crypto.Pem;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The random outputs of the crypto functions against helm's: the certificates and keys helm v4.1.4 wrote for a set
 * of calls (golden {@code golden/funcs/helm-crypto-outputs.json}) and the ones helmshift writes for the same calls
 * have the same DER shape ({@link DerShape}: same tags, OIDs, names, extensions and criticality, key types and sizes;
 * random parts masked), and helm's bcrypt hashes verify with helmshift's bcrypt. {@link #helmStillWritesThatShape}
 * re-records helm's outputs (to target/helm-crypto-outputs.json) and compares them again when helm is installed.
 */
class CryptoOutputsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/funcs/helm-crypto-outputs.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Calls whose output is a certificate: printed as toJson, so both PEMs arrive. */
    private static final Map<String, String> CERTIFICATES = new LinkedHashMap<>();
    /** Calls whose output is one PEM private key. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();
    /** bcrypt and htpasswd: the password each hash is of. */
    private static final Map<String, String[]> HASHES = new LinkedHashMap<>();

    static {
        CERTIFICATES.put("genCA", "genCA \"my-ca\" 365");
        CERTIFICATES.put("genCAUnicodeName", "genCA \"über-ca\" 1");
        CERTIFICATES.put("genCAWildcardName", "genCA \"*.example.com\" 1");
        CERTIFICATES.put("genCAUnderscoreName", "genCA \"my_ca\" 1");
        CERTIFICATES.put("genSelfSignedCert", "genSelfSignedCert \"leaf.example\" (list \"10.0.0.1\" \"::1\" "
                + "\"::ffff:1.2.3.4\") (list \"a.example\" \"*.b.example\") 30");
        CERTIFICATES.put("genSelfSignedCertNoSubject", "genSelfSignedCert \"\" nil (list \"x.y\") 1");
        CERTIFICATES.put("genSelfSignedCertLongValidity", "genSelfSignedCert \"x\" nil nil 9000");
        CERTIFICATES.put("genSelfSignedCertNegativeValidity", "genSelfSignedCert \"x\" nil nil -30000");
        CERTIFICATES.put("genSignedCert", "genSignedCert \"leaf.example\" (list \"10.0.0.1\") (list \"a.example\") 30 "
                + "(genCA \"my-ca\" 365)");
        CERTIFICATES.put("genSignedCertSameNameAsCa", "genSignedCert \"same\" nil nil 1 (genCA \"same\" 1)");
        CERTIFICATES.put("genSignedCertUnderEmptySubject", "genSignedCert \"leaf\" nil nil 1 "
                + "(genSelfSignedCert \"\" nil (list \"x.y\") 1)");
        CERTIFICATES.put("genCAWithEcdsaKey", "genCAWithKey \"ec-ca\" 10 (genPrivateKey \"ecdsa\")");
        CERTIFICATES.put("genCAWithEd25519Key", "genCAWithKey \"ed-ca\" 10 (genPrivateKey \"ed25519\")");
        CERTIFICATES.put("genSelfSignedCertWithRsa4096Key", "genSelfSignedCertWithKey \"r\" nil nil 1 (genPrivateKey \"rsa\")");
        CERTIFICATES.put("genSignedCertWithEcdsaKey", "genSignedCertWithKey \"ec-leaf\" nil (list \"e.example\") 5 "
                + "(genCA \"ca\" 5) (genPrivateKey \"ecdsa\")");
        CERTIFICATES.put("genSignedCertUnderEcdsaCa", "genSignedCert \"leaf\" nil nil 5 "
                + "(genCAWithKey \"ec-ca\" 5 (genPrivateKey \"ecdsa\"))");
        CERTIFICATES.put("genSignedCertUnderEd25519Ca", "genSignedCert \"leaf\" nil nil 5 "
                + "(genCAWithKey \"ed-ca\" 5 (genPrivateKey \"ed25519\"))");
        KEYS.put("genPrivateKeyRsa", "genPrivateKey \"rsa\"");
        KEYS.put("genPrivateKeyDefault", "genPrivateKey \"\"");
        KEYS.put("genPrivateKeyEcdsa", "genPrivateKey \"ecdsa\"");
        KEYS.put("genPrivateKeyEd25519", "genPrivateKey \"ed25519\"");
        KEYS.put("genPrivateKeyDsa", "genPrivateKey \"dsa\"");
        HASHES.put("bcrypt", new String[]{"bcrypt \"abc\"", "abc"});
        HASHES.put("bcryptEmpty", new String[]{"bcrypt \"\"", ""});
        HASHES.put("bcryptUnicode", new String[]{"bcrypt \"pässwörd ✓\"", "pässwörd ✓"});
        HASHES.put("bcrypt72Bytes", new String[]{"bcrypt (repeat 72 \"a\")", "a".repeat(72)});
        HASHES.put("htpasswd", new String[]{"htpasswd \"admin\" \"s3cr3t\"", "s3cr3t"});
    }

    private static Map<String, String> expressions() {
        Map<String, String> all = new TreeMap<>();
        CERTIFICATES.forEach((id, e) -> all.put(id, "toJson (" + e + ")"));
        all.putAll(KEYS);
        HASHES.forEach((id, h) -> all.put(id, h[0]));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> golden() throws IOException {
        return JSON.readValue(GOLDEN.toFile(), Map.class);
    }

    /** Key generation (RSA 4096, DSA parameters) takes seconds, so helmshift's outputs are made once per run. */
    private static Map<String, String> ours;

    private static synchronized Map<String, String> ours() {
        if (ours == null) {
            ours = render();
        }
        return ours;
    }

    private static Map<String, String> render() {
        FuncMap funcs = GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        HelmFunctions.register(funcs);
        Map<String, String> out = new TreeMap<>();
        expressions().forEach((id, expression) -> {
            TemplateSet set = TemplateSet.create(funcs);
            set.parse("t", "{{ " + expression + " }}");
            out.put(id, set.execute("t", Map.of(), ExecOptions.helm()).output());
        });
        return out;
    }

    /** The shape of one output: each PEM block's type and DER shape. */
    private static String shape(String id, String output) throws IOException {
        if (CERTIFICATES.containsKey(id)) {
            JsonNode json = JSON.readTree(output);
            return "Cert\n" + pemShape(json.get("Cert").asText()) + "Key\n" + pemShape(json.get("Key").asText());
        }
        return pemShape(output);
    }

    private static String pemShape(String pem) {
        Pem.Block block = Pem.decode(pem);
        assertThat(block).as("a PEM block in " + pem).isNotNull();
        assertThat(pem).endsWith("-----END " + block.type() + "-----\n");
        return block.type() + "\n" + DerShape.of(block.bytes());
    }

    private static Map<String, String> shapes(Map<String, String> outputs) throws IOException {
        Map<String, String> shapes = new TreeMap<>();
        for (String id : CERTIFICATES.keySet()) {
            shapes.put(id, shape(id, outputs.get(id)));
        }
        for (String id : KEYS.keySet()) {
            shapes.put(id, shape(id, outputs.get(id)));
        }
        return shapes;
    }

    @Test
    void helmshiftWritesCertificatesAndKeysShapedAsHelmDoes() throws IOException {
        assertThat(shapes(ours())).isEqualTo(shapes(golden()));
    }

    @Test
    void helmsBcryptHashesVerifyWithHelmshiftsBcrypt() throws IOException {
        Map<String, String> golden = golden();
        HASHES.forEach((id, h) -> {
            String hash = golden.get(id).substring(golden.get(id).indexOf('$'));
            assertThat(Bcrypt.matches(h[1].getBytes(StandardCharsets.UTF_8), hash)).as(id + ": " + hash).isTrue();
            assertThat(Bcrypt.matches(("x" + h[1]).getBytes(StandardCharsets.UTF_8), hash)).as(id).isFalse();
        });
        assertThat(golden.get("htpasswd")).startsWith("admin:$2a$10$");
    }

    @Test
    void helmshiftsHashesHaveHelmsFormAndVerify() {
        Map<String, String> ours = ours();
        HASHES.forEach((id, h) -> {
            String output = ours.get(id);
            assertThat(output).matches((id.equals("htpasswd") ? "admin:" : "") + "\\$2a\\$10\\$[./A-Za-z0-9]{53}");
            String hash = output.substring(output.indexOf('$'));
            assertThat(Bcrypt.matches(h[1].getBytes(StandardCharsets.UTF_8), hash)).as(id).isTrue();
        });
    }

    @Test
    void helmStillWritesThatShape() throws Exception {
        StringBuilder template = new StringBuilder();
        Map<String, String> expressions = expressions();
        expressions.forEach((id, e) -> template.append("k_").append(id).append(": {{ ").append(e)
                .append(" | b64enc }}\n"));
        HelmProbe.Result result = HelmProbe.render(template.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        Map<String, String> helmSays = new TreeMap<>();
        for (String line : result.output().split("\n")) {
            if (line.startsWith("k_")) {
                int colon = line.indexOf(": ");
                helmSays.put(line.substring(2, colon), new String(Base64.getDecoder().decode(line.substring(colon + 2)
                        .trim()), StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(Path.of("target"));
        JSON.writeValue(Path.of("target/helm-crypto-outputs.json").toFile(), helmSays);
        assertThat(helmSays.keySet()).isEqualTo(expressions.keySet());
        assertThat(shapes(helmSays)).isEqualTo(shapes(golden()));
        HASHES.forEach((id, h) -> assertThat(Bcrypt.matches(h[1].getBytes(StandardCharsets.UTF_8),
                helmSays.get(id).substring(helmSays.get(id).indexOf('$')))).as(id).isTrue());
    }
}
