package dev.helmshift.cli;

import dev.helmshift.testing.InProcessOnly;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code helmshift render} end to end: stdout as helm template prints it, errors on stderr with exit 2. */
@QuarkusMainTest
class RenderCommandTest {

    private static final String CHART = "charts-fixtures/render-pipeline";

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden/render", name));
    }

    @Test
    void printsExactlyWhatHelmTemplatePrints(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("render", CHART, "--release-name", "istio", "--namespace", "istio-system");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput() + "\n").isEqualTo(golden("render-pipeline-default.yaml"));
    }

    @Test
    void passesKubeVersionApiVersionsAndShowOnly(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("render", CHART, "--release-name", "x", "--kube-version", "1.29.3-eks.5",
                "--api-versions", "apps/v1/Deployment", "--show-only", "templates/builtins.yaml");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput() + "\n").isEqualTo(golden("render-pipeline-caps.yaml"));
    }

    @Test
    void writesTheBytesOfTheRenderedTextAsHelmDoesEvenWhereTheyAreNotUtf8(QuarkusMainLauncher launcher)
            throws IOException {
        // helm template istio charts-fixtures/binary-files: Latin-1 bytes of a template after its document's end
        byte[] helm = Files.readAllBytes(Path.of("src/test/resources/golden/render/binary-files.yaml"));

        LaunchResult result = launcher.launch("render", "charts-fixtures/binary-files", "--release-name", "istio");

        assertThat(result.exitCode()).isZero();
        // The captured stdout is read as UTF-8, so each byte that is not UTF-8 reads as U+FFFD (not as '?').
        assertThat(result.getOutput() + "\n").isEqualTo(new String(helm, StandardCharsets.UTF_8));
    }

    @Test
    void failsWithHelmsPositionedErrorAndExitCode2(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("render", CHART, "--profile", "minimal");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).isEqualTo("""
                helmshift: render-pipeline/templates/builtins.yaml:18:27
                  executing "render-pipeline/templates/builtins.yaml" at <.Subcharts.sub.Values.greeting>:
                    nil pointer evaluating interface {}.Values""");
    }

    @Test
    void refusesValuesThatBreakAChartsSchemaWithHelmsMessage(QuarkusMainLauncher launcher) throws IOException {
        // helm template istio charts-fixtures/values-schema --namespace istio-system -f .../values-broken.yaml
        String helm = golden("values-schema-broken.err").replaceFirst("^Error: ", "").stripTrailing();

        LaunchResult result = launcher.launch("render", "charts-fixtures/values-schema", "--profile", "broken");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).isEqualTo("helmshift: " + helm
                + "\nhint: change the values to meet the schema, or pass --skip-schema-validation");
    }

    @Test
    @InProcessOnly
    void skipSchemaValidationRendersTheValuesAsHelmDoes(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("render", "charts-fixtures/values-schema", "--profile", "broken",
                "--skip-schema-validation", "--release-name", "istio", "--namespace", "istio-system");

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput() + "\n").isEqualTo(golden("values-schema-skipped.yaml"));
    }

    @Test
    @InProcessOnly
    void aShowOnlyPathThatMatchesNothingIsAnError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("render", CHART, "-s", "templates/nope.yaml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).startsWith("helmshift: could not find template templates/nope.yaml in chart");
    }

    @Test
    @InProcessOnly
    void anInvalidKubeVersionIsBadInput(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("render", CHART, "--kube-version", "abc");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .startsWith("helmshift: invalid kube version 'abc': could not parse \"abc\" as version");
    }
}
