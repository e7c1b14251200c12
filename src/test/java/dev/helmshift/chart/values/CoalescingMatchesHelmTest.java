package dev.helmshift.chart.values;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.testing.GoJson;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coalescing, globals, null deletion, tags, conditions, aliases and import-values on the probe chart
 * src/test/resources/helm-probes/coalesce (parent → sub → leaf, plus "other" aliased as "renamed").
 * Every expected string is what helm v4.1.4 printed for {@code {{ toJson .Values }}} in each chart's template,
 * recorded with the command in each test's comment (run from src/test/resources/helm-probes).
 * Note the YAML 1.1 keys: {@code n:}, {@code y:} and {@code on:} are booleans to Helm, so they become "false"/"true".
 */
class CoalescingMatchesHelmTest {
    static final Path PROBES = TestTools.projectDir().resolve("src/test/resources/helm-probes");

    static Resolution resolve(List<String> files, List<String> sets) {
        Chart chart = ChartLoader.load(PROBES.resolve("coalesce"));
        return ValuesResolver.resolve(chart, "default", files.stream().map(PROBES::resolve).toList(), sets);
    }

    static Map<String, String> jsonPerChart(Resolution r) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (ResolvedChart c : r.root().allCharts()) {
            out.put(c.name(), GoJson.write(c.values()));
        }
        return out;
    }

    /** helm template x coalesce */
    @Test
    void chartDefaultsAloneKeepNullsDropDisabledAliasAndImportExports() {
        Map<String, String> json = jsonPerChart(resolve(List.of(), List.of()));
        assertThat(json).containsOnlyKeys("coalesce", "sub", "leaf");
        assertThat(json.get("leaf")).isEqualTo(
                "{\"enabled\":true,\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},\"l\":1}");
        assertThat(json.get("sub")).isEqualTo(
                "{\"deep\":{\"table\":{\"t\":\"childvalue\",\"u\":2}},\"exports\":{\"data\":{\"child\":1,\"mine\":\"child\"}},"
                        + "\"fromparent\":true,\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},"
                        + "\"leaf\":{\"enabled\":true,\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},\"l\":1},"
                        + "\"override\":\"parent\",\"subonly\":1}");
        assertThat(json.get("coalesce")).isEqualTo(
                "{\"child\":1,\"data\":{\"mine\":\"parent\"},\"fromsub\":{\"t\":\"parentwins\",\"u\":2},"
                        + "\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1}},\"keepnull\":null,\"mine\":\"child\","
                        + "\"sub\":" + json.get("sub") + ",\"tags\":{\"t1\":false},\"top\":{\"a\":1,\"b\":2,\"false\":{\"x\":1}}}");
    }

    /** helm template x coalesce --set tags.t1=true --set top.n=null --set sub.leaf.enabled=false */
    @Test
    void aTrueTagEnablesTheAliasAndAConditionDisablesANestedChart() {
        Resolution r = resolve(List.of(), List.of("tags.t1=true", "top.n=null", "sub.leaf.enabled=false"));
        Map<String, String> json = jsonPerChart(r);
        assertThat(json).containsOnlyKeys("coalesce", "sub", "renamed");
        assertThat(json.get("renamed")).isEqualTo("{\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1}},\"true\":true}");
        assertThat(json.get("sub")).isEqualTo(
                "{\"deep\":{\"table\":{\"t\":\"childvalue\",\"u\":2}},\"exports\":{\"data\":{\"child\":1,\"mine\":\"child\"}},"
                        + "\"fromparent\":true,\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},"
                        + "\"leaf\":{\"enabled\":false},\"override\":\"parent\",\"subonly\":1}");
        assertThat(json.get("coalesce")).endsWith(
                "\"tags\":{\"t1\":true},\"top\":{\"a\":1,\"b\":2,\"false\":{\"x\":1},\"n\":null}}");
        assertThat(r.components()).containsExactly(Map.entry("renamed", true), Map.entry("sub", true));
        ResolvedChart renamed = r.root().subcharts().get(0);
        assertThat(renamed.metadata().name()).isEqualTo("renamed");
        assertThat(renamed.path()).isEqualTo("coalesce/charts/renamed");
    }

    /** helm template x coalesce -f coalesce-f1.yaml */
    @Test
    void aValuesFileOverridesDefaultsAndItsNullDeletesASubchartDefault() {
        Map<String, String> json = jsonPerChart(resolve(List.of("coalesce-f1.yaml"), List.of()));
        assertThat(json.get("sub")).isEqualTo(
                "{\"deep\":{\"table\":{\"t\":\"childvalue\",\"u\":2}},\"exports\":{\"data\":{\"child\":1,\"mine\":\"child\"}},"
                        + "\"fromparent\":true,\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},"
                        + "\"leaf\":{\"enabled\":true,\"global\":{\"hub\":\"parent-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},\"l\":1},"
                        + "\"subonly\":7}");
        assertThat(json.get("coalesce")).contains("\"renamed\":{\"true\":true}")
                .endsWith("\"top\":{\"a\":10,\"b\":2,\"false\":{\"true\":2,\"x\":1}}}");
    }

    /** helm template x coalesce -f coalesce-f1.yaml -f coalesce-f2.yaml */
    @Test
    void aLaterFileDeletesATableWithNullAndItsGlobalReachesEverySubchart() {
        Map<String, String> json = jsonPerChart(resolve(List.of("coalesce-f1.yaml", "coalesce-f2.yaml"), List.of()));
        assertThat(json.get("leaf")).isEqualTo(
                "{\"enabled\":true,\"global\":{\"hub\":\"user-hub\",\"nested\":{\"p\":1,\"s\":2},\"subg\":1},\"l\":1}");
        assertThat(json.get("coalesce")).doesNotContain("\"top\"")
                .contains("\"global\":{\"hub\":\"user-hub\",\"nested\":{\"p\":1}}")
                .endsWith("\"tags\":{\"t1\":false}}");
    }
}
