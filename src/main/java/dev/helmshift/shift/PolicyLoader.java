package dev.helmshift.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads ShiftPolicies from files and folders (every *.yaml / *.yml, several documents per file allowed), validates each
 * document against {@code policies/shift-policy.schema.json} and then against the rules a schema cannot express
 * (increasing steps, distinct subsets, one policy per VirtualService). The first problem is reported with file, line and
 * JSON path; nothing is returned unless everything is valid.
 */
public final class PolicyLoader {
    public static final String SCHEMA_RESOURCE = "policies/shift-policy.schema.json";
    /** From this many files on they are read and validated in parallel (a pass over thousands of rollouts). */
    static final int PARALLEL_FROM = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Schema schema;
    private static final Object SCHEMA_LOCK = new Object();

    /**
     * Loads every policy of the given files and folders, in order. {@code namespaceFlag} (may be null) fills an absent
     * namespace; a policy that names another namespace than the flag is refused, as kubectl does.
     */
    public List<ShiftPolicy> load(List<Path> locations, String namespaceFlag) {
        String defaultNamespace = namespaceFlag;
        if (locations.isEmpty()) {
            throw new PolicyException("--policy", "", "no policy given", "pass --policy FILE or --policy DIR");
        }
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            files.addAll(files(location));
        }
        List<Loaded> loaded;
        if (files.size() < PARALLEL_FROM) {
            loaded = files.stream().map(file -> tryLoad(file, defaultNamespace)).toList();
        } else {
            schema();
            loaded = files.parallelStream().map(file -> tryLoad(file, defaultNamespace)).toList();
        }
        List<ShiftPolicy> policies = new ArrayList<>();
        for (Loaded file : loaded) {
            if (file.problem() != null) {
                throw file.problem();
            }
            policies.addAll(file.policies());
        }
        rejectDuplicates(policies);
        return policies;
    }

    /** The policies of one file, or its first problem: whichever file fails first in order is the one reported. */
    private record Loaded(List<ShiftPolicy> policies, PolicyException problem) {
    }

    private Loaded tryLoad(Path file, String defaultNamespace) {
        try {
            return new Loaded(loadFile(file, defaultNamespace), null);
        } catch (PolicyException e) {
            return new Loaded(List.of(), e);
        }
    }

    private static List<Path> files(Path location) {
        if (Files.isDirectory(location)) {
            try (Stream<Path> list = Files.list(location)) {
                List<Path> files = list.filter(Files::isRegularFile)
                        .filter(p -> {
                            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                            return n.endsWith(".yaml") || n.endsWith(".yml");
                        })
                        .sorted().toList();
                if (files.isEmpty()) {
                    throw new PolicyException(location.toString(), "", "the folder has no *.yaml or *.yml file",
                            "put ShiftPolicy files in it or pass a file");
                }
                return files;
            } catch (IOException e) {
                throw new PolicyException(location.toString(), "", "cannot list the folder: " + e.getMessage(), null, e);
            }
        }
        if (!Files.isRegularFile(location)) {
            throw new PolicyException(location.toString(), "", "no such file or folder", "check the --policy path");
        }
        return List.of(location);
    }

    /** Loads policies from YAML text; {@code origin} names it in messages (a bundled resource, for instance). */
    public List<ShiftPolicy> loadText(String origin, String yaml, String defaultNamespace) {
        return loadFrom(Path.of(origin), () -> new java.io.StringReader(yaml), defaultNamespace);
    }

    List<ShiftPolicy> loadFile(Path file, String defaultNamespace) {
        return loadFrom(file, () -> Files.newBufferedReader(file, StandardCharsets.UTF_8), defaultNamespace);
    }

    private interface Source {
        Reader open() throws IOException;
    }

    private List<ShiftPolicy> loadFrom(Path file, Source source, String defaultNamespace) {
        List<YamlDocuments.Document> documents;
        try (Reader reader = source.open()) {
            documents = YamlDocuments.read(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new PolicyException(file + (line > 0 ? ":" + line : ""), "", "malformed YAML: " + e.getProblem(),
                    "fix the YAML syntax", e);
        } catch (YAMLException e) {
            throw new PolicyException(file.toString(), "", "malformed YAML: " + e.getMessage(), "fix the YAML syntax", e);
        } catch (IOException e) {
            throw new PolicyException(file.toString(), "", "cannot read: " + e.getMessage(), null, e);
        }
        if (documents.isEmpty()) {
            throw new PolicyException(file.toString(), "", "no ShiftPolicy document in the file", "add a ShiftPolicy");
        }
        List<ShiftPolicy> policies = new ArrayList<>();
        for (YamlDocuments.Document document : documents) {
            policies.add(toPolicy(file, document, defaultNamespace));
        }
        return policies;
    }

    private ShiftPolicy toPolicy(Path file, YamlDocuments.Document document, String defaultNamespace) {
        List<Error> errors = schema().validate(document.json());
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            String path = YamlDocuments.jsonPath(first.getInstanceLocation().toString());
            throw new PolicyException(where(file, document, path), path, reason(first),
                    "see " + SCHEMA_RESOURCE + (errors.size() > 1 ? "; " + (errors.size() - 1) + " more problem(s) in this document" : ""));
        }
        JsonNode meta = document.json().path("metadata");
        JsonNode spec = document.json().path("spec");
        String namespace = meta.hasNonNull("namespace") ? meta.path("namespace").asText() : defaultNamespace;
        if (defaultNamespace != null && !namespace.equals(defaultNamespace)) {
            throw bad(file, document, "$.metadata.namespace", "the policy is for namespace '" + namespace
                    + "' but -n says '" + defaultNamespace + "'", "drop -n or make them agree");
        }
        String from = spec.path("from").asText();
        String to = spec.path("to").asText();
        if (from.equals(to)) {
            throw bad(file, document, "$.spec.to", "from and to are the same subset '" + to + "'", "name two different subsets");
        }
        List<Integer> steps = steps(file, document, spec);
        String version = spec.path("apiVersion").asText(null);
        if (version != null && version.contains("/")) {
            version = version.substring(version.indexOf('/') + 1);
        }
        try {
            return new ShiftPolicy(meta.path("name").asText(), namespace, file.toString(),
                    spec.path("virtualService").asText(), spec.path("host").asText(), from, to, version, steps,
                    duration(spec, "interval", ShiftPolicy.DEFAULT_INTERVAL),
                    spec.path("headerRoute").hasNonNull("headers") ? spec.path("headerRoute").path("headers").deepCopy() : null,
                    gates(spec.path("gates")),
                    spec.path("failureThreshold").asInt(ShiftPolicy.DEFAULT_FAILURE_THRESHOLD));
        } catch (IllegalArgumentException e) {
            throw bad(file, document, "$.spec", e.getMessage(), "fix the policy");
        }
    }

    private static List<Integer> steps(Path file, YamlDocuments.Document document, JsonNode spec) {
        List<Integer> steps = new ArrayList<>();
        if (spec.has("steps")) {
            JsonNode list = spec.path("steps");
            for (int i = 0; i < list.size(); i++) {
                int w = list.get(i).asInt();
                if (!steps.isEmpty() && w <= steps.get(steps.size() - 1)) {
                    throw bad(file, document, "$.spec.steps[" + i + "]",
                            "steps must increase, but " + w + " follows " + steps.get(steps.size() - 1),
                            "list weights in increasing order, e.g. [10, 25, 50, 100]");
                }
                steps.add(w);
            }
            return steps;
        }
        if (!spec.has("stepWeight")) {
            throw bad(file, document, "$.spec", "neither steps nor stepWeight is set",
                    "add steps: [10, 25, 50, 100] or stepWeight: 10 with maxWeight: 100");
        }
        int stepWeight = spec.path("stepWeight").asInt();
        int maxWeight = spec.path("maxWeight").asInt(100);
        if (stepWeight > maxWeight) {
            throw bad(file, document, "$.spec.stepWeight", "stepWeight " + stepWeight + " exceeds maxWeight " + maxWeight,
                    "lower stepWeight or raise maxWeight");
        }
        for (int w = stepWeight; w <= maxWeight; w += stepWeight) {
            steps.add(w);
        }
        return steps;
    }

    private static ShiftPolicy.Gates gates(JsonNode gates) {
        ShiftPolicy.Readiness readiness = gates.has("readiness")
                ? new ShiftPolicy.Readiness(gates.path("readiness").path("deployment").asText(null),
                        gates.path("readiness").path("destinationRule").asText(null)) : null;
        ShiftPolicy.Prometheus prometheus = null;
        if (gates.has("prometheus")) {
            JsonNode p = gates.path("prometheus");
            prometheus = new ShiftPolicy.Prometheus(URI.create(p.path("url").asText()),
                    p.path("window").asText("1m"),
                    p.path("minRequests").asInt(0),
                    p.path("workload").asText(null),
                    p.path("successRate").has("min") ? p.path("successRate").path("min").asDouble() : null,
                    p.path("latencyP99Ms").has("max") ? p.path("latencyP99Ms").path("max").asDouble() : null,
                    ShiftPolicy.OnNoData.valueOf(p.path("onNoData").asText("hold").toUpperCase(Locale.ROOT)),
                    duration(p, "timeout", Duration.ofSeconds(10)));
        }
        List<ShiftPolicy.HttpProbe> probes = new ArrayList<>();
        int i = 0;
        for (JsonNode h : gates.path("http")) {
            Map<String, String> headers = new LinkedHashMap<>();
            h.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
            JsonNode expect = h.path("expect");
            probes.add(new ShiftPolicy.HttpProbe(h.path("name").asText("http[" + i + "]"), URI.create(h.path("url").asText()),
                    h.path("method").asText("GET"), headers, duration(h, "timeout", Duration.ofSeconds(5)),
                    expect.has("status") ? expect.path("status").asInt() : null,
                    expect.path("bodyContains").asText(null)));
            i++;
        }
        return new ShiftPolicy.Gates(readiness, prometheus, probes);
    }

    private static Duration duration(JsonNode parent, String field, Duration fallback) {
        return parent.hasNonNull(field) ? Durations.parse(parent.path(field).asText()) : fallback;
    }

    private static void rejectDuplicates(List<ShiftPolicy> policies) {
        Map<String, ShiftPolicy> byTarget = new HashMap<>();
        for (ShiftPolicy p : policies) {
            ShiftPolicy other = byTarget.putIfAbsent(p.target() + " " + p.host(), p);
            if (other != null) {
                throw new PolicyException(p.source(), "$.spec.virtualService",
                        "policy '" + p.name() + "' shifts the same route of " + p.target() + " as policy '" + other.name()
                                + "' (" + other.source() + ")", "keep one policy per VirtualService route");
            }
        }
    }

    private static PolicyException bad(Path file, YamlDocuments.Document document, String path, String reason, String hint) {
        return new PolicyException(where(file, document, path), path, reason, hint);
    }

    private static String where(Path file, YamlDocuments.Document document, String path) {
        return file + ":" + document.lineOf(path) + (document.index() > 0 ? " (document " + (document.index() + 1) + ")" : "");
    }

    private static String reason(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        for (String prefix : List.of(location + ": ", YamlDocuments.jsonPath(location) + ": ")) {
            if (message.startsWith(prefix)) {
                message = message.substring(prefix.length());
            }
        }
        return message;
    }

    /**
     * Compiles the schema now if no one has: a command may call this on another thread while it parses its
     * arguments, so that loading the first policy does not wait for it.
     */
    public static void prepare() {
        schema();
    }

    static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (SCHEMA_LOCK) {
                s = schema;
                if (s == null) {
                    s = compileSchema();
                    schema = s;
                }
            }
        }
        return s;
    }

    private static Schema compileSchema() {
        try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + SCHEMA_RESOURCE + " is missing from the build");
            }
            JsonNode schemaJson = JSON.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }
}
