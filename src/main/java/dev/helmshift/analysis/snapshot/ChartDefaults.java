package dev.helmshift.analysis.snapshot;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.Template;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;

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

    /**
     * The defaults as the chart's templates use them with this profile: {@link #allDefaults}, unless the templates
     * reshape {@code .Values} (Istio 1.21+'s {@code zzz_profile.yaml} lifts {@code _internal_defaults_do_not_set} to
     * the top and merges the profile in). Then it is what a render with the profile alone ends with, over
     * {@link #allDefaults}, minus the top-level keys the templates removed: the keys a user really sets.
     */
    public static Map<String, Object> asTemplatesSeeThem(Chart chart, String profile, RenderOptions options) {
        Resolution resolution = ValuesResolver.resolve(chart, ValueInputs.profile(profile));
        RenderResult render = ChartRenderService.withHelmFunctions().render(resolution, options.collectingErrors());
        return asTemplatesSeeThem(chart, resolution, render);
    }

    /** As {@link #asTemplatesSeeThem(Chart, String, RenderOptions)}, from a render made with the profile alone. */
    static Map<String, Object> asTemplatesSeeThem(Chart chart, Resolution profileOnly, RenderResult render) {
        Map<String, Object> defaults = allDefaults(chart);
        if (!reshaped(profileOnly, render)) {
            return defaults;
        }
        Map<String, Object> seen = merge(render.values(), defaults);
        profileOnly.values().keySet().stream().filter(key -> !render.values().containsKey(key)).forEach(seen::remove);
        return seen;
    }

    /** True when the templates left the root's .Values other than they got them. */
    static boolean reshaped(Resolution resolution, RenderResult render) {
        return !render.values().equals(resolution.values());
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
