package dev.helmshift.analysis.snapshot;

import dev.helmshift.chart.Template;
import dev.helmshift.chart.values.ResolvedChart;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.SourceFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files behind a render's template names, so that a finding about {@code istio/charts/pilot/templates/x.yaml}
 * can name {@code CHART_DIR/charts/pilot/templates/x.yaml} and a line in it for code-scanning reports.
 * <p>
 * A template of a chart folder is its file; a template inside a .tgz (the chart itself, or a packaged subchart)
 * is represented by the archive, without a line. Lines come from the template source, because rendered documents
 * keep no positions: a finding that already has a line (a template error) keeps it; a finding about an object
 * ({@code Kind/name}, maybe followed by a field path) points at the {@code kind:} line of that object, or at the
 * field's key after it; a finding about an image points at the line that spells the image, else at the template's
 * {@code image} line naming its repository; anything else points at line 1, the template as a whole.
 */
public final class TemplateSources {
    private static final Pattern KIND_LINE = Pattern.compile("^\\s*kind:\\s*[\"']?([A-Za-z0-9]+)[\"']?\\s*(#.*)?$");
    private static final Pattern OBJECT = Pattern.compile("([A-Z][A-Za-z0-9]*)/(\\S+)(?: (\\S+))?");

    private record Source(SourceFile file, List<String> lines) {
    }

    private final Map<String, Source> byName;
    private final SourceFile chartFile;

    private TemplateSources(Map<String, Source> byName, SourceFile chartFile) {
        this.byName = Map.copyOf(byName);
        this.chartFile = chartFile;
    }

    /**
     * The sources of every template the resolved chart renders (the root chart and each enabled subchart), and of
     * each chart's values.schema.json.
     */
    public static TemplateSources of(ResolvedChart root) {
        Map<String, Source> byName = new HashMap<>();
        for (ResolvedChart chart : root.allCharts()) {
            String location = chart.chart().location();
            String archive = archiveOf(location);
            for (Template template : chart.chart().templates()) {
                SourceFile file = archive != null ? new SourceFile(archive, 0)
                        : new SourceFile(location + "/" + template.path(), 1);
                List<String> lines = new String(template.data(), StandardCharsets.UTF_8).lines().toList();
                byName.put(chart.templateName(template), new Source(file, lines));
            }
            if (chart.chart().hasSchema() && archive == null) {
                // a values-schema finding names CHART/values.schema.json; line 1 is the schema's root
                List<String> lines = new String(chart.chart().schema(), StandardCharsets.UTF_8).lines().toList();
                byName.put(chart.path() + "/values.schema.json",
                        new Source(new SourceFile(location + "/values.schema.json", 1), lines));
            }
        }
        String rootLocation = root.chart().location();
        String rootArchive = archiveOf(rootLocation);
        SourceFile chartFile = rootArchive != null ? new SourceFile(rootArchive, 0)
                : new SourceFile(rootLocation + "/Chart.yaml", 1);
        return new TemplateSources(byName, chartFile);
    }

    /**
     * {@code finding} with the file on disk behind it: the template's file and line when the finding names one of
     * these templates, the chart's Chart.yaml when it names no file at all (a policy finding about the whole chart),
     * else unchanged (a values file is on disk already).
     */
    public Finding locate(Finding finding) {
        Location where = finding.location();
        if (where.onDisk() != null) {
            return finding;
        }
        if (where.file().isEmpty()) {
            return chartFile == null ? finding : with(finding, where.onDisk(chartFile));
        }
        Source source = byName.get(where.file());
        if (source == null) {
            return finding;
        }
        if (source.file().line() == 0) {
            return with(finding, where.onDisk(source.file()));
        }
        int line = where.line() > 0 ? where.line() : lineOf(where.path(), source.lines());
        return with(finding, where.onDisk(new SourceFile(source.file().file(), line)));
    }

    private static Finding with(Finding f, Location location) {
        return new Finding(f.rule(), f.severity(), f.message(), location, f.fix());
    }

    static int lineOf(String path, List<String> lines) {
        var object = OBJECT.matcher(path);
        if (object.matches() && !path.contains(":")) {
            return objectLine(object.group(1), object.group(2), object.group(3), lines);
        }
        if (!path.isEmpty()) {
            return imageLine(path, lines);
        }
        return 1;
    }

    /** The {@code kind:} line of the object (the one whose document names it, when several match), or the field's key below it. */
    private static int objectLine(String kind, String name, String field, List<String> lines) {
        String shortName = name.substring(name.lastIndexOf('/') + 1);
        int first = 0;
        int named = 0;
        for (int i = 0; i < lines.size(); i++) {
            var m = KIND_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(kind)) {
                first = first == 0 ? i + 1 : first;
                if (named == 0 && documentMentions(lines, i, shortName)) {
                    named = i + 1;
                }
            }
        }
        int kindLine = named > 0 ? named : first;
        if (kindLine == 0) {
            return 1;
        }
        if (field != null) {
            String key = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            for (int i = kindLine; i < lines.size() && !lines.get(i).startsWith("---"); i++) {
                if (lines.get(i).strip().startsWith(key + ":")) {
                    return i + 1;
                }
            }
        }
        return kindLine;
    }

    private static boolean documentMentions(List<String> lines, int kindIndex, String name) {
        int start = kindIndex;
        while (start > 0 && !lines.get(start - 1).startsWith("---")) {
            start--;
        }
        for (int i = start; i < lines.size() && (i == start || !lines.get(i).startsWith("---")); i++) {
            if (lines.get(i).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The line that spells the image, else the image line that names its repository, else the first image line. */
    private static int imageLine(String image, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(image)) {
                return i + 1;
            }
        }
        String repository = image.replaceFirst("[@:][^/]*$", "");
        String lastName = repository.substring(repository.lastIndexOf('/') + 1);
        int firstImageLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.toLowerCase(java.util.Locale.ROOT).contains("image")) {
                firstImageLine = firstImageLine == 0 ? i + 1 : firstImageLine;
                if (line.contains(lastName)) {
                    return i + 1;
                }
            }
        }
        return firstImageLine > 0 ? firstImageLine : 1;
    }

    /** The .tgz file on disk that holds this chart location, or null for a chart folder. */
    static String archiveOf(String location) {
        int from = 0;
        while (true) {
            int tgz = location.indexOf(".tgz", from);
            if (tgz < 0) {
                return null;
            }
            int end = tgz + ".tgz".length();
            if (end == location.length() || location.charAt(end) == '/') {
                String candidate = location.substring(0, end);
                if (Files.isRegularFile(Path.of(candidate))) {
                    return candidate;
                }
            }
            from = end;
        }
    }
}
