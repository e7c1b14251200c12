package dev.helmshift.render.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmshift.gobytes.GoBytes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The YAML edge cases of {@code src/test/resources/yaml-differential/cases.json} and the three probe charts each one
 * is fed through, one per role YAML plays in Helm:
 * <ul>
 *   <li>{@link Role#VALUES}: as a {@code -f} values file, printed back by {@code {{ toJson .Values }}};</li>
 *   <li>{@link Role#CHART}: appended to a minimal Chart.yaml, printed back by {@code {{ toJson .Chart }}};</li>
 *   <li>{@link Role#MANIFEST}: as the text a template renders, which Helm splits and reads as manifest heads.</li>
 * </ul>
 * The charts are written under target/yaml-differential with relative paths, so helm and helmshift name the same
 * files in their errors.
 */
final class YamlCases {
    static final Path CASES = Path.of("src/test/resources/yaml-differential/cases.json");
    static final Path GOLDEN = Path.of("src/test/resources/golden/yaml/helm-yaml-cases.json");
    private static final Path WORK = Path.of("target/yaml-differential");
    private static final byte[] CHART_HEADER = "apiVersion: v2\nname: probe\nversion: 0.1.0\n"
            .getBytes(StandardCharsets.UTF_8);

    enum Role {
        VALUES, CHART, MANIFEST;

        String key() {
            return name().toLowerCase();
        }
    }

    record Case(String id, byte[] yaml) {
    }

    /** One probe: the chart folder and the extra helm arguments. */
    record Probe(Path chart, List<String> args, Path valuesFile) {
    }

    private YamlCases() {
    }

    static List<Case> all() {
        try {
            List<Case> cases = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(CASES.toFile())) {
                byte[] yaml = node.has("base64") ? Base64.getDecoder().decode(node.get("base64").asText())
                        : node.get("yaml").asText().getBytes(StandardCharsets.UTF_8);
                cases.add(new Case(node.get("id").asText(), yaml));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the probe chart of a case for a role (idempotent). */
    static Probe probe(Case c, Role role) {
        Path chart = WORK.resolve(role.key()).resolve(c.id());
        try {
            Files.createDirectories(chart.resolve("templates"));
            switch (role) {
                case VALUES -> {
                    Files.write(chart.resolve("Chart.yaml"), CHART_HEADER);
                    Files.writeString(chart.resolve("templates/probe.yaml"), "{{ toJson .Values }}\n");
                    Path values = chart.resolve("user-values.yaml");
                    Files.write(values, c.yaml());
                    return new Probe(chart, List.of("-f", values.toString()), values);
                }
                case CHART -> {
                    byte[] text = new byte[CHART_HEADER.length + c.yaml().length];
                    System.arraycopy(CHART_HEADER, 0, text, 0, CHART_HEADER.length);
                    System.arraycopy(c.yaml(), 0, text, CHART_HEADER.length, c.yaml().length);
                    Files.write(chart.resolve("Chart.yaml"), text);
                    Files.writeString(chart.resolve("templates/probe.yaml"), "{{ toJson .Chart }}\n");
                    return new Probe(chart, List.of(), null);
                }
                default -> {
                    Files.write(chart.resolve("Chart.yaml"), CHART_HEADER);
                    Files.write(chart.resolve("templates/probe.yaml"), c.yaml());
                    return new Probe(chart, List.of(), null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The recorded form of an outcome: what was printed, or the error text (Go strings, {@link GoBytes}), recorded as
     * their bytes read as UTF-8 with U+FFFD for what is not, so the golden file stays valid UTF-8.
     */
    static String printed(String stdout) {
        return "ok\n" + recorded(stdout);
    }

    static String failed(String error) {
        return "error\n" + recorded(error);
    }

    private static String recorded(String goText) {
        return new String(GoBytes.encode(goText), StandardCharsets.UTF_8);
    }
}
