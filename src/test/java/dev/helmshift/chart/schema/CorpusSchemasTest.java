package dev.helmshift.chart.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared corpus: istio 1.24.6's gateway chart is the one with a values.schema.json, and helm v4.1.4 refuses
 * its own defaults (the {@code _internal_defaults_do_not_set} table its schema does not allow) and every
 * {@code --set profile=NAME} (which also adds {@code profile}). Every other corpus chart has no schema and passes.
 * helm's answers are pinned in golden/schema/helm-corpus-schemas.json, keyed {@code CHART} or
 * {@code CHART profile=NAME}; {@link #helmStillAnswersAsPinned} re-records them to target/helm-corpus-schemas.json.
 */
class CorpusSchemasTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/schema/helm-corpus-schemas.json");
    private static final String GATEWAY = "istio-1.24.6/gateway";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @SuppressWarnings("unchecked")
    private static Map<String, HelmAnswer> golden() throws IOException {
        Map<String, Map<String, Object>> raw = JSON.readValue(GOLDEN.toFile(), Map.class);
        Map<String, HelmAnswer> out = new TreeMap<>();
        raw.forEach((k, v) -> out.put(k, HelmAnswer.fromJson(v)));
        return out;
    }

    /** The gateway's default values and each profile of its files/, as helm's value flags. */
    private static Map<String, List<String>> gatewayRuns(Path gateway) throws IOException {
        Map<String, List<String>> runs = new TreeMap<>();
        runs.put(GATEWAY, List.of());
        try (Stream<Path> files = Files.list(gateway.resolve("files"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("profile-") && name.endsWith(".yaml")) {
                    String profile = name.substring("profile-".length(), name.length() - ".yaml".length());
                    runs.put(GATEWAY + " profile=" + profile, List.of("profile=" + profile));
                }
            }
        }
        return runs;
    }

    @Test
    void gatewayRefusesItsDefaultsWithHelmsExactMessage() throws IOException {
        Path gateway = TestTools.corpus(GATEWAY);
        SchemaCheck check = ValuesSchemas.check(ValuesResolver.resolve(ChartLoader.load(gateway), ValueInputs.profile("default")));
        assertThat(check.failure()).isPresent();
        assertThat(check.failure().get().message()).isEqualTo(golden().get(GATEWAY).error())
                .isEqualTo(SchemaViolation.HEADER + "\ngateway:\n"
                        + "- at '': additional properties '_internal_defaults_do_not_set' not allowed\n");
        ChartSchemaReport report = check.failure().get().charts().get(0);
        assertThat(report.schemaFile()).isEqualTo(gateway + "/values.schema.json");
        assertThat(report.findings()).containsExactly(new SchemaFinding("", List.of(), List.of(),
                "additionalProperties", "additional properties '_internal_defaults_do_not_set' not allowed", "#",
                List.of("_internal_defaults_do_not_set")));
    }

    @Test
    void gatewayRefusesEveryProfileAsHelmDoes() throws IOException {
        Path gateway = TestTools.corpus(GATEWAY);
        Chart chart = ChartLoader.load(gateway);
        Map<String, HelmAnswer> golden = golden();
        Map<String, List<String>> runs = gatewayRuns(gateway);
        assertThat(runs).hasSize(14);
        ValuesSchemas schemas = new ValuesSchemas();
        Map<String, HelmAnswer> ours = new TreeMap<>();
        Map<String, HelmAnswer> expected = new TreeMap<>();
        for (Map.Entry<String, List<String>> run : runs.entrySet()) {
            SchemaCheck check = schemas.checkResolution(ValuesResolver.resolve(chart,
                    new ValueInputs("default", List.of(), run.getValue(), List.of())));
            ours.put(run.getKey(), new HelmAnswer(check.failure().map(SchemaViolation::message).orElse(null),
                    check.warnings()).comparable(SchemaCase.Compare.ANY_ORDER));
            expected.put(run.getKey(), golden.get(run.getKey()).comparable(SchemaCase.Compare.ANY_ORDER));
        }
        assertThat(SchemaCasesTest.mismatches(expected, ours)).isEmpty();
        assertThat(ours.get(GATEWAY + " profile=demo").error())
                .contains("- at '': additional properties '_internal_defaults_do_not_set', 'profile' not allowed");
    }

    @Test
    void everyOtherCorpusChartPassesWithEveryProfile() throws IOException {
        Path corpus = TestTools.shared().resolve("corpus");
        List<Path> charts = corpusCharts(corpus);
        assertThat(charts).hasSize(12);
        int checked = 0;
        for (Path dir : charts) {
            Chart chart = ChartLoader.load(dir);
            ValuesSchemas schemas = new ValuesSchemas();
            for (String inputs : runsOf(dir, chart)) {
                ValueInputs valueInputs = inputs.startsWith("profile=")
                        ? new ValueInputs("default", List.of(), List.of(inputs), List.of())
                        : ValueInputs.profile(inputs);
                var resolution = ValuesResolver.resolve(chart, valueInputs);
                SchemaCheck check = schemas.checkResolution(resolution);
                boolean gateway = dir.endsWith("gateway");
                assertThat(check.passed()).as(corpus.relativize(dir) + " " + inputs).isEqualTo(!gateway);
                if (!gateway) {
                    assertThat(resolution.root().allCharts()).as("no corpus chart but the gateway has a schema")
                            .noneMatch(c -> c.chart().hasSchema());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void helmStillAnswersAsPinned() throws Exception {
        Path helm = TestTools.helm();
        Path corpus = TestTools.shared().resolve("corpus");
        Map<String, List<String>> runs = new TreeMap<>(gatewayRuns(corpus.resolve(GATEWAY)));
        for (Path dir : corpusCharts(corpus)) {
            String name = corpus.relativize(dir).toString();
            if (name.startsWith("istio-1.24.6/") && !name.equals(GATEWAY)) {
                runs.put(name, List.of());
            }
        }
        Map<String, Callable<HelmAnswer>> jobs = new TreeMap<>();
        for (Map.Entry<String, List<String>> run : runs.entrySet()) {
            Path chart = corpus.resolve(run.getKey().split(" ")[0]);
            jobs.put(run.getKey(), () -> helm(helm, chart, run.getValue()));
        }
        Map<String, HelmAnswer> helmSays = HelmAnswer.runAll(jobs);
        Map<String, Object> json = new TreeMap<>();
        helmSays.forEach((k, v) -> json.put(k, v.toJson()));
        Files.createDirectories(Path.of("target"));
        JSON.writeValue(Path.of("target/helm-corpus-schemas.json").toFile(), json);

        Map<String, HelmAnswer> golden = golden();
        Map<String, HelmAnswer> expected = new TreeMap<>();
        Map<String, HelmAnswer> actual = new TreeMap<>();
        helmSays.forEach((k, v) -> {
            expected.put(k, golden.get(k).comparable(SchemaCase.Compare.ANY_ORDER));
            actual.put(k, v.comparable(SchemaCase.Compare.ANY_ORDER));
        });
        assertThat(SchemaCasesTest.mismatches(expected, actual)).isEmpty();
    }

    private static HelmAnswer helm(Path helm, Path chart, List<String> sets) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(helm.toString(), "template", "istio", chart.toString(),
                "--namespace", "istio-system"));
        for (String set : sets) {
            command.add("--set");
            command.add(set);
        }
        return HelmAnswer.run(command);
    }

    /** Every chart of the corpus that is not a subchart of another. */
    private static List<Path> corpusCharts(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.getFileName().toString().equals("Chart.yaml"))
                    .map(Path::getParent)
                    .filter(dir -> !corpus.relativize(dir).toString().contains("charts/"))
                    .sorted().toList();
        }
    }

    /** A chart's profiles (values-NAME.yaml) and, for the 1.24.6 charts, each --set profile=NAME of files/. */
    private static List<String> runsOf(Path dir, Chart chart) throws IOException {
        List<String> runs = new ArrayList<>(chart.profiles().stream().map(Profile::name).toList());
        Path files = dir.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> list = Files.list(files)) {
                for (Path f : list.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("profile-") && name.endsWith(".yaml")) {
                        runs.add("profile=" + name.substring("profile-".length(), name.length() - ".yaml".length()));
                    }
                }
            }
        }
        return runs;
    }
}
