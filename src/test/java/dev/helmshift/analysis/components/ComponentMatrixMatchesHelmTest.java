package dev.helmshift.analysis.components;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.testing.HelmRunner;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential: for every profile of the corpus charts and of our fixtures, the enabled subcharts must be the ones
 * helm renders. The chart is copied and each folder chart's templates/ replaced by one template that always prints,
 * so a subchart helm enables always shows a {@code # Source: CHART/charts/NAME/} line, whatever its real templates
 * would do (and whether or not they fail in helm v4). Skips when helm or ../shared is absent.
 */
class ComponentMatrixMatchesHelmTest {
    private static final Pattern SOURCE = Pattern.compile("^# Source: [^/]+/charts/([^/]+)/", Pattern.MULTILINE);

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyProfileEnablesWhatHelmEnables() {
        TestTools.helm();
        List<Path> charts = new ArrayList<>(List.of(TestTools.fixture("mini-istio"), TestTools.fixture("umbrella-v2"),
                TestTools.projectDir().resolve("src/test/resources/helm-probes/version-mismatch")));
        try {
            Path shared = TestTools.shared();
            charts.add(shared.resolve("corpus/istio-1.0.4/istio"));
            charts.add(shared.resolve("corpus/istio-1.4.6/istio"));
        } catch (org.opentest4j.TestAbortedException e) {
            // corpus absent: the fixtures alone are still compared
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path original : charts) {
            Chart chart = ChartLoader.load(original);
            Path probe = probeCopy(original, work.resolve(chart.name() + "-" + Math.abs(original.hashCode())));
            for (Profile profile : chart.profiles()) {
                tests.add(DynamicTest.dynamicTest(chart.name() + " " + profile.name(), () -> {
                    List<String> args = profile.isDefault() ? List.of() : List.of("-f", probe.resolve(profile.file()).toString());
                    HelmRunner.Result helm = HelmRunner.template("probe", probe, args);
                    assertThat(helm.exitCode()).as(helm.output()).isZero();
                    TreeSet<String> helmEnabled = new TreeSet<>();
                    Matcher m = SOURCE.matcher(helm.output());
                    while (m.find()) {
                        helmEnabled.add(m.group(1));
                    }
                    Map<String, Boolean> ours = ComponentAnalyzer.analyze(chart, List.of(profile.name()),
                            ValueInputs.profile("default")).profiles().get(0).components();
                    TreeSet<String> ourEnabled = new TreeSet<>();
                    ours.forEach((k, v) -> {
                        if (v) {
                            ourEnabled.add(k);
                        }
                    });
                    assertThat(ourEnabled).isEqualTo(helmEnabled);
                }));
            }
        }
        return tests.stream();
    }

    /** A copy whose folder charts each have exactly one template, which always prints. */
    static Path probeCopy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                if (rel.toString().matches("(.*/)?templates(/.*)?")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
                if (p.getFileName() != null && p.getFileName().toString().equals("Chart.yaml")) {
                    Files.createDirectories(target.resolveSibling("templates"));
                    Files.writeString(target.resolveSibling("templates/probe.yaml"), "probe: {{ .Chart.Name | quote }}\n");
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
