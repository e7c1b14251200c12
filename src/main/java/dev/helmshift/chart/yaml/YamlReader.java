package dev.helmshift.chart.yaml;

import dev.helmshift.chart.ChartYamlException;
import dev.helmshift.goyaml.GoTarget;
import dev.helmshift.goyaml.SigsYaml;
import dev.helmshift.goyaml.SigsYamlException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML files of a chart as Helm v4 does, through {@link SigsYaml} (go-yaml v2 then JSON: y/n/on/off are
 * booleans, every number a Double, keys strings, the last of duplicate keys wins silently, NaN and infinities refused,
 * alias abuse refused). Values files are Helm's LoadValues: every document of the file is read and they are merged.
 * Errors are {@link ChartYamlException}s whose text is Helm's (e.g. {@code failed to parse v.yaml: cannot unmarshal
 * yaml document: error converting YAML to JSON: yaml: line 2: ...}) after the real {@code file:line:column}.
 */
public final class YamlReader {
    private static final GoTarget VALUES = new GoTarget.MapOf(GoTarget.ANY);

    private YamlReader() {
    }

    /** A {@code -f} values file (or a profile's values-NAME.yaml): Helm's errors say "failed to parse FILE". */
    public static Map<String, Object> readTable(byte[] data, String file) {
        return readValues(data, file, "failed to parse " + file);
    }

    /** A chart's own values.yaml: Helm's errors say "cannot load values.yaml". */
    public static Map<String, Object> readChartValues(byte[] data, String file) {
        return readValues(data, file, "cannot load values.yaml");
    }

    private static Map<String, Object> readValues(byte[] data, String file, String context) {
        List<ValuesDocuments.Document> documents;
        try {
            documents = ValuesDocuments.split(data);
        } catch (ValuesDocuments.SeparatorException e) {
            throw new ChartYamlException(context + ": " + e.getMessage(),
                    "a line that starts with --- separates documents; put the rest on the next line", file, e.line,
                    0, null);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ValuesDocuments.Document document : documents) {
            Object json;
            try {
                json = SigsYaml.toJson(document.yaml(), VALUES);
            } catch (SigsYamlException e) {
                throw malformed(context + ": cannot unmarshal yaml document: " + e.getMessage(), file,
                        e.line() == 0 ? 0 : document.firstLine() + e.line() - 1, e.column());
            }
            if (json != null && !(json instanceof Map<?, ?>)) {
                throw new ChartYamlException(context + ": cannot unmarshal yaml document: error unmarshaling JSON: "
                        + "while decoding JSON: json: cannot unmarshal " + SigsYaml.jsonKind(json)
                        + " into Go value of type map[string]interface {}",
                        "a values file is a map of keys at the top; indent lists under a key", file,
                        document.firstLine(), 0, null);
            }
            if (json != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> table = (Map<String, Object>) json;
                values = mergeMaps(values, table);
            }
        }
        return values;
    }

    /**
     * The 1-based line of each key path of a values file that {@link #readTable} read, over all its documents (a
     * later document's key wins, as its value does).
     */
    public static Map<List<String>, Integer> keyLines(byte[] data) {
        Map<List<String>, Integer> lines = new LinkedHashMap<>();
        for (ValuesDocuments.Document document : ValuesDocuments.split(data)) {
            SigsYaml.keyLines(document.yaml()).forEach((path, line) -> lines.put(path, document.firstLine() + line - 1));
        }
        return lines;
    }

    /**
     * A YAML file read for its content (Chart.yaml, requirements.yaml) as sigs.k8s.io/yaml converts it for a Go type;
     * {@code context} is Helm's prefix, e.g. "cannot load Chart.yaml". Null for a file without documents.
     */
    public static Object readJson(byte[] data, String file, String context, GoTarget target) {
        try {
            return SigsYaml.toJson(data, target);
        } catch (SigsYamlException e) {
            throw malformed(context + ": " + e.getMessage(), file, e.line(), e.column());
        }
    }

    private static ChartYamlException malformed(String text, String file, int line, int column) {
        return new ChartYamlException(text, hint(text), file, line, column, null);
    }

    private static String hint(String text) {
        if (text.contains("excessive aliasing") || text.contains("after expanding aliases")) {
            return "expand the anchors by hand or use fewer aliases";
        }
        if (text.contains("unsupported value")) {
            return "JSON (and so Helm) has no NaN or infinity; quote the value";
        }
        if (text.contains("unsupported map key") || text.contains("invalid map key")) {
            return "map keys must be strings, numbers or booleans";
        }
        return "fix the YAML syntax at that line (indentation, a TAB, a missing ':' or an unclosed quote)";
    }

    /** Helm's loader.MergeMaps: tables merge deeply, anything else in the later document replaces. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeMaps(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        for (Map.Entry<String, Object> e : b.entrySet()) {
            Object existing = out.get(e.getKey());
            if (e.getValue() instanceof Map<?, ?> bv && existing instanceof Map<?, ?> av) {
                out.put(e.getKey(), mergeMaps((Map<String, Object>) av, (Map<String, Object>) bv));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
