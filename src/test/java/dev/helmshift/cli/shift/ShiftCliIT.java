package dev.helmshift.cli.shift;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/**
 * {@link ShiftCliTest} against the packaged application (fast-jar, or native binary with -Pnative). The API server
 * and the HTTP gate's app run in this JVM; the launched process reaches them through the kubeconfig named by its
 * KUBECONFIG variable (see TestKubeconfig) and loopback URLs.
 */
@QuarkusMainIntegrationTest
class ShiftCliIT extends ShiftCliTest {
}
