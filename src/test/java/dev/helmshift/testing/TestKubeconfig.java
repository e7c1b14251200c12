package dev.helmshift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the CLI under test at a test API server, in-process and in the processes the ITs launch.
 * <p>
 * In this JVM (in-process launches and the test's own client) through fabric8's {@code kubernetes.*} system
 * properties, which win over whatever another test of the same JVM left behind (Quarkus's Kubernetes test server
 * sets {@code kubernetes.master} too). A packaged jar or native binary launched by an IT sees neither this JVM's system
 * properties nor {@code -D} options ({@code @Launch} takes none); it inherits the Failsafe fork's environment, where
 * pom.xml sets {@code KUBECONFIG} to the path it also passes as {@code helmshift.it.kubeconfig}, so the kubeconfig is
 * written there. Only that Failsafe configuration sets the property, so a developer's own kubeconfig is never touched.
 */
public final class TestKubeconfig {
    /** Set by Failsafe to the file that its KUBECONFIG names. */
    static final String IT_FILE = "helmshift.it.kubeconfig";

    private static final Map<String, String> FIXED = Map.of(
            "kubernetes.trust.certificates", "true",
            "kubernetes.auth.tryKubeConfig", "false",
            "kubernetes.auth.tryServiceAccount", "false",
            "kubernetes.namespace", "default");

    private TestKubeconfig() {
    }

    /** Makes {@code serverUrl} (no credentials, namespace default) the API server of this JVM and of launched processes. */
    public static void pointAt(String serverUrl) {
        System.setProperty("kubernetes.master", serverUrl);
        FIXED.forEach(System::setProperty);
        String itFile = System.getProperty(IT_FILE);
        if (itFile != null) {
            write(Path.of(itFile), serverUrl);
        }
    }

    /** Forgets the test API server again. */
    public static void clear() {
        System.clearProperty("kubernetes.master");
        FIXED.keySet().forEach(System::clearProperty);
    }

    private static void write(Path file, String serverUrl) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                      - name: test
                        cluster: {server: "%s"}
                    users:
                      - name: test
                        user: {}
                    contexts:
                      - name: test
                        context: {cluster: test, user: test, namespace: default}
                    current-context: test
                    """.formatted(serverUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
