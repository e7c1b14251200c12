package dev.helmshift.cli;

import dev.helmshift.analysis.components.ChartAnalysis;
import dev.helmshift.analysis.components.DependencyInfo;
import dev.helmshift.analysis.components.Diagnostic;
import dev.helmshift.analysis.components.ProfileAnalysis;
import dev.helmshift.report.Json;
import dev.helmshift.report.PlainValues;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Formats an {@link ChartAnalysis} for {@code analyze -o table|json|yaml}. JSON and YAML share one tree whose field
 * names are the documented contract (docs/json-contracts.md, ENGINEERING.md §2); built as maps, so no reflection is needed.
 */
final class AnalyzeReport {
    private static final int MAX_WIDTH = 120;

    private AnalyzeReport() {
    }

    static Map<String, Object> tree(ChartAnalysis a) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("name", a.chart().name());
        chart.put("version", a.chart().version());
        chart.put("apiVersion", a.chart().apiVersion());
        chart.put("appVersion", a.chart().appVersion());
        chart.put("description", a.chart().description());
        root.put("chart", chart);
        List<Object> deps = new ArrayList<>();
        for (DependencyInfo d : a.dependencies()) {
            Map<String, Object> dep = new LinkedHashMap<>();
            dep.put("name", d.name());
            dep.put("chart", d.chart());
            dep.put("version", d.version());
            dep.put("condition", d.condition());
            dep.put("tags", d.tags());
            dep.put("alias", d.alias());
            dep.put("declared", d.declared());
            deps.add(dep);
        }
        root.put("dependencies", deps);
        List<Object> profiles = new ArrayList<>();
        for (ProfileAnalysis p : a.profiles()) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("name", p.name());
            profile.put("file", p.file());
            profile.put("components", p.components());
            profile.put("images", p.images());
            profile.put("workloads", p.workloads());
            List<Object> diagnostics = new ArrayList<>();
            for (Diagnostic d : p.diagnostics()) {
                Map<String, Object> diag = new LinkedHashMap<>();
                diag.put("severity", d.severity());
                diag.put("code", d.code());
                diag.put("file", d.file());
                diag.put("line", d.line());
                diag.put("column", d.column());
                diag.put("message", d.message());
                diagnostics.add(diag);
            }
            profile.put("diagnostics", diagnostics);
            profile.put("warnings", p.warnings());
            profiles.add(profile);
        }
        root.put("profiles", profiles);
        return root;
    }

    static String json(ChartAnalysis a) {
        return Json.write(tree(a));
    }

    static String yaml(ChartAnalysis a) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        // Fresh collections everywhere, so shared empty lists are not written as YAML anchors and aliases.
        return new Yaml(options).dump(dev.helmshift.chart.ValueTrees.mutableCopy(PlainValues.require(tree(a))));
    }

    static String table(ChartAnalysis a) {
        StringBuilder out = new StringBuilder();
        out.append("Chart:        ").append(a.chart().name()).append(' ').append(a.chart().version())
                .append(" (apiVersion ").append(a.chart().apiVersion());
        if (!a.chart().appVersion().isEmpty()) {
            out.append(", appVersion ").append(a.chart().appVersion());
        }
        out.append(")\n");
        long declared = a.dependencies().stream().filter(DependencyInfo::declared).count();
        out.append("Subcharts:    ").append(a.dependencies().size()).append(" (").append(declared).append(" declared, ")
                .append(a.dependencies().size() - declared).append(" undeclared and always enabled)\n\n");
        if (!a.dependencies().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("SUBCHART", "CHART", "VERSION", "CONDITION", "TAGS"));
            for (DependencyInfo d : a.dependencies()) {
                rows.add(List.of(d.name(), d.chart(), d.version(), d.declared() ? d.condition() : "(undeclared)",
                        String.join(",", d.tags())));
            }
            appendGrid(out, rows);
            out.append('\n');
        }
        List<String> columns = matrix(out, a);
        presence(out, a, columns, "WORKLOAD", "Workloads per profile (on = rendered):", ProfileAnalysis::workloads);
        presence(out, a, columns, "IMAGE", "Images per profile (on = in the rendered manifests):", ProfileAnalysis::images);
        for (ProfileAnalysis p : a.profiles()) {
            for (Diagnostic d : p.diagnostics()) {
                out.append(p.name()).append(": ").append(d.severity()).append(' ').append(d.file());
                if (d.line() > 0) {
                    out.append(':').append(d.line()).append(':').append(d.column());
                }
                out.append(": ").append(d.message()).append('\n');
            }
            for (String w : p.warnings()) {
                out.append(p.name()).append(": warning: ").append(w).append('\n');
            }
        }
        return out.toString();
    }

    /** Prints the component grid and returns the profile column labels it used (names, or numbers when too wide). */
    private static List<String> matrix(StringBuilder out, ChartAnalysis a) {
        List<String> components = a.componentNames();
        List<ProfileAnalysis> profiles = a.profiles();
        int nameWidth = Math.max("COMPONENT".length(), components.stream().mapToInt(String::length).max().orElse(0));
        int namesWidth = nameWidth + profiles.stream().mapToInt(p -> Math.max(p.name().length(), 3) + 2).sum();
        boolean numbered = namesWidth > MAX_WIDTH;
        if (numbered) {
            out.append("Profiles:\n");
            for (int i = 0; i < profiles.size(); i++) {
                out.append(String.format("  %2d  %-40s %s%n", i + 1, profiles.get(i).name(), profiles.get(i).file()));
            }
            out.append('\n');
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("COMPONENT");
        for (int i = 0; i < profiles.size(); i++) {
            header.add(numbered ? String.valueOf(i + 1) : profiles.get(i).name());
        }
        if (components.isEmpty()) {
            out.append("Components per profile: none, the chart has no subcharts.\n");
            return header.subList(1, header.size());
        }
        rows.add(header);
        for (String c : components) {
            List<String> row = new ArrayList<>();
            row.add(c);
            for (ProfileAnalysis p : profiles) {
                row.add(Boolean.TRUE.equals(p.components().get(c)) ? "on" : "-");
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add("(enabled)");
        for (ProfileAnalysis p : profiles) {
            total.add(p.enabledCount() + "/" + p.components().size());
        }
        rows.add(total);
        out.append("Components per profile (on = enabled, - = disabled):\n");
        appendGrid(out, rows);
        return header.subList(1, header.size());
    }

    /** A grid of every item (workload, image) of any profile, marked in the profiles whose render has it. */
    private static void presence(StringBuilder out, ChartAnalysis a, List<String> columns, String label, String title,
                                 Function<ProfileAnalysis, List<String>> items) {
        TreeSet<String> all = new TreeSet<>();
        a.profiles().forEach(p -> all.addAll(items.apply(p)));
        if (all.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(label);
        header.addAll(columns);
        rows.add(header);
        for (String item : all) {
            List<String> row = new ArrayList<>();
            row.add(item);
            for (ProfileAnalysis p : a.profiles()) {
                row.add(items.apply(p).contains(item) ? "on" : "-");
            }
            rows.add(row);
        }
        out.append('\n').append(title).append('\n');
        appendGrid(out, rows);
    }

    private static void appendGrid(StringBuilder out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row.get(i));
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
