package dev.helmshift.chart.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential table of {@link SchemaCases} against helm v4.1.4.
 *
 * <p>The golden file {@code golden/schema/helm-schema-cases.json} holds, per case, what {@code helm template} said
 * about the schemas (the error after {@code Error: }, or null when it renders, and its WARN lines). Our side is
 * checked against it always; helm is checked against it when it is installed ({@link #helmStillGivesThePinnedAnswers}
 * writes helm's answers to target/helm-schema-cases.json: copy that file over the golden one to re-record).
 */
class SchemaCasesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/schema/helm-schema-cases.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    static Map<String, HelmAnswer> golden() throws IOException {
        Map<String, Map<String, Object>> raw = JSON.readValue(GOLDEN.toFile(), Map.class);
        Map<String, HelmAnswer> out = new TreeMap<>();
        raw.forEach((id, answer) -> out.put(id, HelmAnswer.fromJson(answer)));
        return out;
    }

    @Test
    void theTableIsLargeAndItsIdsAreUnique() {
        List<SchemaCase> cases = SchemaCases.all();
        Set<String> ids = new HashSet<>();
        for (SchemaCase c : cases) {
            assertThat(ids.add(c.id())).as("duplicate case id " + c.id()).isTrue();
        }
        assertThat(cases).hasSizeGreaterThan(200);
    }

    @Test
    void everyCaseAnswersWhatHelmAnswered() throws IOException {
        Map<String, HelmAnswer> golden = golden();
        Map<String, HelmAnswer> expected = new TreeMap<>();
        Map<String, HelmAnswer> ours = new TreeMap<>();
        for (SchemaCase c : SchemaCases.all()) {
            assertThat(golden).as("golden entry for " + c.id()).containsKey(c.id());
            expected.put(c.id(), golden.get(c.id()).comparable(c.compare()));
            ours.put(c.id(), ourAnswer(c, tmp.resolve(c.id())).comparable(c.compare()));
        }
        assertThat(mismatches(expected, ours)).as("cases where we differ from helm").isEmpty();
        assertThat(golden.keySet()).as("golden entries without a case").isEqualTo(expected.keySet());
    }

    /** Each case whose answers differ, with both answers, so a failure reads as a diff. */
    static List<String> mismatches(Map<String, HelmAnswer> expected, Map<String, HelmAnswer> actual) {
        List<String> out = new ArrayList<>();
        expected.forEach((id, want) -> {
            HelmAnswer got = actual.get(id);
            if (!want.equals(got)) {
                out.add(id + "\n--- helm:\n" + want.error() + "\n" + want.warnings() + "\n--- helmshift:\n"
                        + (got == null ? "(none)" : got.error() + "\n" + got.warnings()));
            }
        });
        return out;
    }

    @Test
    void helmStillGivesThePinnedAnswers() throws Exception {
        Path helm = TestTools.helm();
        List<SchemaCase> cases = SchemaCases.all();
        Map<String, Callable<HelmAnswer>> jobs = new TreeMap<>();
        for (SchemaCase c : cases) {
            jobs.put(c.id(), () -> helmAnswer(helm, c, tmp.resolve(c.id())));
        }
        Map<String, HelmAnswer> helmSays = HelmAnswer.runAll(jobs);
        Map<String, Object> json = new TreeMap<>();
        helmSays.forEach((id, answer) -> json.put(id, answer.toJson()));
        Files.createDirectories(Path.of("target"));
        JSON.writeValue(Path.of("target/helm-schema-cases.json").toFile(), json);

        Map<String, HelmAnswer> golden = golden();
        Map<String, HelmAnswer> expected = new TreeMap<>();
        Map<String, HelmAnswer> actual = new TreeMap<>();
        for (SchemaCase c : cases) {
            expected.put(c.id(), golden.get(c.id()).comparable(c.compare()));
            actual.put(c.id(), helmSays.get(c.id()).comparable(c.compare()));
        }
        assertThat(mismatches(expected, actual)).as("cases where helm now answers differently").isEmpty();
    }

    /** helmshift's answer: load, resolve with the case's --set flags, check the schemas. */
    static HelmAnswer ourAnswer(SchemaCase c, Path dir) throws IOException {
        Path chart = c.write(dir);
        Resolution resolution = ValuesResolver.resolve(ChartLoader.load(chart),
                new ValueInputs("default", List.of(), c.sets(), c.stringSets()));
        SchemaCheck check = ValuesSchemas.check(resolution);
        return new HelmAnswer(check.failure().map(SchemaViolation::message).orElse(null), check.warnings());
    }

    static HelmAnswer helmAnswer(Path helm, SchemaCase c, Path dir) throws IOException, InterruptedException {
        Path chart = c.write(dir);
        List<String> command = new ArrayList<>(List.of(helm.toString(), "template", "x", chart.toString()));
        command.addAll(c.helmValueArgs());
        return HelmAnswer.run(command);
    }
}
