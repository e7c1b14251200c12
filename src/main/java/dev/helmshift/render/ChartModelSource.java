package dev.helmshift.render;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ChartMetadata;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.Maintainer;
import dev.helmshift.chart.Template;
import dev.helmshift.chart.values.ResolvedChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart model as the renderer sees it: {@code .Chart} as Helm v4's map of Chart.yaml with Go field names,
 * templates as text, {@code .Files}, and the subcharts that are enabled.
 */
public record ChartModelSource(String name, ChartMetadata chartMetadata, Chart chart, List<ChartSource> dependencies)
        implements ChartSource {

    public ChartModelSource {
        dependencies = List.copyOf(dependencies);
    }

    /** A resolved chart: its name in the parent (alias applied) and only its enabled subcharts, recursively. */
    public static ChartModelSource of(ResolvedChart resolved) {
        List<ChartSource> children = new ArrayList<>();
        for (ResolvedChart sub : resolved.subcharts()) {
            children.add(of(sub));
        }
        return new ChartModelSource(resolved.name(), resolved.metadata(), resolved.chart(), children);
    }

    @Override
    public Map<String, Object> metadata() {
        return metadataMap(chartMetadata);
    }

    @Override
    public Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        for (Template template : chart.templates()) {
            templates.put(template.path(), template.text());
        }
        return templates;
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : chart.files().paths()) {
            files.put(path, chart.files().get(path));
        }
        return files;
    }

    /** Helm v4's {@code MetadataAsMap}: every field of chart.Metadata under its Go name, zero values included. */
    static Map<String, Object> metadataMap(ChartMetadata m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("Name", m.name());
        map.put("Home", m.home());
        map.put("Sources", new ArrayList<Object>(m.sources()));
        map.put("Version", m.version());
        map.put("Description", m.description());
        map.put("Keywords", new ArrayList<Object>(m.keywords()));
        List<Object> maintainers = new ArrayList<>();
        for (Maintainer maintainer : m.maintainers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("Name", maintainer.name() == null ? "" : maintainer.name());
            entry.put("Email", maintainer.email() == null ? "" : maintainer.email());
            entry.put("URL", maintainer.url() == null ? "" : maintainer.url());
            maintainers.add(entry);
        }
        map.put("Maintainers", maintainers);
        map.put("Icon", m.icon());
        map.put("APIVersion", m.apiVersion());
        map.put("Condition", "");
        map.put("Tags", "");
        map.put("AppVersion", m.appVersion());
        map.put("Deprecated", m.deprecated());
        map.put("Annotations", m.annotations() == null ? null : new LinkedHashMap<String, Object>(m.annotations()));
        map.put("KubeVersion", m.kubeVersion());
        List<Object> dependencies = new ArrayList<>();
        for (Dependency d : m.dependencies()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("Name", d.name());
            entry.put("Version", d.version());
            entry.put("Repository", d.repository());
            entry.put("Condition", d.condition());
            entry.put("Tags", new ArrayList<Object>(d.tags()));
            entry.put("Enabled", false);
            entry.put("ImportValues", new ArrayList<Object>());
            entry.put("Alias", d.alias());
            dependencies.add(entry);
        }
        map.put("Dependencies", dependencies);
        map.put("Type", m.type());
        return map;
    }
}
