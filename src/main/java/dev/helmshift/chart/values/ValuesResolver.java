package dev.helmshift.chart.values;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.MissingDependencyException;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.ValueTrees;
import dev.helmshift.chart.yaml.YamlReader;
import dev.helmshift.error.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one entry point for "what does helm template see": user values (profile, -f, --set, --set-string) merged as
 * Helm's CLI merges them, dependencies enabled or dropped (conditions, tags, aliases, import-values), then the
 * values coalesced over the chart defaults. The renderer and the analyses call this instead of re-implementing it.
 */
public final class ValuesResolver {
    private ValuesResolver() {
    }

    /** Resolves with a profile, -f files and --set expressions. */
    public static Resolution resolve(Chart chart, String profile, List<Path> valueFiles, List<String> sets) {
        return resolve(chart, new ValueInputs(profile, valueFiles, sets, List.of()));
    }

    public static Resolution resolve(Chart chart, ValueInputs inputs) {
        Profile profile = chart.profile(inputs.profile());
        Map<String, Object> user = userValues(chart, profile, inputs);
        checkDependencies(chart);

        Coalescer coalescer = new Coalescer();
        List<String> warnings = new ArrayList<>();
        WorkingChart root = WorkingChart.of(chart);
        new DependencyProcessor(coalescer, warnings).process(root, user);
        Map<String, Object> values = coalescer.coalesce(root, user, false);
        warnings.addAll(coalescer.warnings());

        ResolvedChart resolved = resolved(root, values, chart.name());
        return new Resolution(profile, values, resolved, components(chart, resolved), dedupe(warnings));
    }

    /** The user-supplied values alone, as Helm's CLI merges them before the chart is consulted. */
    public static Map<String, Object> userValues(Chart chart, Profile profile, ValueInputs inputs) {
        Map<String, Object> base = new LinkedHashMap<>();
        if (profile.kind() == Profile.Kind.CHART_PROFILE) {
            SetParser.parseInto(Profile.SELECTOR_KEY + "=" + profile.name(), base);   // exactly helm's --set profile=NAME
        } else if (!profile.isDefault()) {
            String display = chart.location() + "/" + profile.file();
            base = mergeMaps(base, YamlReader.readTable(chart.files().get(profile.file()), display));
        }
        for (Path file : inputs.valueFiles()) {
            base = mergeMaps(base, YamlReader.readTable(read(file), file.toString()));
        }
        for (String set : inputs.sets()) {
            SetParser.parseInto(set, base);
        }
        for (String set : inputs.stringSets()) {
            SetParser.parseIntoString(set, base);
        }
        return base;
    }

    /** Helm's CLI mergeMaps: tables merge deeply, anything else (null included) replaces. */
    static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object v = e.getValue();
            Object existing = out.get(e.getKey());
            if (ValueTrees.isTable(v) && ValueTrees.isTable(existing)) {
                out.put(e.getKey(), mergeMaps(ValueTrees.asTable(existing), ValueTrees.asTable(v)));
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read values file " + file + ": "
                    + (Files.exists(file) ? e.getMessage() : "no such file"), "check the path given to -f");
        }
    }

    /** Helm's CheckDependencies: every dependency the chart declares must be in charts/. */
    private static void checkDependencies(Chart chart) {
        List<String> missing = new ArrayList<>();
        for (Dependency d : chart.metadata().dependencies()) {
            if (chart.subcharts().stream().noneMatch(s -> s.name().equals(d.name()))) {
                missing.add(d.name());
            }
        }
        if (!missing.isEmpty()) {
            boolean v1 = chart.metadata().apiVersion().equals("v1") && chart.files().contains("requirements.yaml");
            throw new MissingDependencyException(chart.location() + (v1 ? "/requirements.yaml" : "/Chart.yaml"), missing);
        }
    }

    private static ResolvedChart resolved(WorkingChart w, Map<String, Object> values, String path) {
        List<ResolvedChart> subs = new ArrayList<>();
        List<WorkingChart> sorted = new ArrayList<>(w.subcharts);
        sorted.sort((a, b) -> a.name.compareTo(b.name));
        for (WorkingChart sub : sorted) {
            Object scoped = values.get(sub.name);
            Map<String, Object> subValues = ValueTrees.isTable(scoped) ? ValueTrees.asTable(scoped) : new LinkedHashMap<>();
            subs.add(resolved(sub, subValues, path + "/charts/" + sub.name));
        }
        return new ResolvedChart(w.name, w.chart, values, subs, path);
    }

    /** Declared dependencies (alias or name) and undeclared charts in charts/, each with whether it is enabled. */
    private static Map<String, Boolean> components(Chart chart, ResolvedChart resolved) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> declaredNames = new LinkedHashSet<>();
        for (Dependency d : chart.metadata().dependencies()) {
            keys.add(d.effectiveName());
            declaredNames.add(d.name());
        }
        for (Chart sub : chart.subcharts()) {
            if (!declaredNames.contains(sub.name())) {
                keys.add(sub.name());
            }
        }
        Map<String, Boolean> out = new LinkedHashMap<>();
        keys.stream().sorted().forEach(k ->
                out.put(k, resolved.subcharts().stream().anyMatch(s -> s.name().equals(k))));
        return out;
    }

    private static List<String> dedupe(List<String> warnings) {
        return List.copyOf(new LinkedHashSet<>(warnings));
    }
}
