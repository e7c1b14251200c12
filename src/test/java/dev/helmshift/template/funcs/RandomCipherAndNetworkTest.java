package dev.helmshift.template.funcs;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.TemplateSet;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.Aes;
import dev.helmshift.template.funcs.sprig.Hosts;
import dev.helmshift.template.funcs.sprig.Randoms;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import dev.helmshift.template.funcs.value.GoIp;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * encryptAES, randBytes and getHostByName, whose output is random or depends on the host: checked by validity, and
 * helmshift's ciphertext against helm's decryptAES. (decryptAES of helm's ciphertexts is a FunctionCases case.)
 */
class RandomCipherAndNetworkTest {

    @Test
    void encryptAesWritesIvAndPaddedBlocksThatDecryptBack() {
        for (String plaintext : new String[]{"x", "exactly 16 bytes", "pässwörd ✓ 16 bytes exactly!!"}) {
            String encrypted = Aes.encrypt("secret-key", plaintext);
            int bytes = plaintext.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(Base64.getDecoder().decode(encrypted)).hasSize(16 + (bytes / 16 + 1) * 16);
            assertThat(Aes.decrypt("secret-key", encrypted)).isEqualTo(plaintext);
            assertThat(Aes.encrypt("secret-key", plaintext)).as("a fresh IV each time").isNotEqualTo(encrypted);
        }
        String padded = Aes.encrypt("a password longer than thirty-two bytes, cut there", "z");
        assertThat(Aes.decrypt("a password longer than thirty-two bytes", padded)).isEqualTo("z");
    }

    @Test
    void helmDecryptsWhatHelmshiftEncrypts() throws Exception {
        String first = Aes.encrypt("secret-key", "hello, world");
        String second = Aes.encrypt("", "pässwörd ✓");
        HelmProbe.Result result = HelmProbe.render("a: {{ decryptAES \"secret-key\" \"" + first + "\" | b64enc }}\n"
                + "b: {{ decryptAES \"\" \"" + second + "\" | b64enc }}\n");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("a: " + Base64.getEncoder().encodeToString("hello, world".getBytes()))
                .contains("b: " + Base64.getEncoder().encodeToString("pässwörd ✓".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void randBytesIsBase64OfThatManyBytes() {
        assertThat(Base64.getDecoder().decode(Randoms.randBytes(24))).hasSize(24);
        assertThat(Randoms.randBytes(24)).isNotEqualTo(Randoms.randBytes(24));
        assertThat(Randoms.randBytes(0)).isEmpty();
    }

    @Test
    void getHostByNameResolvesOnlyWhenDnsIsEnabledAsInHelm() {
        assertThat(Hosts.getHostByName("localhost")).isIn("127.0.0.1", "::1");
        assertThat(Hosts.getHostByName("127.0.0.2")).isEqualTo("127.0.0.2");
        assertThatThrownBy(() -> Hosts.getHostByName("")).hasMessage("invalid argument to Intn");
        assertThat(render(false, "{{ getHostByName \"localhost\" }}")).isEmpty();
        assertThat(render(true, "{{ getHostByName \"localhost\" }}")).isIn("127.0.0.1", "::1");
    }

    @Test
    void ipAddressesPrintAsGoPrintsThem() {
        assertThat(GoIp.format(GoIp.parse("::1"))).isEqualTo("::1");
        assertThat(GoIp.format(GoIp.parse("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(GoIp.format(GoIp.parse("::ffff:10.0.0.1"))).isEqualTo("10.0.0.1");
        assertThat(GoIp.format(GoIp.parse("1:0:0:2::"))).isEqualTo("1:0:0:2::");
        assertThat(GoIp.parse("1.2.3.04")).isNull();
        assertThat(GoIp.parse("fe80::1%eth0")).isNull();
        assertThat(GoIp.parse("1.2.3.256")).isNull();
        assertThat(GoIp.to4(GoIp.parse("10.0.0.1"))).containsExactly(10, 0, 0, 1);
    }

    private static String render(boolean enableDns, String template) {
        FuncMap funcs = GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        HelmFunctions.register(funcs, enableDns);
        TemplateSet set = TemplateSet.create(funcs);
        set.parse("t", template);
        return set.execute("t", Map.of(), ExecOptions.helm()).output();
    }
}
