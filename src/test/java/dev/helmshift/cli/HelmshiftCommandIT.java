package dev.helmshift.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link HelmshiftCommandTest} against the packaged application (fast-jar, or native binary with -Pnative). */
@QuarkusMainIntegrationTest
class HelmshiftCommandIT extends HelmshiftCommandTest {
}
