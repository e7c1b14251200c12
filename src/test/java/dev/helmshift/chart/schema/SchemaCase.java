package dev.helmshift.chart.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One differential case: a chart (root {@code c}, maybe with subcharts) written from {@link #files}, rendered by
 * helm with {@link #sets} and checked by us with the same inputs.
 *
 * @param id      a stable name, the key in the golden file
 * @param files   chart-relative path → content; Chart.yaml of the root is added when absent
 * @param sets       --set expressions
 * @param stringSets --set-string expressions
 * @param compare    how helm's answer and ours must agree
 */
record SchemaCase(String id, Map<String, String> files, List<String> sets, List<String> stringSets, Compare compare) {
    /** How strictly to compare. */
    enum Compare {
        /** Byte for byte. */
        EXACT,
        /**
         * As multisets of lines, with quoted name lists sorted: helm walks Go maps (an object's properties, the
         * subcharts it finds in charts/) in random order, so its order changes from run to run.
         */
        ANY_ORDER
    }

    static final String ROOT_CHART_YAML = "apiVersion: v2\nname: c\nversion: 0.1.0\n";

    SchemaCase {
        Map<String, String> all = new TreeMap<>(files);
        all.putIfAbsent("Chart.yaml", ROOT_CHART_YAML);
        files = java.util.Collections.unmodifiableMap(all);
        sets = List.copyOf(sets);
        stringSets = List.copyOf(stringSets);
    }

    /** helm's value flags for this case. */
    List<String> helmValueArgs() {
        List<String> args = new java.util.ArrayList<>();
        sets.forEach(s -> {
            args.add("--set");
            args.add(s);
        });
        stringSets.forEach(s -> {
            args.add("--set-string");
            args.add(s);
        });
        return args;
    }

    /** Writes the chart into {@code dir} and returns its root folder. */
    Path write(Path dir) throws IOException {
        Path root = dir.resolve("c");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        Files.createDirectories(root.resolve("templates"));
        return root;
    }
}
