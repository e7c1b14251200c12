package dev.helmshift.template.funcs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmshift.template.GoldenCases;
import dev.helmshift.template.TemplateException;
import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.TemplateSet;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls that make helm fail, with helm v4.1.4's error text: Go runtime panics Sprig hits (decryptAES), Go's
 * argument checks (uint32, {@code []interface {}}, {@code sprig.certificate}), crypto/x509's and net/url's errors.
 * Each case is the template {@code {{ EXPRESSION }}} of the probe chart ({@link HelmProbe}); the golden file
 * {@code golden/funcs/helm-function-errors.json} holds what helm printed after "Error: ", recorded by
 * {@link #helmStillFailsWithThePinnedErrors} (which writes target/helm-function-errors.json).
 */
class FunctionErrorCasesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/funcs/helm-function-errors.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    private static void c(String id, String expression) {
        CASES.put(id, expression);
    }

    private static final String RSA_BLOCK = "-----BEGIN RSA PRIVATE KEY-----\\n%s\\n-----END RSA PRIVATE KEY-----\\n";

    static {
        c("decryptAESShort", "decryptAES \"k\" \"YQ==\"");
        c("decryptAESOnlyIv", "decryptAES \"k\" \"AAAAAAAAAAAAAAAAAAAAAA==\"");
        c("decryptAESRagged", "decryptAES \"k\" \"AAAAAAAAAAAAAAAAAAAAAAA=\"");
        c("decryptAESBadPadding", "decryptAES \"k\" \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"");
        c("decryptAESNotBase64", "decryptAES \"k\" \"abc\"");
        c("randBytesNegative", "randBytes -1");
        c("derivePasswordNegative", "derivePassword -1 \"long\" \"a\" \"b\" \"c\"");
        c("derivePasswordString", "derivePassword \"1\" \"long\" \"a\" \"b\" \"c\"");
        c("derivePasswordInt", "derivePassword (int 1) \"long\" \"a\" \"b\" \"c\"");
        c("certIpLeadingZero", "genSelfSignedCert \"x\" (list \"1.2.3.04\") nil 1");
        c("certIpNotString", "genSelfSignedCert \"x\" (list 1) nil 1");
        c("certIpZone", "genSelfSignedCert \"x\" (list \"fe80::1%eth0\") nil 1");
        c("certDnsNotString", "genSelfSignedCert \"x\" nil (list 1.5) 1");
        c("certDnsNotIa5", "genSelfSignedCert \"x\" nil (list \"é.example\") 1");
        c("certIpsLiteral", "genSelfSignedCert \"x\" \"a\" nil 1");
        c("certIpsTypedList", "genSelfSignedCert \"x\" (splitList \",\" \"a\") nil 1");
        c("certCaDict", "genSignedCert \"x\" nil nil 1 (dict \"Cert\" \"a\" \"Key\" \"b\")");
        c("certCaNil", "genSignedCert \"x\" nil nil 1 nil");
        c("certCaMissing", "genSignedCert \"x\" nil nil 1 .Values.nope");
        c("certCaNotPem", "genSignedCert \"x\" nil nil 1 (buildCustomCert (b64enc \"x\") (b64enc \"y\"))");
        c("certNoField", "(genCA \"x\" 1).Nope");
        c("certDsaSigner", "genCAWithKey \"x\" 1 (genPrivateKey \"dsa\")");
        c("certDsaSubject", "genSignedCertWithKey \"x\" nil nil 1 (genCA \"c\" 1) (genPrivateKey \"dsa\")");
        c("certKeyMismatch", "genSignedCert \"x\" nil nil 1 (buildCustomCert ((genCA \"a\" 1).Cert | b64enc) "
                + "((genCA \"b\" 1).Key | b64enc))");
        c("keyNotPem", "genCAWithKey \"x\" 1 \"nonsense\"");
        c("keyCertificateBlock", "genCAWithKey \"x\" 1 \"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n\"");
        c("keyUnknownType", "genCAWithKey \"x\" 1 \"-----BEGIN FOO PRIVATE KEY-----\\nAAAA\\n-----END FOO PRIVATE KEY-----\\n\"");
        c("keyRsaGarbage", "genCAWithKey \"x\" 1 \"" + RSA_BLOCK.formatted("AAAA") + "\"");
        c("keyRsaEmpty", "genCAWithKey \"x\" 1 \"" + RSA_BLOCK.formatted("") + "\"");
        c("keyRsaTruncatedHeader", "genCAWithKey \"x\" 1 \"" + RSA_BLOCK.formatted("MA==") + "\"");
        c("keyRsaShortSequence", "genCAWithKey \"x\" 1 \"" + RSA_BLOCK.formatted("MAMCAQA=") + "\"");
        c("keyRsaDataTruncated", "genCAWithKey \"x\" 1 \"" + RSA_BLOCK.formatted("MAUCAQA=") + "\"");
        c("keyRsaNonMinimalInteger", "genCAWithKey \"x\" 1 \"" + RSA_BLOCK.formatted("MAQCAgAB") + "\"");
        c("keyPkcs8Garbage", "genCAWithKey \"x\" 1 \"-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----\\n\"");
        c("keyPkcs8Short", "genCAWithKey \"x\" 1 \"-----BEGIN PRIVATE KEY-----\\nMAMCAQA=\\n-----END PRIVATE KEY-----\\n\"");
        c("keyEcGarbage", "genCAWithKey \"x\" 1 \"-----BEGIN EC PRIVATE KEY-----\\nAAAA\\n-----END EC PRIVATE KEY-----\\n\"");
        c("keyEcShort", "genCAWithKey \"x\" 1 \"-----BEGIN EC PRIVATE KEY-----\\nMAMCAQA=\\n-----END EC PRIVATE KEY-----\\n\"");
        c("keyDsaGarbage", "genCAWithKey \"x\" 1 \"-----BEGIN DSA PRIVATE KEY-----\\nAAAA\\n-----END DSA PRIVATE KEY-----\\n\"");
        c("keyEcAsRsa", "genCAWithKey \"x\" 1 (genPrivateKey \"ecdsa\" | replace \"EC PRIVATE\" \"RSA PRIVATE\")");
        c("keyEd25519AsEc", "genCAWithKey \"x\" 1 (genPrivateKey \"ed25519\" | replace \"PRIVATE KEY\" \"EC PRIVATE KEY\")");
        c("keyRsaAsPkcs8", "genCAWithKey \"x\" 1 (genPrivateKey \"rsa\" | replace \"RSA PRIVATE\" \"PRIVATE\")");
        c("buildCustomCertBadBase64", "buildCustomCert \"x\" \"y\"");
        c("buildCustomCertBadKeyBase64", "buildCustomCert \"eA==\" \"y\"");
        c("buildCustomCertNoPem", "buildCustomCert \"eA==\" \"eA==\"");
        c("buildCustomCertMalformed", "buildCustomCert (b64enc \"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n\") \"eA==\"");
        c("buildCustomCertBadKey", "buildCustomCert ((genCA \"a\" 1).Cert | b64enc) (b64enc \"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n\")");
        c("urlParseMissingScheme", "urlParse \":foo\"");
        c("urlParseControl", "urlParse \"http://h/\\x7f\"");
        c("urlParseBadEscape", "urlParse \"http://h/%zz\"");
        c("urlParseBadFragmentEscape", "urlParse \"http://h/#%zz\"");
        c("urlParseHostSpace", "urlParse \"http://x y/\"");
        c("urlParseHostEscape", "urlParse \"http://h%2e/\"");
        c("urlParseBadPort", "urlParse \"http://host:port/\"");
        c("urlParseBracketPort", "urlParse \"http://[::1]x/\"");
        c("urlParseMissingBracket", "urlParse \"http://[::1\"");
        c("urlParseIpv4Literal", "urlParse \"http://[1.2.3.4]/\"");
        c("urlParseBracketInside", "urlParse \"http://a[b]/\"");
        c("urlParseBadIpv6", "urlParse \"http://[1::2::3]/\"");
        c("urlParseLongGroup", "urlParse \"http://[12345::]/\"");
        c("urlParseEmptyZone", "urlParse \"http://[fe80::1%25]/\"");
        c("urlParseBadUserinfo", "urlParse \"http://a b@c/\"");
        c("urlParseColonSegment", "urlParse \"1a:b/c\"");
        c("urlParseNotString", "urlParse 1");
        c("urlJoinNilValue", "urlJoin (dict \"scheme\" nil)");
        c("urlJoinInt", "urlJoin (dict \"scheme\" 1)");
        c("urlJoinList", "urlJoin (dict \"host\" (list))");
        c("urlJoinMap", "urlJoin (dict \"host\" .Values.m)");
        c("urlJoinFloat", "urlJoin (dict \"path\" 1.5)");
        c("urlJoinBadUserinfo", "urlJoin (dict \"userinfo\" \"a b\")");
        c("urlJoinNotMap", "urlJoin \"x\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> golden() throws IOException {
        return JSON.readValue(GOLDEN.toFile(), Map.class);
    }

    private static String template(String expression) {
        return "{{ " + expression + " }}\n";
    }

    private static String ours(FuncMap funcs, String expression) {
        TemplateSet set = TemplateSet.create(funcs);
        set.parse(HelmProbe.TEMPLATE_NAME, template(expression));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Values", FunctionCases.values());
        try {
            String output = set.execute(HelmProbe.TEMPLATE_NAME, data, ExecOptions.helm()).output();
            return "no error; printed " + output;
        } catch (TemplateException e) {
            return GoldenCases.helmErrorText(e);
        }
    }

    @Test
    void everyErrorCaseFailsAsHelmFails() throws IOException {
        FuncMap funcs = GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        HelmFunctions.register(funcs);
        Map<String, String> golden = golden();
        Map<String, String> ours = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        CASES.forEach((id, expression) -> {
            ours.put(id, ours(funcs, expression));
            expected.put(id, golden.get(id));
        });
        assertThat(golden.keySet()).containsExactlyInAnyOrderElementsOf(CASES.keySet());
        assertThat(ours).isEqualTo(expected);
    }

    @Test
    void helmStillFailsWithThePinnedErrors() throws Exception {
        Map<String, String> helmSays = new TreeMap<>();
        for (Map.Entry<String, String> c : CASES.entrySet()) {
            HelmProbe.Result result = HelmProbe.render(template(c.getValue()));
            helmSays.put(c.getKey(), result.exitCode() == 0 ? "no error; printed " + result.output() : result.error());
        }
        Files.createDirectories(Path.of("target"));
        JSON.writeValue(Path.of("target/helm-function-errors.json").toFile(), helmSays);
        assertThat(helmSays).isEqualTo(new TreeMap<>(golden()));
    }
}
