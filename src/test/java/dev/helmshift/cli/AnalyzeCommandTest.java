package dev.helmshift.cli;

import dev.helmshift.testing.InProcessOnly;
import dev.helmshift.testing.TestTools;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** analyze's outputs, compared with golden files under src/test/resources/golden/analyze. */
@QuarkusMainTest
class AnalyzeCommandTest {

    static String golden(String name) throws IOException {
        return Files.readString(TestTools.projectDir().resolve("src/test/resources/golden/analyze/" + name)).stripTrailing();
    }

    @Test
    void printsTheMatrixAsAGridWithProfilesAsColumns(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("analyze", "--all-profiles", "charts-fixtures/mini-istio");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo(golden("mini-istio-all-profiles.txt"));
        assertThat(result.getErrorOutput()).isEmpty();
    }

    @Test
    void printsTheJsonContract(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("analyze", "--all-profiles", "-o", "json", "charts-fixtures/mini-istio");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo(golden("mini-istio-all-profiles.json"));
    }

    @Test
    void analysesTheProfilesAChartSelectsItselfWithTheirWorkloads(QuarkusMainLauncher launcher) throws IOException {
        // files/profile-NAME.yaml of a chart whose templates read .Values.profile, rendered as --set profile=NAME
        LaunchResult result = launcher.launch("analyze", "--all-profiles", "charts-fixtures/chart-profiles");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo(golden("chart-profiles-all-profiles.txt"));
    }

    @Test
    @InProcessOnly
    void printsTheJsonContractForChartSelectedProfiles(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("analyze", "--all-profiles", "-o", "json", "charts-fixtures/chart-profiles");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo(golden("chart-profiles-all-profiles.json"));
    }

    @Test
    @InProcessOnly
    void printsYamlForOneChosenProfile(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("analyze", "--profile", "staging", "-o", "yaml", "charts-fixtures/umbrella-v2");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).isEqualTo(golden("umbrella-v2-staging.yaml"));
    }

    @Test
    @InProcessOnly
    void analysesOnlyTheDefaultProfileWhenNoneIsChosen(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("analyze", "charts-fixtures/mini-istio");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("COMPONENT          default\n").doesNotContain("minimal");
    }

    @Test
    void numbersTheProfilesWhenTheirNamesWouldNotFitAcross(QuarkusMainLauncher launcher) {
        Path istio = TestTools.corpus("istio-1.0.4/istio");
        LaunchResult result = launcher.launch("analyze", "--all-profiles", istio.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput())
                .contains("   9  istio-gateways                           values-istio-gateways.yaml")
                .contains("telemetry-gateway       on    on    on    on    on    on     on     on    on    on    on    on")
                .contains("(enabled)               8/14  8/14  8/14  8/14  8/14  11/14  11/14  8/14  2/14  8/14  8/14  8/14");
    }

    @Test
    @InProcessOnly
    void appliesSetOnTopOfEachProfile(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("analyze", "--profile", "minimal", "--set", "global.gatewaysEnabled=true",
                "-o", "json", "charts-fixtures/mini-istio");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("\"gateways\" : true");
    }
}
