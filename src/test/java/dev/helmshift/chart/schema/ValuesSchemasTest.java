package dev.helmshift.chart.schema;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ChartFiles;
import dev.helmshift.chart.ChartMetadata;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ResolvedChart;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.error.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart-level API around helm's message: sections, findings, skipped and mistyped subchart values. */
class ValuesSchemasTest {
    private static final String REQUIRE_NEED = "{\"required\":[\"need\"]}";

    @TempDir
    Path tmp;

    private static Chart chart(String name, String schema, List<Dependency> deps, List<Chart> subcharts) {
        ChartMetadata metadata = new ChartMetadata("v2", name, "0.1.0", "", "", "", "", "", "", false,
                List.of(), List.of(), List.of(), Map.of(), deps);
        return new Chart(metadata, Map.of(), List.of(), ChartFiles.empty(), subcharts, "charts/" + name,
                schema == null ? null : schema.getBytes(StandardCharsets.UTF_8));
    }

    /** A root without schema and one subchart {@code s1} requiring {@code need}, given these root values. */
    private static Resolution rootWithSubchart(Map<String, Object> values) {
        Chart s1 = chart("s1", REQUIRE_NEED, List.of(), List.of());
        Chart root = chart("c", null, List.of(), List.of(s1));
        ResolvedChart sub = new ResolvedChart("s1", s1, Map.of(), List.of(), "c/charts/s1");
        return new Resolution(Profile.defaults(), values,
                new ResolvedChart("c", root, values, List.of(sub), "c"), Map.of("s1", true), List.of());
    }

    @Test
    void subchartWithoutValuesOrWithNullValuesIsSkippedAsInHelm() {
        assertThat(ValuesSchemas.check(rootWithSubchart(Map.of())).passed()).isTrue();
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("s1", null);
        assertThat(ValuesSchemas.check(rootWithSubchart(withNull)).passed()).isTrue();
        assertThat(ValuesSchemas.check(rootWithSubchart(Map.of("s1", Map.of()))).passed()).isFalse();
    }

    @Test
    void subchartValuesThatAreNotAMapGetHelmsTypeMessage() {
        SchemaViolation violation = ValuesSchemas.check(rootWithSubchart(Map.of("s1", 5.0))).failure().orElseThrow();
        assertThat(violation.message()).isEqualTo(SchemaViolation.HEADER + "\n"
                + "s1:\ninvalid type for values: expected object (map), got float64\n");
        assertThat(violation.charts().get(0).problem()).isEqualTo(ChartSchemaReport.Problem.VALUES_NOT_A_MAP);
        assertThat(ValuesSchemas.check(rootWithSubchart(Map.of("s1", List.of("x")))).failure().orElseThrow().message())
                .endsWith("got []interface {}\n");
    }

    @Test
    void findingsPointAtTheValueTheSchemaAndTheSubchartsPlaceInTheRootValues() throws IOException {
        Path root = write(Map.of(
                "Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n- name: s1\n  version: 0.1.0\n  alias: gw\n",
                "charts/s1/Chart.yaml", "apiVersion: v2\nname: s1\nversion: 0.1.0\n",
                "charts/s1/values.yaml", "image:\n  tag: 1\n",
                "charts/s1/values.schema.json",
                "{\"$defs\":{\"tag\":{\"type\":\"string\"}},\"properties\":{\"image\":{\"properties\":{\"tag\":{\"$ref\":\"#/$defs/tag\"}}}}}"));
        SchemaViolation violation = check(root, List.of()).failure().orElseThrow();
        assertThat(violation.message()).isEqualTo(SchemaViolation.HEADER + "\ngw:\n- at '/image/tag': got number, want string\n");
        ChartSchemaReport report = violation.charts().get(0);
        assertThat(report.name()).isEqualTo("gw");
        assertThat(report.chartPath()).isEqualTo("c/charts/gw");
        assertThat(report.schemaFile()).isEqualTo(root + "/charts/s1/values.schema.json");
        assertThat(report.problem()).isEqualTo(ChartSchemaReport.Problem.VIOLATIONS);
        assertThat(report.findings()).containsExactly(new SchemaFinding("/image/tag", List.of("image", "tag"),
                List.of("gw"), "type", "got number, want string", "#/$defs/tag", List.of()));
        assertThat(report.findings().get(0).rootTokens()).containsExactly("gw", "image", "tag");
    }

    @Test
    void anUnusableSchemaIsReportedWithHelmsTextAndNoFindings() throws IOException {
        Path root = write(Map.of("values.schema.json", "{\"type\":\"strin\"}"));
        ChartSchemaReport report = check(root, List.of()).failure().orElseThrow().charts().get(0);
        assertThat(report.problem()).isEqualTo(ChartSchemaReport.Problem.UNUSABLE_SCHEMA);
        assertThat(report.findings()).isEmpty();
        assertThat(report.text()).startsWith("\"file:///values.schema.json#\" is not valid against metaschema:")
                .doesNotEndWith("\n");
    }

    @Test
    void anUnresolvedUrnWarnsAsHelmDoesAndPasses() throws IOException {
        Path root = write(Map.of("values.schema.json", "{\"properties\":{\"a\":{\"$ref\":\"urn:x:y\"}}}", "values.yaml", "a: 1\n"));
        SchemaCheck check = check(root, List.of());
        assertThat(check.passed()).isTrue();
        assertThat(check.warnings()).containsExactly("unresolved URN reference ignored; using permissive schema urn=urn:x:y");
    }

    @Test
    void renderRefusesWithAChartExceptionCarryingHelmsText() throws IOException {
        Path root = write(Map.of("values.schema.json", REQUIRE_NEED));
        SchemaCheck check = check(root, List.of());
        assertThatThrownBy(check::throwIfViolated).isInstanceOfSatisfying(ValuesSchemaException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(SchemaViolation.HEADER + "\nc:\n- at '': missing property 'need'\n");
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(e.file()).isEqualTo(root + "/values.schema.json");
            assertThat(e.hint()).contains("--skip-schema-validation");
            assertThat(e.violation()).isSameAs(check.violation());
        });
        check(write(Map.of("values.schema.json", "{}")), List.of()).throwIfViolated();
    }

    @Test
    void oneInstanceChecksManyResolutionsOfOneChart() throws IOException {
        Path root = write(Map.of("values.schema.json", "{\"properties\":{\"n\":{\"maximum\":3}}}", "values.yaml", "n: 1\n"));
        Chart chart = ChartLoader.load(root);
        ValuesSchemas schemas = new ValuesSchemas();
        assertThat(schemas.checkResolution(ValuesResolver.resolve(chart, ValueInputs.profile("default"))).passed()).isTrue();
        SchemaCheck second = schemas.checkResolution(ValuesResolver.resolve(chart,
                new ValueInputs("default", List.of(), List.of("n=5"), List.of())));
        assertThat(second.failure().orElseThrow().message()).endsWith("- at '/n': maximum: got 5, want 3\n");
    }

    @Test
    void theChartModelKeepsTheSchemaOutOfFiles() throws IOException {
        Path root = write(Map.of("values.schema.json", REQUIRE_NEED));
        Chart chart = ChartLoader.load(root);
        assertThat(chart.hasSchema()).isTrue();
        assertThat(new String(chart.schema(), StandardCharsets.UTF_8)).isEqualTo(REQUIRE_NEED);
        assertThat(chart.files().contains("values.schema.json")).isFalse();
        assertThat(ChartLoader.load(write(Map.of("values.yaml", "a: 1\n"))).hasSchema()).isFalse();
    }

    private SchemaCheck check(Path root, List<String> sets) {
        return ValuesSchemas.check(ValuesResolver.resolve(ChartLoader.load(root),
                new ValueInputs("default", List.of(), sets, List.of())));
    }

    private Path write(Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory(tmp, "chart");
        Map<String, String> all = new LinkedHashMap<>(files);
        all.putIfAbsent("Chart.yaml", SchemaCase.ROOT_CHART_YAML);
        for (Map.Entry<String, String> f : all.entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return root;
    }
}
