package dev.helmshift.chart;

import java.util.List;
import java.util.Map;

/**
 * Chart.yaml, with the dependencies of requirements.yaml folded in for apiVersion v1 charts (as Helm does).
 * String fields are never null (empty when absent), matching Go's zero values that templates see via {@code .Chart};
 * {@code annotations} is null when Chart.yaml has none (Go's nil map, which {@code toJson .Chart} prints as null).
 */
public record ChartMetadata(String apiVersion, String name, String version, String appVersion, String description,
                            String type, String kubeVersion, String home, String icon, boolean deprecated,
                            List<String> keywords, List<String> sources, List<Maintainer> maintainers,
                            Map<String, String> annotations, List<Dependency> dependencies) {
    public static final String V1 = "v1";
    public static final String V2 = "v2";

    public ChartMetadata {
        apiVersion = orEmpty(apiVersion);
        name = orEmpty(name);
        version = orEmpty(version);
        appVersion = orEmpty(appVersion);
        description = orEmpty(description);
        type = orEmpty(type);
        kubeVersion = orEmpty(kubeVersion);
        home = orEmpty(home);
        icon = orEmpty(icon);
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        sources = List.copyOf(sources == null ? List.of() : sources);
        maintainers = List.copyOf(maintainers == null ? List.of() : maintainers);
        annotations = annotations == null ? null : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(annotations));
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
    }

    /** The same metadata under another name: how Helm gives an aliased subchart its alias. */
    public ChartMetadata withName(String newName) {
        return new ChartMetadata(apiVersion, newName, version, appVersion, description, type, kubeVersion, home, icon,
                deprecated, keywords, sources, maintainers, annotations, dependencies);
    }

    /** True when dependencies are declared at all (Go: Metadata.Dependencies != nil). */
    public boolean declaresDependencies() {
        return !dependencies.isEmpty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
