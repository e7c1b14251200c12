package dev.helmshift.k8s;

import dev.helmshift.error.BadInputException;
import dev.helmshift.error.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Where a step finds the API server without fabric8, and when it leaves the configuration to fabric8: the same
 * precedence as fabric8's Config.autoConfigure (a kubeconfig wins over the service account; fabric8's own properties
 * and variables, and anything but a token, go to fabric8).
 */
class KubeEndpointsTest {
    static final String CA_PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    @TempDir
    Path dir;

    final Map<String, String> env = new HashMap<>();
    final Map<String, String> properties = new HashMap<>();

    KubeEndpoints endpoints() {
        properties.putIfAbsent("user.home", dir.resolve("no-home").toString());
        return new KubeEndpoints(env, properties, dir.resolve("serviceaccount"));
    }

    KubeEndpoints.Resolution resolve() {
        return endpoints().resolve();
    }

    /** Inside a pod: the variables and the service account's files. */
    void insideAPod() throws IOException {
        Path sa = Files.createDirectories(dir.resolve("serviceaccount"));
        Files.writeString(sa.resolve("ca.crt"), CA_PEM);
        Files.writeString(sa.resolve("token"), "jwt\n");
        Files.writeString(sa.resolve("namespace"), "rollouts\n");
        env.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        env.put("KUBERNETES_SERVICE_PORT", "443");
    }

    Path kubeconfig(String name, String cluster, String user) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: other
                  cluster: {server: "https://other:6443"}
                - name: prod
                  cluster: %s
                users:
                - name: admin
                  user: %s
                contexts:
                - name: ctx
                  context: {cluster: prod, user: admin, namespace: rollouts}
                current-context: ctx
                """.formatted(cluster, user));
        return file;
    }

    @Test
    void aKubeconfigWithATokenAndCaDataIsResolvedHere() throws IOException {
        String data = Base64.getEncoder().encodeToString(CA_PEM.getBytes(StandardCharsets.UTF_8));
        env.put("KUBECONFIG", kubeconfig("config", "{server: \"https://10.0.0.1:6443\", certificate-authority-data: " + data + "}",
                "{token: abc}").toString());
        KubeEndpoint endpoint = resolve().endpoint();
        assertThat(endpoint).isEqualTo(new KubeEndpoint(URI.create("https://10.0.0.1:6443"), CA_PEM, false, "abc", null, "rollouts",
                dir.resolve("config").toString()));
    }

    @Test
    void aCaFileIsReadRelativeToTheKubeconfigAndInsecureSkipsVerification() throws IOException {
        Files.createDirectories(dir.resolve("kube"));
        Files.writeString(dir.resolve("kube/ca.crt"), CA_PEM);
        Path file = kubeconfig("kube/config", "{server: \"https://api:6443\", certificate-authority: ca.crt}", "{}");
        env.put("KUBECONFIG", file.toString());
        assertThat(resolve().endpoint().certificateAuthorities()).isEqualTo(CA_PEM);

        env.put("KUBECONFIG", kubeconfig("insecure", "{server: \"https://api:6443\", insecure-skip-tls-verify: true}", "{token: t}").toString());
        KubeEndpoint insecure = resolve().endpoint();
        assertThat(insecure.insecure()).isTrue();
        assertThat(insecure.certificateAuthorities()).isNull();
    }

    @Test
    void everyOtherWayToAuthenticateOrConnectIsLeftToFabric8WithTheReason() throws IOException {
        for (String user : new String[] {"{client-certificate-data: x, client-key-data: y}", "{exec: {command: aws}}",
                "{auth-provider: {name: oidc}}", "{username: u, password: p}", "{token: t, as: someone}", "{tokenFile: /t}"}) {
            env.put("KUBECONFIG", kubeconfig("config", "{server: \"https://api:6443\"}", user).toString());
            KubeEndpoints.Resolution resolution = resolve();
            assertThat(resolution.endpoint()).as(user).isNull();
            assertThat(resolution.fabric8Reason()).as(user).startsWith("the kubeconfig " + dir.resolve("config") + " uses ");
        }
        env.put("KUBECONFIG", kubeconfig("config", "{server: \"https://api:6443\", proxy-url: \"http://proxy:3128\"}", "{}").toString());
        assertThat(resolve().fabric8Reason()).endsWith(" uses proxy-url");
    }

    @Test
    void fabric8sOwnPropertiesAndVariablesHandTheConfigurationToFabric8ButThePodsServiceVariablesDoNot() throws IOException {
        env.put("KUBECONFIG", kubeconfig("config", "{server: \"https://api:6443\"}", "{token: t}").toString());
        env.put("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        env.put("KUBERNETES_SERVICE_PORT_HTTPS", "443");
        env.put("KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443");
        assertThat(resolve().endpoint()).isNotNull();

        properties.put("kubernetes.master", "http://127.0.0.1:1");
        assertThat(resolve().fabric8Reason()).isEqualTo("the system property kubernetes.master is set");
        properties.remove("kubernetes.master");
        env.put("KUBERNETES_NAMESPACE", "x");
        assertThat(resolve().fabric8Reason()).isEqualTo("the variable KUBERNETES_NAMESPACE is set");
        env.remove("KUBERNETES_NAMESPACE");
        env.put("HTTPS_PROXY", "http://proxy:3128");
        assertThat(resolve().fabric8Reason()).isEqualTo("the variable HTTPS_PROXY is set");
    }

    @Test
    void http2DisableGoesToFabric8BecauseTheJdkTransportSpeaksHttp2() throws IOException {
        env.put("KUBECONFIG", kubeconfig("config", "{server: \"https://api:6443\"}", "{token: t}").toString());
        env.put("HTTP2_DISABLE", "true");
        assertThat(resolve().fabric8Reason()).isEqualTo("the variable HTTP2_DISABLE is set");
        env.remove("HTTP2_DISABLE");
        properties.put("http2.disable", "true");
        assertThat(resolve().fabric8Reason()).isEqualTo("the system property http2.disable is set");
    }

    @Test
    void aTokenWithALineBreakIsRefusedNamingItsKeyNeverItsValue() throws IOException {
        Path file = dir.resolve("config");
        Files.writeString(file, """
                apiVersion: v1
                clusters:
                - name: prod
                  cluster: {server: "https://api:6443", insecure-skip-tls-verify: true}
                users:
                - name: admin
                  user:
                    token: |
                      s3cr3t-t0ken
                contexts:
                - name: ctx
                  context: {cluster: prod, user: admin}
                current-context: ctx
                """);
        env.put("KUBECONFIG", file.toString());
        BadInputException refused = catchThrowableOfType(() -> KubeApi.connect(endpoints()), BadInputException.class);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.getMessage()).isEqualTo("the kubeconfig " + file
                + " has a control character (a line break?) in users[admin].user.token");
        assertThat(refused.hint()).contains("'token: |-'");
        assertThat(refused.getMessage() + refused.hint()).doesNotContain("s3cr3t");

        for (String token : new String[] {"\"a\\tb\"", "\"ab\\x7f\"", "\"ab\\r\""}) {
            env.put("KUBECONFIG", kubeconfig("config", "{server: \"https://api:6443\"}", "{token: " + token + "}").toString());
            assertThat(catchThrowableOfType(this::resolve, BadInputException.class)).as(token).isNotNull();
        }
    }

    @Test
    void aKubeconfigThatIsNotUtf8IsLeftToFabric8NeverReplacedByThePodsServiceAccount() throws IOException {
        insideAPod();
        Path file = kubeconfig("config", "{server: \"https://api:6443\"}", "{token: t}");
        byte[] latin1Comment = "# caf\u00e9 (Latin-1)\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1Comment, java.nio.file.StandardOpenOption.APPEND);
        env.put("KUBECONFIG", file.toString());
        KubeEndpoints.Resolution resolution = resolve();
        assertThat(resolution.endpoint()).isNull();
        assertThat(resolution.fabric8Reason()).startsWith("the kubeconfig " + file + " cannot be read here: ");
    }

    @Test
    void theKubeconfigListIsReadAsFabric8ReadsIt() throws IOException {
        Path a = kubeconfig("a", "{server: \"https://a:6443\"}", "{}");
        Path b = kubeconfig("b", "{server: \"https://b:6443\"}", "{}");
        Files.writeString(dir.resolve("empty"), "");
        env.put("KUBECONFIG", dir.resolve("missing") + File.pathSeparator + dir.resolve("empty") + File.pathSeparator + a);
        assertThat(resolve().endpoint().server()).isEqualTo(URI.create("https://a:6443"));

        env.put("KUBECONFIG", a + File.pathSeparator + b);
        assertThat(resolve().fabric8Reason()).isEqualTo("several kubeconfig files to merge");

        properties.put("kubeconfig", b.toString());
        assertThat(resolve().endpoint().server()).as("the property before the variable").isEqualTo(URI.create("https://b:6443"));

        properties.remove("kubeconfig");
        env.remove("KUBECONFIG");
        Files.createDirectories(dir.resolve("home/.kube"));
        Files.copy(b, dir.resolve("home/.kube/config"));
        env.put("HOME", dir.resolve("home").toString());
        assertThat(resolve().endpoint().source()).isEqualTo(dir.resolve("home/.kube/config").toString());
    }

    @Test
    void aKubeconfigWithoutACurrentContextOrServerIsLeftToFabric8() throws IOException {
        Files.writeString(dir.resolve("config"), "apiVersion: v1\nkind: Config\nclusters: []\n");
        env.put("KUBECONFIG", dir.resolve("config").toString());
        assertThat(resolve().fabric8Reason()).isEqualTo("the kubeconfig " + dir.resolve("config") + " has no current context");
        env.put("KUBECONFIG", kubeconfig("config", "{certificate-authority-data: eA==}", "{}").toString());
        assertThat(resolve().fabric8Reason()).isEqualTo("the current context of " + dir.resolve("config") + " names no cluster with a server URL");
    }

    @Test
    void insideAPodTheServiceAccountIsUsedWithoutParsingYaml() throws IOException {
        insideAPod();
        Path sa = dir.resolve("serviceaccount");
        assertThat(resolve().endpoint()).isEqualTo(new KubeEndpoint(URI.create("https://10.96.0.1:443"), CA_PEM, false, null,
                sa.resolve("token"), "rollouts", "in-cluster service account"));

        env.put("KUBERNETES_SERVICE_HOST", "fd00::1");
        assertThat(resolve().endpoint().server()).isEqualTo(URI.create("https://[fd00::1]:443"));

        env.remove("KUBERNETES_SERVICE_HOST");
        assertThat(resolve().fabric8Reason()).isEqualTo("no kubeconfig and not inside a pod");
    }
}
