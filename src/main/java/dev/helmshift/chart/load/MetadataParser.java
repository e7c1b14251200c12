package dev.helmshift.chart.load;

import dev.helmshift.chart.ChartMetadata;
import dev.helmshift.chart.ChartYamlException;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.ImportValue;
import dev.helmshift.chart.Maintainer;
import dev.helmshift.chart.yaml.YamlReader;
import dev.helmshift.goyaml.GoJsonFields;
import dev.helmshift.goyaml.GoTarget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Chart.yaml and requirements.yaml into {@link ChartMetadata} as Helm unmarshals them into its Metadata struct
 * (sigs.k8s.io/yaml): a number or boolean in a string field becomes its text as Go prints it ({@code version: 1.10}
 * is "1.1"), field names match ignoring case, and a value of the wrong JSON kind is encoding/json's error
 * ({@code json: cannot unmarshal array into Go struct field Metadata.name of type string}) under Helm's
 * {@code cannot load Chart.yaml:}. The root chart's Chart.yaml is first read for its apiVersion alone, as Helm's
 * loader does. The dependencies of requirements.yaml replace those of Chart.yaml when the file has them.
 */
final class MetadataParser {
    private static final List<String> METADATA_FIELDS = List.of("name", "home", "sources", "version", "description",
            "keywords", "maintainers", "icon", "apiVersion", "condition", "tags", "appVersion", "deprecated",
            "annotations", "kubeVersion", "dependencies", "type");
    private static final List<String> STRING_FIELDS = List.of("name", "home", "version", "description", "icon",
            "apiVersion", "condition", "tags", "appVersion", "kubeVersion", "type");
    private static final List<String> MAINTAINER_FIELDS = List.of("name", "email", "url");
    private static final List<String> DEPENDENCY_FIELDS = List.of("name", "version", "repository", "condition", "tags",
            "enabled", "import-values", "alias");
    private static final GoTarget METADATA = metadataTarget();
    private static final String JSON_FRAME = "error unmarshaling JSON: while decoding JSON: ";

    private final String file;
    private final String context;

    private MetadataParser(String file, String context) {
        this.file = file;
        this.context = context;
    }

    static ChartMetadata parse(byte[] chartYaml, String chartFile, byte[] requirementsYaml, String requirementsFile,
                               boolean root) {
        MetadataParser chart = new MetadataParser(chartFile, "cannot load Chart.yaml");
        Object json = YamlReader.readJson(chartYaml, chartFile, chart.context, METADATA);
        if (root) {
            chart.checkApiVersion(json);
        }
        Metadata m = chart.metadata(json, root ? "loader.chartBase" : "v2.Metadata");
        List<Dependency> dependencies = m.dependencies;
        if (requirementsYaml != null) {
            MetadataParser requirements = new MetadataParser(requirementsFile, "cannot load requirements.yaml");
            Metadata r = requirements.metadata(YamlReader.readJson(requirementsYaml, requirementsFile,
                    requirements.context, METADATA), "v2.Metadata");
            if (r.dependencies != null) {
                dependencies = r.dependencies;
            }
        }
        String apiVersion = m.strings.get("apiVersion");
        return new ChartMetadata(apiVersion == null || apiVersion.isEmpty() ? ChartMetadata.V1 : apiVersion,
                m.strings.get("name"), m.strings.get("version"), m.strings.get("appVersion"),
                m.strings.get("description"), m.strings.get("type"), m.strings.get("kubeVersion"),
                m.strings.get("home"), m.strings.get("icon"), m.deprecated, m.keywords, m.sources, m.maintainers,
                m.annotations, dependencies);
    }

    /** Chart.yaml as Helm reads it first: for its apiVersion alone, which must name a chart format Helm knows. */
    private void checkApiVersion(Object json) {
        if (!(json instanceof Map<?, ?> map)) {
            return; // reported by metadata() with the chartBase type
        }
        Object apiVersion = GoJsonFields.assign(table(map), List.of("apiVersion")).get("apiVersion");
        if (apiVersion != null && !(apiVersion instanceof String)) {
            throw typeError(apiVersion, "chartBase.apiVersion", "string");
        }
        if (apiVersion != null && !List.of("", ChartMetadata.V1, ChartMetadata.V2, "v3").contains(apiVersion)) {
            throw new ChartYamlException("unsupported chart version", "set apiVersion to v2 (or v1 for Helm 2 charts)",
                    file, 0, 0, null);
        }
    }

    /** The fields of Metadata that helmshift keeps, decoded as encoding/json does. */
    private static final class Metadata {
        final Map<String, String> strings = new LinkedHashMap<>();
        boolean deprecated;
        List<String> keywords = List.of();
        List<String> sources = List.of();
        List<Maintainer> maintainers = List.of();
        Map<String, String> annotations;
        List<Dependency> dependencies;
    }

    private Metadata metadata(Object json, String goType) {
        Metadata m = new Metadata();
        if (json == null) {
            return m;
        }
        if (!(json instanceof Map<?, ?> map)) {
            throw new ChartYamlException(context + ": " + JSON_FRAME + GoJsonFields.valueTypeError(json, goType),
                    "Chart.yaml is a map of fields (apiVersion, name, version, ...)", file, 0, 0, null);
        }
        for (Map.Entry<String, Object> f : GoJsonFields.assign(table(map), METADATA_FIELDS).entrySet()) {
            String field = f.getKey();
            Object value = f.getValue();
            switch (field) {
                case "deprecated" -> m.deprecated = bool(value, "Metadata.deprecated");
                case "keywords" -> m.keywords = strings(value, "Metadata.keywords");
                case "sources" -> m.sources = strings(value, "Metadata.sources");
                case "maintainers" -> m.maintainers = maintainers(value);
                case "annotations" -> m.annotations = annotations(value);
                case "dependencies" -> m.dependencies = dependencies(value);
                default -> m.strings.put(field, string(value, "Metadata." + field));
            }
        }
        return m;
    }

    private List<Maintainer> maintainers(Object value) {
        List<Maintainer> out = new ArrayList<>();
        for (Object item : list(value, "Metadata.maintainers", "[]*v2.Maintainer")) {
            if (item == null) {
                continue;
            }
            if (!(item instanceof Map<?, ?> map)) {
                throw typeError(item, "Metadata.maintainers", "v2.Maintainer");
            }
            Map<String, String> f = new LinkedHashMap<>();
            GoJsonFields.assign(table(map), MAINTAINER_FIELDS)
                    .forEach((k, v) -> f.put(k, string(v, "Maintainer.maintainers." + k)));
            out.add(new Maintainer(f.getOrDefault("name", ""), f.getOrDefault("email", ""),
                    f.getOrDefault("url", "")));
        }
        return out;
    }

    private List<Dependency> dependencies(Object value) {
        List<Dependency> out = new ArrayList<>();
        for (Object item : list(value, "Metadata.dependencies", "[]*v2.Dependency")) {
            if (item == null) {
                throw new ChartYamlException("validation: dependencies must not contain empty or null nodes",
                        "remove the empty '-' entry under dependencies", file, 0, 0, null);
            }
            if (!(item instanceof Map<?, ?> map)) {
                throw typeError(item, "Metadata.dependencies", "v2.Dependency");
            }
            Map<String, String> f = new LinkedHashMap<>();
            List<String> tags = List.of();
            List<ImportValue> imports = List.of();
            for (Map.Entry<String, Object> e : GoJsonFields.assign(table(map), DEPENDENCY_FIELDS).entrySet()) {
                String path = "Dependency.dependencies." + e.getKey();
                switch (e.getKey()) {
                    case "tags" -> tags = strings(e.getValue(), path);
                    case "enabled" -> bool(e.getValue(), path);
                    case "import-values" -> imports = importValues(list(e.getValue(), path, "[]interface {}"));
                    default -> f.put(e.getKey(), string(e.getValue(), path));
                }
            }
            String name = f.get("name");
            if (name == null || name.isEmpty()) {
                throw new ChartYamlException("a dependency has no name", "give every dependency a name: field", file,
                        0, 0, null);
            }
            out.add(new Dependency(name, f.get("version"), f.get("repository"), f.get("condition"), tags, imports,
                    f.get("alias")));
        }
        return out;
    }

    /** Helm's import-values: an export name, or {child, parent}; other shapes are ignored as Helm ignores them. */
    private List<ImportValue> importValues(List<Object> items) {
        List<ImportValue> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String name) {
                out.add(ImportValue.ofExport(name));
            } else if (item instanceof Map<?, ?> map) {
                Object child = map.get("child");
                Object parent = map.get("parent");
                if (!(child instanceof String c) || !(parent instanceof String p)) {
                    throw new ChartYamlException("an import-values entry needs both child and parent",
                            "write {child: PATH, parent: PATH} or a plain export name", file, 0, 0, null);
                }
                out.add(new ImportValue(c, p));
            }
        }
        return out;
    }

    private Map<String, String> annotations(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw typeError(value, "Metadata.annotations", "map[string]string");
        }
        Map<String, String> out = new LinkedHashMap<>();
        table(map).forEach((k, v) -> out.put(k, v == null ? "" : string(v, "Metadata.annotations")));
        return out;
    }

    private List<String> strings(Object value, String field) {
        List<String> out = new ArrayList<>();
        for (Object item : list(value, field, "[]string")) {
            out.add(item == null ? "" : string(item, field));
        }
        return out;
    }

    private List<Object> list(Object value, String field, String goType) {
        if (!(value instanceof List<?> list)) {
            throw typeError(value, field, goType);
        }
        return new ArrayList<>(list);
    }

    private String string(Object value, String field) {
        if (value instanceof String s) {
            return s;
        }
        throw typeError(value, field, "string");
    }

    private boolean bool(Object value, String field) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw typeError(value, field, "bool");
    }

    private ChartYamlException typeError(Object value, String field, String goType) {
        return new ChartYamlException(context + ": " + JSON_FRAME + GoJsonFields.typeError(value, field, goType),
                "give " + field.substring(field.lastIndexOf('.') + 1) + " a value of type " + goType, file, 0, 0,
                null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static GoTarget metadataTarget() {
        Map<String, GoTarget> fields = new LinkedHashMap<>();
        STRING_FIELDS.forEach(f -> fields.put(f, GoTarget.STRING));
        fields.put("sources", new GoTarget.ListOf(GoTarget.STRING));
        fields.put("keywords", new GoTarget.ListOf(GoTarget.STRING));
        fields.put("annotations", new GoTarget.MapOf(GoTarget.STRING));
        fields.put("deprecated", GoTarget.ANY);
        Map<String, GoTarget> maintainer = new LinkedHashMap<>();
        MAINTAINER_FIELDS.forEach(f -> maintainer.put(f, GoTarget.STRING));
        fields.put("maintainers", new GoTarget.ListOf(new GoTarget.Struct(maintainer)));
        Map<String, GoTarget> dependency = new LinkedHashMap<>();
        DEPENDENCY_FIELDS.forEach(f -> dependency.put(f, GoTarget.STRING));
        dependency.put("tags", new GoTarget.ListOf(GoTarget.STRING));
        dependency.put("enabled", GoTarget.ANY);
        dependency.put("import-values", new GoTarget.ListOf(GoTarget.ANY));
        fields.put("dependencies", new GoTarget.ListOf(new GoTarget.Struct(dependency)));
        return new GoTarget.Struct(fields);
    }
}
