package dev.helmshift.render.conformance;

import dev.helmshift.chart.values.ValueInputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the wide differential suite: a chart of target/wide-corpus with one set of values, which helm and
 * helmshift both render. {@code values} is "default", a values file (chart-relative) or "profile=NAME".
 */
record WideCase(String source, String chart, Path chartDir, String values, String release, String namespace) {

    /** "istio-1.22.8/base values-demo.yaml". */
    String label() {
        return source + "/" + chart + " " + values;
    }

    /**
     * The chart with its default values, each values-*.yaml at its root (a profile of the 1.0–1.5 Istio kind), each
     * files/profile-*.yaml selected with {@code --set profile=NAME} (today's Istio charts) and each
     * ci/*-values.yaml (chart-testing's convention). Istio charts install as release istio in istio-system, the
     * others as a release named after the chart in namespace wide.
     */
    static List<WideCase> of(String source, Path chartDir) {
        String chart = chartDir.getFileName().toString();
        boolean istio = source.startsWith("istio");
        String release = istio ? "istio" : chart;
        String namespace = istio ? "istio-system" : "wide";
        List<WideCase> cases = new ArrayList<>();
        cases.add(new WideCase(source, chart, chartDir, "default", release, namespace));
        for (String file : matching(chartDir, "", "values-", ".yaml")) {
            cases.add(new WideCase(source, chart, chartDir, file, release, namespace));
        }
        for (String file : matching(chartDir, "files/", "profile-", ".yaml")) {
            String name = file.substring("files/profile-".length(), file.length() - ".yaml".length());
            cases.add(new WideCase(source, chart, chartDir, "profile=" + name, release, namespace));
        }
        for (String file : matching(chartDir, "ci/", "", "-values.yaml")) {
            cases.add(new WideCase(source, chart, chartDir, file, release, namespace));
        }
        return cases;
    }

    private static List<String> matching(Path chartDir, String folder, String prefix, String suffix) {
        Path dir = chartDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(suffix)).sorted().map(n -> folder + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flags of {@code helm template RELEASE CHART ...}. */
    List<String> helmArgs() {
        List<String> args = new ArrayList<>(List.of("--namespace", namespace));
        if (values.startsWith("profile=")) {
            args.addAll(List.of("--set", values));
        } else if (!values.equals("default")) {
            args.addAll(List.of("-f", chartDir.resolve(values).toString()));
        }
        return args;
    }

    /** The same values for helmshift. */
    ValueInputs inputs() {
        if (values.startsWith("profile=")) {
            return new ValueInputs(null, List.of(), List.of(values), List.of());
        }
        return new ValueInputs(null, values.equals("default") ? List.of() : List.of(chartDir.resolve(values)),
                List.of(), List.of());
    }
}
