package dev.helmshift.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link DeployChartTest} against the packaged application (the jar, or the native binary with -Pnative). */
@QuarkusMainIntegrationTest
class DeployChartIT extends DeployChartTest {
}
