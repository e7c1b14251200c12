package dev.helmshift.render.conformance;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One chart × profile the differential suite renders with both helm and helmshift. */
record Combination(String label, Path chartDir, Chart chart, Profile profile) {

    /**
     * Every chart (a folder with Chart.yaml) up to three levels under {@code root} (istio-1.24.6/gateways/istio-ingress),
     * subcharts in a charts/ folder excepted, with each of its profiles; {@code bad/} holds charts the loader must
     * refuse, which the chart loader's own tests cover.
     */
    static List<Combination> under(Path root, String prefix) {
        List<Combination> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root, 3)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("Chart.yaml")))
                    .filter(d -> !root.relativize(d).startsWith("bad"))
                    .filter(d -> !isSubchart(root.relativize(d))).sorted().toList()) {
                Chart chart = ChartLoader.load(dir);
                for (Profile profile : chart.profiles()) {
                    all.add(new Combination(prefix + root.relativize(dir) + " " + profile.file(), dir, chart, profile));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static boolean isSubchart(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals("charts")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The helm arguments the corpus README uses: release istio in istio-system, the profile as -f, or as
     * {@code --set profile=NAME} for a profile the chart selects itself.
     */
    List<String> helmArgs(Path chartDir) {
        return profile.kind() == Profile.Kind.CHART_PROFILE
                ? List.of("--namespace", "istio-system", "--set", Profile.SELECTOR_KEY + "=" + profile.name())
                : List.of("--namespace", "istio-system", "-f", chartDir.resolve(profile.file()).toString());
    }
}
