package dev.helmshift.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link AnalysisCommandsTest} against the packaged application (fast-jar, or native binary with -Pnative). */
@QuarkusMainIntegrationTest
class AnalysisCommandsIT extends AnalysisCommandsTest {
}
