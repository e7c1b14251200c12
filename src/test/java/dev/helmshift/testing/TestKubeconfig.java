package dev.helmshift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the CLI under test at a test API server through a kubeconfig file, the way a user points it at a cluster.
 * <p>
 * In-process (Surefire) the file is a temporary one named by the system property {@code kubeconfig}, which fabric8
 * reads before the environment. Against the packaged jar or native binary (Failsafe) system properties of the test
 * JVM do not reach the launched process and {@code @Launch} takes no {@code -D} options; the process inherits the
 * Failsafe fork's environment instead, where pom.xml sets {@code KUBECONFIG} to the path it also passes as
 * {@code helmshift.it.kubeconfig}, so the file is written there. The property is only ever set by that Failsafe
 * configuration, so a developer's own KUBECONFIG is never overwritten.
 */
public final class TestKubeconfig {
    /** Set by Failsafe to the file that its KUBECONFIG names. */
    static final String IT_FILE = "helmshift.it.kubeconfig";
    /** fabric8's system property for the kubeconfig path (it falls back to the KUBECONFIG variable). */
    static final String FABRIC8_PROPERTY = "kubeconfig";

    private TestKubeconfig() {
    }

    /** Writes a kubeconfig for {@code serverUrl} (no credentials, namespace default) and makes it the one in use. */
    public static Path pointAt(String serverUrl) {
        try {
            String itFile = System.getProperty(IT_FILE);
            Path file = itFile != null ? Path.of(itFile) : Files.createTempFile("helmshift-test-kubeconfig", ".yaml");
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
            System.setProperty(FABRIC8_PROPERTY, file.toString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the test kubeconfig again. */
    public static void clear() {
        System.clearProperty(FABRIC8_PROPERTY);
    }
}
