package dev.helmshift.cli;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The top command: help and version on stdout with exit 0, an unknown command as bad input. */
@QuarkusMainTest
class HelmshiftCommandTest {

    @Test
    @Launch("--help")
    void helpListsEveryCommandOnStdout(LaunchResult result) throws IOException {
        assertThat(result.getOutput() + "\n").isEqualTo(Files.readString(Path.of("src/test/resources/golden/cli/help.txt")));
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    @Launch("--version")
    void versionPrintsTheNameAndVersion(LaunchResult result) {
        assertThat(result.getOutput()).isEqualTo("helmshift 0.1.0");
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void anUnknownCommandExitsTwoAndSuggestsTheNearestOnStderr(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("anlyze", "charts-fixtures/mini-istio");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).isEqualTo("""
                helmshift: Unmatched arguments from index 0: 'anlyze', 'charts-fixtures/mini-istio'
                Did you mean: helmshift analyze or helmshift manpage?
                Try 'helmshift --help' for usage.""");
    }
}
