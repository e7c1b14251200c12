package dev.helmshift.render.conformance;

import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.Capabilities;
import dev.helmshift.render.KubeVersion;
import dev.helmshift.render.RenderOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the wide differential suite: a chart of target/wide-corpus with one set of values, which helm and
 * helmshift both render. {@code values} is "default", a values file (chart-relative) or "profile=NAME";
 * {@code rendered} is the chart folder or the .tgz that {@code helm package} made of it.
 */
record WideCase(String source, String chart, Path chartDir, Path rendered, String values, String release,
                String namespace, String kubeVersion) {

    /** "istio-1.22.8/base values-demo.yaml". */
    String label() {
        return source + "/" + chart + " " + values;
    }

    /** What {@code helm template} uses: this release, helm's Capabilities or the given Kubernetes version. */
    RenderOptions options() {
        RenderOptions options = RenderOptions.helmDefaults().withRelease(release, namespace);
        return kubeVersion == null ? options
                : options.withCapabilities(Capabilities.helmDefaults().withKubeVersion(KubeVersion.parse(kubeVersion)));
    }

    /**
     * The chart with its default values, each values-*.yaml at its root (a profile of the 1.0–1.5 Istio kind), each
     * files/profile-*.yaml selected with {@code --set profile=NAME} (today's Istio charts) and each
     * ci/*-values.yaml (chart-testing's convention). Istio charts install as release istio in istio-system, the
     * others as a release named after the chart in namespace wide; {@code kubeVersion} (null: helm's default) is
     * given to both as {@code --kube-version}.
     */
    static List<WideCase> of(String source, Path chartDir, Path rendered, String kubeVersion) {
        String chart = chartDir.getFileName().toString();
        boolean istio = source.startsWith("istio");
        String release = istio ? "istio" : chart;
        String namespace = istio ? "istio-system" : "wide";
        List<WideCase> cases = new ArrayList<>();
        cases.add(new WideCase(source, chart, chartDir, rendered, "default", release, namespace, kubeVersion));
        for (String file : matching(chartDir, "", "values-", ".yaml")) {
            cases.add(new WideCase(source, chart, chartDir, rendered, file, release, namespace, kubeVersion));
        }
        for (String file : matching(chartDir, "files/", "profile-", ".yaml")) {
            String name = file.substring("files/profile-".length(), file.length() - ".yaml".length());
            cases.add(new WideCase(source, chart, chartDir, rendered, "profile=" + name, release, namespace, kubeVersion));
        }
        for (String file : matching(chartDir, "ci/", "", "-values.yaml")) {
            cases.add(new WideCase(source, chart, chartDir, rendered, file, release, namespace, kubeVersion));
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
        if (kubeVersion != null) {
            args.addAll(List.of("--kube-version", kubeVersion));
        }
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
