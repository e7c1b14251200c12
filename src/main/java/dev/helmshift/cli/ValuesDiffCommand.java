package dev.helmshift.cli;

import dev.helmshift.analysis.validate.LocatedValues;
import dev.helmshift.analysis.values.EffectiveValues;
import dev.helmshift.analysis.values.ValueChange;
import dev.helmshift.analysis.values.ValueRename;
import dev.helmshift.analysis.values.ValuesDiff;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;

import dev.helmshift.error.BadInputException;
import dev.helmshift.report.GoNumbers;
import dev.helmshift.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code helmshift values diff A B}: A and B are each a chart ({@code CHART}, its effective default values), a chart
 * profile ({@code CHART:PROFILE}) or a values file. Prints keys added, removed and changed (old → new) by path.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two sets of values: CHART, CHART:PROFILE or a values file each.")
public class ValuesDiffCommand implements Callable<Integer> {
    /** Output formats of values diff. */
    public enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "CHART, CHART:PROFILE or a values file")
    String left;

    @Parameters(index = "1", paramLabel = "B", description = "CHART, CHART:PROFILE or a values file")
    String right;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format output;

    @Override
    public Integer call() {
        ValuesDiff diff = ValuesDiff.between(load(left), load(right));
        Outputs.print(spec.commandLine(), output == Format.json ? json(diff) : text(diff));
        return 0;
    }

    /** Reads one side. A folder or .tgz is a chart; {@code X:P} with X a chart is a profile; a file is values. */
    static Map<String, Object> load(String spec) {
        Path path = Path.of(spec);
        if (Files.isRegularFile(path) && !spec.endsWith(".tgz")) {
            return LocatedValues.read(path).values();
        }
        String profile = Profile.DEFAULT;
        int colon = spec.lastIndexOf(':');
        if (!Files.exists(path) && colon > 0) {
            path = Path.of(spec.substring(0, colon));
            profile = spec.substring(colon + 1);
        }
        if (!Files.exists(path)) {
            throw new BadInputException("no chart or values file at " + spec,
                    "give a chart folder, CHART:PROFILE or a values file");
        }
        Chart chart = ChartLoader.load(path);
        return EffectiveValues.of(chart, ValueInputs.profile(profile));
    }

    static String text(ValuesDiff diff) {
        if (diff.changes().isEmpty()) {
            return "No differences.\n";
        }
        StringBuilder out = new StringBuilder();
        for (ValueChange c : diff.changes()) {
            switch (c.kind()) {
                case ADDED -> out.append("+ ").append(c.path()).append(": ").append(show(c.newValue()));
                case REMOVED -> out.append("- ").append(c.path()).append(": ").append(show(c.oldValue()));
                case CHANGED -> out.append("~ ").append(c.path()).append(": ").append(show(c.oldValue()))
                        .append(" -> ").append(show(c.newValue()));
            }
            out.append('\n');
        }
        for (ValueRename r : diff.renames()) {
            out.append("  (").append(r.from()).append(" looks moved to ").append(r.to()).append(")\n");
        }
        out.append(diff.of(ValueChange.Kind.ADDED).size()).append(" added, ")
                .append(diff.of(ValueChange.Kind.REMOVED).size()).append(" removed, ")
                .append(diff.of(ValueChange.Kind.CHANGED).size()).append(" changed.\n");
        return out.toString();
    }

    /** A value on one line: JSON, which quotes strings and keeps lists in order; whole floats print as Go prints them (1, not 1.0). */
    static String show(Object value) {
        return Json.compact(GoNumbers.forDisplay(value));
    }

    static String json(ValuesDiff diff) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ValueChange c : diff.changes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("change", c.kind().name().toLowerCase());
            entry.put("path", c.path());
            entry.put("old", c.oldValue());
            entry.put("new", c.newValue());
            changes.add(entry);
        }
        root.put("changes", changes);
        root.put("renames", diff.renames().stream().map(r -> {
            Map<String, Object> rename = new LinkedHashMap<>();
            rename.put("from", r.from());
            rename.put("to", r.to());
            return rename;
        }).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("added", diff.of(ValueChange.Kind.ADDED).size());
        summary.put("removed", diff.of(ValueChange.Kind.REMOVED).size());
        summary.put("changed", diff.of(ValueChange.Kind.CHANGED).size());
        root.put("summary", summary);
        return Json.write(root);
    }
}
