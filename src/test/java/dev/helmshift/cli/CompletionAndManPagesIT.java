package dev.helmshift.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link CompletionAndManPagesTest} against the packaged application (the jar, or the native binary with -Pnative). */
@QuarkusMainIntegrationTest
class CompletionAndManPagesIT extends CompletionAndManPagesTest {
}
