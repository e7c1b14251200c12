package dev.helmshift.chart.load;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ChartNotFoundException;
import dev.helmshift.chart.ChartPathEscapeException;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.ImportValue;
import dev.helmshift.chart.InvalidChartException;
import dev.helmshift.chart.Template;
import dev.helmshift.testing.TarWriter;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartLoaderTest {

    @Test
    void readsAV1ChartWithRequirementsFolderSubchartsAndATgzSubchart() {
        Chart chart = ChartLoader.load(TestTools.fixture("mini-istio"));
        assertThat(chart.metadata().apiVersion()).isEqualTo("v1");
        assertThat(chart.metadata().dependencies()).extracting(Dependency::name)
                .containsExactly("pilot", "gateways", "grafana", "tracing", "mixer");
        assertThat(chart.metadata().dependencies().get(1).condition()).isEqualTo("gateways.enabled,global.gatewaysEnabled");
        assertThat(chart.metadata().dependencies().get(2).tags()).containsExactly("addons");
        assertThat(chart.subcharts()).extracting(Chart::name)
                .containsExactly("gateways", "grafana", "mixer", "pilot", "telemetry-gateway", "tracing");
        Chart tracing = chart.subcharts().get(5);
        assertThat(tracing.location()).endsWith("mini-istio/charts/tracing-0.1.0.tgz");
        assertThat(tracing.templates()).extracting(Template::path).containsExactly("templates/deployment.yaml");
        assertThat(tracing.values()).containsEntry("image", "jaegertracing/all-in-one:1.5");
    }

    @Test
    void keepsTemplatesWithTheirChartRelativePathsAndMarksPartials() {
        Chart chart = ChartLoader.load(TestTools.fixture("mini-istio"));
        assertThat(chart.templates()).extracting(Template::path)
                .containsExactly("templates/_helpers.tpl", "templates/configmap.yaml");
        assertThat(chart.templates().get(0).isPartial()).isTrue();
        assertThat(chart.templates().get(1).text()).startsWith("apiVersion: v1\nkind: ConfigMap");
    }

    @Test
    void exposesOtherFilesButNotChartYamlValuesTemplatesOrSubcharts() {
        Chart chart = ChartLoader.load(TestTools.fixture("mini-istio"));
        assertThat(chart.files().paths())
                .containsExactly("requirements.yaml", "values-demo.yaml", "values-minimal.yaml");
        assertThat(chart.profiles()).extracting(p -> p.name() + "=" + p.file())
                .containsExactly("default=values.yaml", "demo=values-demo.yaml", "minimal=values-minimal.yaml");
    }

    @Test
    void readsAV2ChartWithAliasesImportValuesAndANestedSubchart() {
        Chart chart = ChartLoader.load(TestTools.fixture("umbrella-v2"));
        assertThat(chart.metadata().apiVersion()).isEqualTo("v2");
        assertThat(chart.metadata().appVersion()).isEqualTo("2.1");
        assertThat(chart.metadata().dependencies()).extracting(Dependency::effectiveName)
                .containsExactly("api", "worker", "datastore");
        assertThat(chart.metadata().dependencies().get(2).importValues()).containsExactly(
                new ImportValue("exports.settings", "."), new ImportValue("service.ports", "datastorePorts"));
        Chart backend = chart.subcharts().get(0);
        assertThat(backend.subcharts()).extracting(Chart::name).containsExactly("cache");
        assertThat(backend.subcharts().get(0).location()).endsWith("umbrella-v2/charts/backend/charts/cache");
    }

    @Test
    void appliesHelmignoreToFilesAndFolders() {
        Chart chart = ChartLoader.load(TestTools.fixture("umbrella-v2"));
        assertThat(chart.files().paths()).containsExactly(".helmignore", "files/config.txt", "values-staging.yaml");
        assertThat(chart.files().text("files/config.txt")).isEqualTo("log_level=info\n");
    }

    @Test
    void helmignoreFollowsHelmsPatternRules() {
        HelmIgnore rules = HelmIgnore.parse("""
                # comment
                *.tgz
                /top.txt
                secrets/
                sub/*.yaml
                """.getBytes(), ".helmignore");
        assertThat(rules.ignores("a/b/c.tgz", false)).isTrue();
        assertThat(rules.ignores("top.txt", false)).isTrue();
        assertThat(rules.ignores("nested/top.txt", false)).isFalse();
        assertThat(rules.ignores("secrets", true)).isTrue();
        assertThat(rules.ignores("secrets", false)).isFalse();
        assertThat(rules.ignores("sub/x.yaml", false)).isTrue();
        assertThat(rules.ignores("sub/deeper/x.yaml", false)).isFalse();
        assertThat(rules.ignores("templates/.hidden", false)).isTrue();
        assertThatThrownBy(() -> HelmIgnore.parse("a/**/b\n".getBytes(), ".helmignore"))
                .isInstanceOf(InvalidChartException.class).hasMessage(".helmignore:1: double-star (**) syntax is not supported in .helmignore");
    }

    @Test
    void followsASymlinkThatStaysInsideTheChart(@TempDir Path dir) throws IOException {
        Path chart = minimalChart(dir.resolve("c"));
        Files.writeString(chart.resolve("real.txt"), "inside");
        Files.createSymbolicLink(chart.resolve("link.txt"), Path.of("real.txt"));
        assertThat(ChartLoader.load(chart).files().text("link.txt")).isEqualTo("inside");
    }

    @Test
    void refusesASymlinkLeavingTheChartRoot(@TempDir Path dir) throws IOException {
        Path chart = minimalChart(dir.resolve("c"));
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(chart.resolve("templates/leak.yaml"), Path.of("../../secret.txt"));
        assertThatThrownBy(() -> ChartLoader.load(chart))
                .isInstanceOf(ChartPathEscapeException.class)
                .hasMessageContaining("c/templates/leak.yaml: symlink points outside the chart root (-> ../../secret.txt)");
    }

    @Test
    void refusesAnArchiveEntryThatClimbsOutOfTheChart(@TempDir Path dir) throws IOException {
        Path chart = minimalChart(dir.resolve("c"));
        byte[] tgz = new TarWriter().file("evil/Chart.yaml", "apiVersion: v2\nname: evil\nversion: 1.0.0\n")
                .file("evil/../../escape.txt", "x").gzipped();
        Files.createDirectories(chart.resolve("charts"));
        Files.write(chart.resolve("charts/evil-1.0.0.tgz"), tgz);
        assertThatThrownBy(() -> ChartLoader.load(chart))
                .isInstanceOf(ChartPathEscapeException.class)
                .hasMessageContaining("charts/evil-1.0.0.tgz: archive entry 'evil/../../escape.txt' references the parent directory");
    }

    @Test
    void refusesAnArchiveLinkPointingOutside(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("evil.tgz");
        Files.write(archive, new TarWriter().file("evil/Chart.yaml", "apiVersion: v2\nname: evil\nversion: 1.0.0\n")
                .symlink("evil/templates/x.yaml", "/etc/passwd").gzipped());
        assertThatThrownBy(() -> ChartLoader.load(archive))
                .isInstanceOf(ChartPathEscapeException.class)
                .hasMessageContaining("archive entry 'templates/x.yaml -> /etc/passwd' has a link to an absolute path");
    }

    @Test
    void loadsAChartArchiveGivenDirectly(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("a.tgz");
        Files.write(archive, new TarWriter().file("a/Chart.yaml", "apiVersion: v2\nname: a\nversion: 1.0.0\n")
                .file("a/values.yaml", "x: 1\n").file("a/templates/t.yaml", "k: v\n").gzipped());
        Chart chart = ChartLoader.load(archive);
        assertThat(chart.name()).isEqualTo("a");
        assertThat(chart.values()).containsEntry("x", 1.0);
        assertThat(chart.templates()).extracting(Template::path).containsExactly("templates/t.yaml");
    }

    @Test
    void reportsAMissingFolderAndAMissingChartYaml(@TempDir Path dir) {
        assertThatThrownBy(() -> ChartLoader.load(dir.resolve("nope")))
                .isInstanceOf(ChartNotFoundException.class).hasMessageEndingWith("nope does not exist");
        assertThatThrownBy(() -> ChartLoader.load(dir))
                .isInstanceOf(ChartNotFoundException.class).hasMessageEndingWith(" has no Chart.yaml");
    }

    @Test
    void refusesAStrayFileInChartsAsHelmDoes(@TempDir Path dir) throws IOException {
        Path chart = minimalChart(dir.resolve("c"));
        Files.createDirectories(chart.resolve("charts"));
        Files.writeString(chart.resolve("charts/README.md"), "x");
        Files.writeString(chart.resolve("charts/.keep"), "");
        assertThatThrownBy(() -> ChartLoader.load(chart))
                .isInstanceOf(InvalidChartException.class)
                .hasMessageContaining("charts/README.md is neither a chart folder nor a .tgz archive");
    }

    @Test
    void requiresNameAndASemanticVersion(@TempDir Path dir) throws IOException {
        Path chart = minimalChart(dir.resolve("c"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: one\n");
        assertThatThrownBy(() -> ChartLoader.load(chart))
                .isInstanceOf(InvalidChartException.class)
                .hasMessageEndingWith("Chart.yaml: chart.metadata.version 'one' is invalid");
    }

    /** helm v4.1.4 prints .Chart.Version 1.1 for {@code version: 1.10}: sigs.k8s.io/yaml formats the float in 32 bits. */
    @Test
    void readsANumericVersionAsHelmPrintsIt(@TempDir Path dir) throws IOException {
        Path chart = minimalChart(dir.resolve("c"));
        Files.writeString(chart.resolve("Chart.yaml"), "name: c\nversion: 1.10\nappVersion: 0.9\n");
        Chart loaded = ChartLoader.load(chart);
        assertThat(List.of(loaded.metadata().apiVersion(), loaded.metadata().version(), loaded.metadata().appVersion()))
                .containsExactly("v1", "1.1", "0.9");
    }

    static Path minimalChart(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        return dir;
    }
}
