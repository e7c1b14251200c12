package dev.helmshift.chart.load;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ChartFiles;
import dev.helmshift.chart.ChartMetadata;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.InvalidChartException;
import dev.helmshift.chart.Template;
import dev.helmshift.semver.Version;
import dev.helmshift.chart.yaml.YamlReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a {@link Chart} from its files, as Helm's LoadFiles does: Chart.yaml (and requirements.yaml) become the
 * metadata, values.yaml the defaults, templates/ the templates, charts/ the subcharts (folders and .tgz archives,
 * recursively; entries starting with '_' or '.' are skipped), and everything else the files.
 */
final class ChartAssembler {
    private static final Pattern ALIAS = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final int MAX_DEPTH = 32;

    private ChartAssembler() {
    }

    static Chart assemble(List<BufferedFile> files, String location, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidChartException("subcharts nested more than " + MAX_DEPTH + " levels deep",
                    "check charts/ for a chart that contains itself", location, 0);
        }
        BufferedFile chartYaml = find(files, "Chart.yaml");
        if (chartYaml == null) {
            throw new InvalidChartException("Chart.yaml file is missing",
                    "a chart folder needs a Chart.yaml with apiVersion, name and version", location, 0);
        }
        BufferedFile requirements = find(files, "requirements.yaml");
        ChartMetadata metadata = MetadataParser.parse(chartYaml.data(), location + "/Chart.yaml",
                requirements == null ? null : requirements.data(), location + "/requirements.yaml", depth == 0);
        validate(metadata, location);
        boolean v1 = metadata.apiVersion().equals(ChartMetadata.V1);

        Map<String, Object> values = new LinkedHashMap<>();
        List<Template> templates = new ArrayList<>();
        Map<String, byte[]> other = new TreeMap<>();
        Map<String, List<BufferedFile>> subchartFiles = new TreeMap<>();
        byte[] schema = null;
        for (BufferedFile f : files) {
            String name = f.name();
            switch (name) {
                case "Chart.yaml", "Chart.lock" -> {
                    // metadata and lock are not part of .Files
                }
                case "values.schema.json" -> schema = f.data(); // Helm's Chart.Schema, not part of .Files either
                case "values.yaml" -> values = YamlReader.readChartValues(f.data(), location + "/values.yaml");
                case "requirements.yaml", "requirements.lock" -> {
                    if (v1) {
                        other.put(name, f.data());
                    }
                }
                default -> {
                    if (name.startsWith("templates/")) {
                        templates.add(new Template(name, f.data()));
                    } else if (name.startsWith("charts/") && !name.endsWith(".prov")) {
                        String rest = name.substring("charts/".length());
                        String sub = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                        subchartFiles.computeIfAbsent(sub, k -> new ArrayList<>()).add(new BufferedFile(rest, f.data()));
                    } else {
                        other.put(name, f.data());
                    }
                }
            }
        }
        templates.sort(Comparator.comparing(Template::path));
        List<Chart> subcharts = new ArrayList<>();
        for (Map.Entry<String, List<BufferedFile>> e : subchartFiles.entrySet()) {
            Chart sub = subchart(e.getKey(), e.getValue(), location, depth);
            if (sub != null) {
                subcharts.add(sub);
            }
        }
        return new Chart(metadata, values, templates, ChartFiles.of(other), subcharts, location, schema);
    }

    private static Chart subchart(String entry, List<BufferedFile> files, String parent, int depth) {
        if (entry.startsWith("_") || entry.startsWith(".")) {
            return null;
        }
        String location = parent + "/charts/" + entry;
        if (entry.endsWith(".tgz")) {
            BufferedFile archive = files.get(0);
            if (!archive.name().equals(entry)) {
                throw new InvalidChartException("expected the archive " + entry + ", found a folder of that name",
                        "rename the folder", location, 0);
            }
            return assemble(ArchiveReader.read(archive.data(), location), location, depth + 1);
        }
        List<BufferedFile> inner = new ArrayList<>();
        for (BufferedFile f : files) {
            int slash = f.name().indexOf('/');
            if (slash > 0) {
                inner.add(new BufferedFile(f.name().substring(slash + 1), f.data()));
            }
        }
        if (inner.isEmpty()) {
            throw new InvalidChartException("charts/" + entry + " is neither a chart folder nor a .tgz archive",
                    "move it out of charts/ or prefix its name with '_' or '.'", parent, 0);
        }
        return assemble(inner, location, depth + 1);
    }

    private static void validate(ChartMetadata m, String location) {
        String file = location + "/Chart.yaml";
        if (m.name().isEmpty()) {
            throw new InvalidChartException("chart.metadata.name is required", "add 'name: <chart name>'", file, 0);
        }
        if (m.name().contains("/") || m.name().contains("\\") || m.name().equals("..") || m.name().equals(".")) {
            throw new InvalidChartException("chart.metadata.name '" + m.name() + "' is invalid",
                    "use a plain name without path separators", file, 0);
        }
        if (m.version().isEmpty()) {
            throw new InvalidChartException("chart.metadata.version is required", "add 'version: 0.1.0'", file, 0);
        }
        if (Version.parseOrNull(m.version()) == null) {
            throw new InvalidChartException("chart.metadata.version '" + m.version() + "' is invalid",
                    "use a semantic version such as 1.2.3", file, 0);
        }
        if (!m.type().isEmpty() && !m.type().equals("application") && !m.type().equals("library")) {
            throw new InvalidChartException("chart.metadata.type must be application or library",
                    "remove 'type' or set it to application", file, 0);
        }
        Set<String> seen = new HashSet<>();
        for (Dependency d : m.dependencies()) {
            if (!d.alias().isEmpty() && !ALIAS.matcher(d.alias()).matches()) {
                throw new InvalidChartException("dependency '" + d.name() + "' has disallowed characters in the alias",
                        "use letters, digits, '_' and '-'", file, 0);
            }
            if (!seen.add(d.effectiveName())) {
                throw new InvalidChartException("more than one dependency with name or alias '" + d.effectiveName() + "'",
                        "give each a distinct alias", file, 0);
            }
        }
    }

    private static BufferedFile find(List<BufferedFile> files, String name) {
        for (BufferedFile f : files) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
