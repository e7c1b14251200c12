package dev.helmshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmshift.testing.HelmRunner;
import dev.helmshift.testing.InProcessOnly;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * helmshift's own chart (deploy/chart, the CronJob of the controller) checked by helmshift, as CI does: analyze,
 * validate and check are clean on it, and helmshift renders it byte for byte as the real helm does.
 */
@QuarkusMainTest
class DeployChartTest {
    static final String CHART = "deploy/chart";
    /** An operator's release: a policy, a named ServiceAccount and every optional scheduling block. */
    static final String RELEASE = "src/test/resources/deploy/release-values.yaml";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void analyzeFindsNoDiagnosticsAndOnlyTheHelmshiftImage(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult result = launcher.launch("analyze", CHART, "-o", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode profiles = JSON.readTree(result.getOutput()).get("profiles");
        assertThat(profiles).hasSize(1);
        assertThat(profiles.at("/0/diagnostics")).isEmpty();
        assertThat(profiles.at("/0/warnings")).isEmpty();
        assertThat(texts(profiles.at("/0/images"))).containsExactly("ghcr.io/helmshift/helmshift:0.1.0");
    }

    @Test
    void validateAcceptsTheDefaultsAndAReleaseUnderTheValuesSchema(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("validate", CHART, "-f", CHART + "/values.yaml", "-f", RELEASE);

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo("No findings.");
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    @InProcessOnly
    void validateEnforcesTheValuesSchema(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult result = launcher.launch("validate", CHART, "-f", "src/test/resources/deploy/schema-violations.yaml", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        List<String> findings = new ArrayList<>();
        JSON.readTree(result.getOutput()).get("findings")
                .forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("path").asText() + ":" + f.get("line").asInt()));
        assertThat(findings).containsExactly("schema-violation schedule:1", "schema-violation image.pullPolicy:3",
                "type-mismatch schedule:1");
    }

    @Test
    @InProcessOnly
    void checkOfTheChartAgainstItselfIsClean(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("check", CHART, CHART);

        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo("No findings.");
    }

    @Test
    void checkWithAReleaseOnACurrentKubernetesHasNoFindings(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult result = launcher.launch("check", CHART, CHART, "-f", RELEASE, "--kube-version", "1.33", "-o", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode report = JSON.readTree(result.getOutput());
        assertThat(report.get("summary")).isEqualTo(JSON.readTree("{\"error\": 0, \"warning\": 0, \"info\": 0}"));
        assertThat(report.get("findings")).isEmpty();
    }

    @Test
    void rendersAReleaseExactlyAsHelmTemplateDoes(QuarkusMainLauncher launcher) {
        assertRendersAsHelm(launcher, List.of("-f", RELEASE, "--namespace", "rollouts", "--kube-version", "1.33.0"));
    }

    @Test
    @InProcessOnly
    void rendersTheDefaultsExactlyAsHelmTemplateDoes(QuarkusMainLauncher launcher) {
        assertRendersAsHelm(launcher, List.of());
    }

    /** helm exits 0 and prints the same bytes as {@code helmshift render} with the same release name and flags. */
    private static void assertRendersAsHelm(QuarkusMainLauncher launcher, List<String> flags) {
        HelmRunner.Result helm = HelmRunner.template("shift", Path.of(CHART), flags);
        List<String> args = new ArrayList<>(List.of("render", CHART, "--release-name", "shift"));
        args.addAll(flags);

        LaunchResult ours = launcher.launch(args.toArray(String[]::new));

        assertThat(helm.exitCode()).as(helm.output()).isZero();
        assertThat(ours.exitCode()).as(ours.getErrorOutput()).isZero();
        assertThat(ours.getOutput() + "\n").isEqualTo(helm.output());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
