package dev.helmshift.render.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.error.HelmshiftException;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The YAML differential table: every case of {@link YamlCases} read as a values file, as Chart.yaml and as a rendered
 * manifest, by helmshift and by helm v4.1.4. The golden file {@code golden/yaml/helm-yaml-cases.json} holds what helm
 * printed (or its error) per case and role; helmshift must print the same, or fail with the same text (helmshift may
 * put the real {@code file:line:} in front of it). {@link #helmStillAnswersAsRecorded} re-runs helm when it is
 * installed and writes its answers to target/helm-yaml-cases.json; with {@code -Dhelmshift.regenerate=true} it
 * rewrites the golden file instead.
 */
class YamlDifferentialTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ChartRenderService HELMSHIFT = ChartRenderService.withHelmFunctions();
    /** The location helmshift puts before Helm's text ({@code file:line:col: }, a path with '/' or '.'). */
    private static final Pattern LOCATION = Pattern.compile("^[^\\s:]*[/.][^\\s:]*(:\\d+){0,2}: ");

    /**
     * Where helmshift knowingly differs, with why (case id + " " + role). Each entry must still differ: a fixed one
     * fails the test until it is removed here. None today: template files that are not UTF-8 (bad bytes, UTF-16)
     * agree since templates keep their bytes (dev.helmshift.gobytes.GoBytes).
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> golden() throws IOException {
        return JSON.readValue(YamlCases.GOLDEN.toFile(), Map.class);
    }

    @Test
    void helmshiftReadsEveryCaseAsHelmDid() throws IOException {
        Map<String, Map<String, String>> golden = golden();
        Map<String, String> differences = new TreeMap<>();
        int agree = 0;
        int total = 0;
        for (YamlCases.Case c : YamlCases.all()) {
            assertThat(golden).as("golden entry for " + c.id()).containsKey(c.id());
            for (YamlCases.Role role : YamlCases.Role.values()) {
                total++;
                String expected = golden.get(c.id()).get(role.key());
                String ours = helmshift(c, role);
                if (expected.equals(ours)) {
                    agree++;
                } else {
                    differences.put(c.id() + " " + role.key(), "helm:\n" + expected + "\nhelmshift:\n" + ours);
                }
            }
        }
        System.out.printf("YAML differential: %d of %d readings agree with helm v4.1.4 (%d cases x 3 roles)%n",
                agree, total, total / 3);
        Map<String, String> unexpected = new TreeMap<>(differences);
        unexpected.keySet().removeAll(KNOWN_DIFFERENCES.keySet());
        List<String> fixed = new ArrayList<>(KNOWN_DIFFERENCES.keySet());
        fixed.removeAll(differences.keySet());
        unexpected.forEach((k, v) -> System.out.println("DIFFERS " + k + "\n" + v + "\n"));
        assertThat(unexpected).as("readings that differ from helm").isEmpty();
        assertThat(fixed).as("known differences that now agree: remove them from KNOWN_DIFFERENCES").isEmpty();
    }

    /** What helmshift prints for a case in a role, in the golden file's form. */
    static String helmshift(YamlCases.Case c, YamlCases.Role role) {
        YamlCases.Probe probe = YamlCases.probe(c, role);
        ValueInputs inputs = probe.valuesFile() == null ? ValueInputs.profile("default")
                : new ValueInputs("default", List.of(probe.valuesFile()), List.of(), List.of());
        try {
            return YamlCases.printed(HELMSHIFT.render(probe.chart(), inputs,
                    RenderOptions.helmDefaults().withRelease("probe", "default")).helmText());
        } catch (HelmshiftException e) {
            return YamlCases.failed(LOCATION.matcher(e.getMessage()).replaceFirst(""));
        } catch (RuntimeException | StackOverflowError e) {
            return "crash\n" + e;
        }
    }

    @Test
    void helmStillAnswersAsRecorded() throws Exception {
        HelmOracle helm = new HelmOracle(TestTools.helm(), TestTools.projectDir().resolve("target/helm-cache"));
        List<YamlCases.Case> cases = YamlCases.all();
        Map<String, Map<String, String>> answers = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Map<String, Future<String>> runs = new TreeMap<>();
            for (YamlCases.Case c : cases) {
                for (YamlCases.Role role : YamlCases.Role.values()) {
                    YamlCases.Probe probe = YamlCases.probe(c, role);
                    runs.put(c.id() + "\u0000" + role.key(), pool.submit(() -> {
                        HelmOracle.Run run = helm.template("probe", probe.chart(), probe.args());
                        return run.exitCode() == 0 ? YamlCases.printed(run.stdout()) : YamlCases.failed(run.error());
                    }));
                }
            }
            for (Map.Entry<String, Future<String>> run : runs.entrySet()) {
                String[] key = run.getKey().split("\u0000");
                answers.computeIfAbsent(key[0], k -> new TreeMap<>()).put(key[1], run.getValue().get());
            }
        } finally {
            pool.shutdown();
        }
        boolean regenerate = Boolean.getBoolean("helmshift.regenerate");
        Path out = regenerate ? YamlCases.GOLDEN : Path.of("target/helm-yaml-cases.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), answers);
        assertThat(answers).hasSize(cases.size());
        assertThat(answers).isEqualTo(new TreeMap<>(golden()));
    }
}
