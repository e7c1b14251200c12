package dev.helmshift.analysis.snapshot;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.Template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;

/**
 * What a chart knows before any user input: its defaults with every subchart's defaults under the subchart's name
 * (the alias when one is declared), enabled or not, the parent's {@code <sub>:} block winning; and its template
 * sources keyed as Helm names them, with aliases in the path so {@code TemplateReferences} scopes them right.
 */
public final class ChartDefaults {
    private ChartDefaults() {
    }

    public static Map<String, Object> allDefaults(Chart chart) {
        Map<String, Object> root = deepCopy(chart.values());
        for (Chart sub : chart.subcharts()) {
            for (String name : namesOf(chart, sub)) {
                Map<String, Object> defaults = allDefaults(sub);
                Object parent = root.get(name);
                root.put(name, parent instanceof Map<?, ?> p ? merge(cast(p), defaults) : parent == null ? defaults : parent);
            }
        }
        return root;
    }

    public static Map<String, String> templates(Chart chart) {
        Map<String, String> out = new TreeMap<>();
        collect(chart, chart.name(), out);
        return out;
    }

    /** The subchart names the chart uses in its values (aliases where declared), sorted. */
    public static Set<String> subchartNames(Chart chart) {
        Set<String> names = new TreeSet<>();
        chart.subcharts().forEach(sub -> names.addAll(namesOf(chart, sub)));
        return names;
    }

    private static void collect(Chart chart, String prefix, Map<String, String> out) {
        for (Template t : chart.templates()) {
            out.put(prefix + "/" + t.path(), t.text());
        }
        for (Chart sub : chart.subcharts()) {
            for (String name : namesOf(chart, sub)) {
                collect(sub, prefix + "/charts/" + name, out);
            }
        }
    }

    private static List<String> namesOf(Chart parent, Chart sub) {
        List<String> aliases = parent.metadata().dependencies().stream()
                .filter(d -> d.name().equals(sub.name())).map(Dependency::effectiveName).distinct().toList();
        return aliases.isEmpty() ? List.of(sub.name()) : aliases;
    }

    private static Map<String, Object> merge(Map<String, Object> over, Map<String, Object> under) {
        Map<String, Object> out = new LinkedHashMap<>(under);
        over.forEach((k, v) -> {
            Object u = out.get(k);
            out.put(k, v instanceof Map<?, ?> vm && u instanceof Map<?, ?> um ? merge(cast(vm), cast(um)) : v);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? deepCopy(cast(m)) : v));
        return out;
    }
}
