package dev.helmshift.analysis.validate;

import dev.helmshift.analysis.values.ValuePaths;
import dev.helmshift.chart.ChartYamlException;
import dev.helmshift.chart.yaml.YamlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A user values file with the line of every key path, so findings can point at {@code file:line}. Read exactly as
 * Helm reads a {@code -f} file ({@code chart.yaml.YamlReader}: go-yaml v2's YAML 1.1, every number a Double, the
 * documents merged), so validate, check and values diff see the values that render sees.
 */
public record LocatedValues(String file, Map<String, Object> values, Map<String, Integer> lines) {

    public static LocatedValues read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ValuesFileException(path.toString(), 0, "no such values file", "check the path given with -f");
        }
        try {
            return parse(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new ValuesFileException(path.toString(), 0, "cannot read: " + e.getMessage(), "check the file's permissions");
        }
    }

    public static LocatedValues parse(String file, String text) {
        return parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Read as Helm reads a {@code -f} file (every document, merged), with the line of each key path. */
    private static LocatedValues parse(String file, byte[] data) {
        try {
            Map<String, Object> values = YamlReader.readTable(data, file);
            Map<String, Integer> lines = new HashMap<>();
            YamlReader.keyLines(data).forEach((path, line) -> {
                String joined = "";
                for (String key : path) {
                    joined = ValuePaths.child(joined, key);
                }
                lines.put(joined, line);
            });
            return new LocatedValues(file, values, lines);
        } catch (ChartYamlException e) {
            throw new ValuesFileException(file, e.line(), e.problem(), e.hint());
        }
    }

    /** The 1-based line of a key path, or 0 when unknown. */
    public int lineOf(String path) {
        return lines.getOrDefault(path, 0);
    }
}
