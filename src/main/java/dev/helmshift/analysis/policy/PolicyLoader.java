package dev.helmshift.analysis.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.helmshift.analysis.validate.LocatedValues;
import dev.helmshift.analysis.validate.ValuesFileException;
import dev.helmshift.analysis.values.ValuePaths;
import dev.helmshift.report.Severity;
import dev.helmshift.report.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code CheckPolicy} YAML file and validates it with networknt against the schema on the classpath
 * ({@value #SCHEMA}, a copy of policies/check-policy.schema.json) before use. The first violation, by line, is
 * reported with its file:line; RE2 patterns of {@code forbiddenTags} are compiled here so a bad one fails early too.
 */
public final class PolicyLoader {
    public static final String SCHEMA = "/helmshift/check-policy.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyLoader() {
    }

    public static CheckPolicy load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PolicyException(file.toString(), 0, "no such policy file", "check the path given with --policy");
        }
        LocatedValues yaml;
        try {
            yaml = LocatedValues.read(file);
        } catch (ValuesFileException e) {
            throw new PolicyException(e.file(), e.line(), "not a readable policy: " + e.getMessage()
                    .substring(e.getMessage().indexOf(": ") + 2), "fix the YAML syntax");
        }
        return parse(yaml);
    }

    static CheckPolicy parse(LocatedValues yaml) {
        List<Error> errors = schema().validate(Json.tree(yaml.values()));
        if (!errors.isEmpty()) {
            Error first = errors.stream().min(Comparator.comparingInt(e -> line(yaml, e))).orElseThrow();
            String at = first.getInstanceLocation().getNameCount() == 0 ? "" : pathOf(first) + ": ";
            throw new PolicyException(yaml.file(), line(yaml, first), "invalid policy: " + at + first.getMessage(),
                    "see policies/check-policy.schema.json");
        }
        return toPolicy(yaml);
    }

    @SuppressWarnings("unchecked")
    private static CheckPolicy toPolicy(LocatedValues yaml) {
        Map<String, Object> spec = (Map<String, Object>) yaml.values().get("spec");
        Map<String, Object> metadata = (Map<String, Object>) yaml.values().getOrDefault("metadata", Map.of());
        List<String> tags = strings(spec.get("forbiddenTags"));
        for (String tag : tags) {
            try {
                Pattern.compile(tag);
            } catch (PatternSyntaxException e) {
                throw new PolicyException(yaml.file(), yaml.lineOf("spec.forbiddenTags"),
                        "invalid policy: forbiddenTags pattern '" + tag + "' is not RE2: " + e.getDescription(),
                        "write a Go (RE2) regular expression");
            }
        }
        List<CheckPolicy.RequiredValue> required = new ArrayList<>();
        for (Object item : (List<Object>) spec.getOrDefault("requiredValues", List.of())) {
            Map<String, Object> r = (Map<String, Object>) item;
            required.add(new CheckPolicy.RequiredValue((String) r.get("path"), r.containsKey("equals"), r.get("equals")));
        }
        Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
        ((Map<String, Object>) spec.getOrDefault("severityOverrides", Map.of())).forEach((rule, level) ->
                overrides.put(rule, "off".equals(level) ? Optional.empty() : Optional.of(Severity.parse((String) level))));
        Object max = spec.get("maxImages");
        return new CheckPolicy(String.valueOf(metadata.getOrDefault("name", "")), strings(spec.get("allowedRegistries")),
                tags, required, strings(spec.get("forbiddenKinds")), strings(spec.get("forbiddenApis")),
                max == null ? null : ((Number) max).intValue(), overrides);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    private static String pathOf(Error error) {
        var location = error.getInstanceLocation();
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path + "[" + index + "]" : ValuePaths.child(path, String.valueOf(element));
        }
        return path;
    }

    /** The line of the deepest key of the error's location that the file has (the file's first line at worst). */
    private static int line(LocatedValues yaml, Error error) {
        var location = error.getInstanceLocation();
        String path = "";
        int best = 1;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path + "[" + index + "]" : ValuePaths.child(path, String.valueOf(element));
            int line = yaml.lineOf(path);
            if (line > 0) {
                best = line;
            }
        }
        if (error.getProperty() != null) {
            int line = yaml.lineOf(ValuePaths.child(path, error.getProperty()));
            if (line > 0) {
                best = line;
            }
        }
        return best;
    }

    private static final class Holder {
        static final Schema SCHEMA_INSTANCE = loadSchema();
    }

    private static Schema schema() {
        return Holder.SCHEMA_INSTANCE;
    }

    private static Schema loadSchema() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the policy schema " + SCHEMA + " is missing from the build");
            }
            JsonNode node = MAPPER.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
