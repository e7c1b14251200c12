package dev.helmshift.chart;

import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfilesTest {
    private static final Path CHART_PROFILES = TestTools.fixture("chart-profiles");

    @Test
    void valuesFilesComeFirstThenTheProfilesTheChartSelectsItself() {
        assertThat(ChartLoader.load(CHART_PROFILES).profiles()).containsExactly(
                Profile.defaults(),
                Profile.valuesFile("legacy", "values-legacy.yaml"),
                Profile.chartProfile("canary", "files/profile-canary.yaml"),
                Profile.chartProfile("minimal", "files/profile-minimal.yaml"));
    }

    @Test
    void filesProfilesAreNoProfilesWhenNoTemplateReadsValuesProfile(@TempDir Path tmp) throws IOException {
        Path copy = copy(CHART_PROFILES, tmp.resolve("chart-profiles"));
        Files.delete(copy.resolve("templates/zz_profile.yaml"));
        Files.writeString(copy.resolve("templates/deployment.yaml"), "kind: ConfigMap\n");

        assertThat(ChartLoader.load(copy).profiles()).extracting(Profile::name).containsExactly("default", "legacy");
    }

    @Test
    void aChartProfileIsTheValueProfileBeforeEachValuesFileAndSet(@TempDir Path tmp) throws IOException {
        Chart chart = ChartLoader.load(CHART_PROFILES);
        Path file = Files.writeString(tmp.resolve("mine.yaml"), "replicas: 5\n");

        Map<String, Object> canary = ValuesResolver.userValues(chart, chart.profile("canary"),
                new ValueInputs("canary", List.of(file), List.of(), List.of()));
        Map<String, Object> overridden = ValuesResolver.userValues(chart, chart.profile("canary"),
                new ValueInputs("canary", List.of(), List.of("profile=minimal"), List.of()));

        assertThat(canary).containsExactly(Map.entry("profile", "canary"), Map.entry("replicas", 5.0));
        assertThat(overridden).containsExactly(Map.entry("profile", "minimal"));
        assertThat(chart.profile("canary").helmArgument()).isEqualTo("--set profile=canary");
        assertThat(chart.profile("legacy").helmArgument()).isEqualTo("-f values-legacy.yaml");
    }

    @Test
    void anUnknownProfileNamesBothKinds() {
        assertThatThrownBy(() -> ChartLoader.load(CHART_PROFILES).profile("nope"))
                .isInstanceOf(UnknownProfileException.class)
                .hasMessage("unknown profile 'nope' for chart chart-profiles")
                .satisfies(e -> assertThat(((UnknownProfileException) e).hint())
                        .startsWith("known profiles: default, legacy, canary, minimal;"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
