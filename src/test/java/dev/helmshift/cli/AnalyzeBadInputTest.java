package dev.helmshift.cli;

import dev.helmshift.testing.TarWriter;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input gives exit 2 and one line on stderr: what, where, how to fix; never a stack trace. */
@QuarkusMainTest
class AnalyzeBadInputTest {

    @TempDir
    Path tmp;

    static void assertOneLine(LaunchResult result, String expected) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getOutput()).isEmpty();
        assertThat(result.getErrorOutput()).isEqualTo(expected);
    }

    @Test
    void aMissingFolder(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "charts-fixtures/nope"),
                "helmshift: chart not found: charts-fixtures/nope does not exist "
                        + "(give the path of a chart folder (the one holding Chart.yaml) or of a .tgz archive)");
    }

    @Test
    void aFolderWithoutChartYaml(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "charts-fixtures"),
                "helmshift: not a chart: charts-fixtures has no Chart.yaml (give the folder that holds Chart.yaml)");
    }

    @Test
    void malformedYamlWithFileAndLine(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "charts-fixtures/bad/malformed-values"),
                "helmshift: charts-fixtures/bad/malformed-values/values.yaml:5:9: cannot load values.yaml: cannot "
                        + "unmarshal yaml document: error converting YAML to JSON: yaml: line 5: mapping values are not "
                        + "allowed in this context (fix the YAML syntax at that line (indentation, a TAB, a missing ':' "
                        + "or an unclosed quote))");
    }

    @Test
    void aDependencyMissingFromCharts(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "charts-fixtures/bad/missing-dependency"),
                "helmshift: charts-fixtures/bad/missing-dependency/Chart.yaml: dependencies declared but missing in "
                        + "charts/: ghost (run 'helm dependency build' or copy the charts into charts/)");
    }

    @Test
    void anUnknownProfileListsTheKnownOnes(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "--profile", "nope", "charts-fixtures/mini-istio"),
                "helmshift: unknown profile 'nope' for chart mini-istio (known profiles: default, demo, minimal; "
                        + "a profile NAME is the file values-NAME.yaml in the chart root, or files/profile-NAME.yaml in a chart "
                        + "whose templates read .Values.profile)");
    }

    @Test
    void aBadSet(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "--set", "pilot[x]=1", "charts-fixtures/mini-istio"),
                "helmshift: bad --set 'pilot[x]=1': error parsing index: strconv.Atoi: parsing \"x\": invalid syntax "
                        + "(use KEY=VALUE with dots for nesting, [i] for list items, {a,b} for lists and \\ to escape . , = [)");
    }

    @Test
    void aYamlAliasBomb(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "charts-fixtures/bad/alias-bomb"),
                "helmshift: charts-fixtures/bad/alias-bomb/values.yaml:5:17: cannot load values.yaml: cannot "
                        + "unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive "
                        + "aliasing (expand the anchors by hand or use fewer aliases)");
    }

    @Test
    void aSymlinkEscapingTheChartRoot(QuarkusMainLauncher launcher) throws IOException {
        Path chart = chart("leaky");
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(chart.resolve("templates/leak.yaml"), Path.of("../../secret.txt"));
        assertOneLine(launcher.launch("analyze", chart.toString()),
                "helmshift: " + chart + "/templates/leak.yaml: symlink points outside the chart root (-> ../../secret.txt) "
                        + "(remove the link or entry, or copy the file into the chart)");
    }

    @Test
    void aTgzEntryEscapingTheChartRoot(QuarkusMainLauncher launcher) throws IOException {
        Path chart = chart("evil-parent");
        Files.createDirectories(chart.resolve("charts"));
        Files.write(chart.resolve("charts/evil-1.0.0.tgz"), new TarWriter()
                .file("evil/Chart.yaml", "apiVersion: v2\nname: evil\nversion: 1.0.0\n")
                .file("evil/../../../etc/cron.d/x", "boom").gzipped());
        assertOneLine(launcher.launch("analyze", chart.toString()),
                "helmshift: " + chart + "/charts/evil-1.0.0.tgz: archive entry 'evil/../../../etc/cron.d/x' references "
                        + "the parent directory (remove the link or entry, or copy the file into the chart)");
    }

    @Test
    void aMissingValuesFile(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "-f", "nope.yaml", "charts-fixtures/mini-istio"),
                "helmshift: cannot read values file nope.yaml: no such file (check the path given to -f)");
    }

    @Test
    void anUnknownGoCompatMode(QuarkusMainLauncher launcher) {
        assertOneLine(launcher.launch("analyze", "--go-compat", "old", "charts-fixtures/mini-istio"),
                "helmshift: unknown --go-compat mode 'old' (use current or legacy)");
    }

    private Path chart(String name) throws IOException {
        Path chart = tmp.resolve(name);
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: " + name + "\nversion: 0.1.0\n");
        return chart;
    }
}
