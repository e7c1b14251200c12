package dev.helmshift.analysis.components;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component matrix of the real Istio charts and of our fixtures. The expected enabled sets were taken from helm
 * v4.1.4: each chart was copied, every templates/ folder replaced by one template that always prints, and
 * {@code helm template istio COPY --namespace istio-system -f PROFILE} run per profile; the subcharts appearing in
 * the {@code # Source: istio/charts/NAME/} lines are the enabled ones. Replacing the templates is what lets the
 * profiles that fail in helm v4 (1.0.4 demo, demo-auth, gateways; 1.4.6 default, demo, sds-auth*, see
 * ../shared/corpus/README.md) be measured too: which subcharts are enabled depends on values only, never on templates.
 * {@link ComponentMatrixMatchesHelmTest} repeats that measurement live.
 */
class ComponentMatrixTest {
    static final List<String> ISTIO_104_SUBCHARTS = List.of("certmanager", "galley", "gateways", "grafana", "ingress",
            "kiali", "mixer", "pilot", "prometheus", "security", "servicegraph", "sidecarInjectorWebhook",
            "telemetry-gateway", "tracing");
    static final List<String> CORE_104 = List.of("galley", "gateways", "mixer", "pilot", "prometheus", "security",
            "sidecarInjectorWebhook", "telemetry-gateway");

    static Map<String, TreeSet<String>> enabledPerProfile(Path chartDir) {
        Chart chart = ChartLoader.load(chartDir);
        ChartAnalysis analysis = ComponentAnalyzer.analyze(chart, ComponentAnalyzer.allProfiles(chart),
                ValueInputs.profile("default"));
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (ProfileAnalysis p : analysis.profiles()) {
            TreeSet<String> on = new TreeSet<>();
            p.components().forEach((k, v) -> {
                if (v) {
                    on.add(k);
                }
            });
            out.put(p.name(), on);
        }
        return out;
    }

    @Test
    void istio104HasTwelveProfilesAndFourteenSubchartsWithTelemetryGatewayUndeclared() {
        Chart chart = ChartLoader.load(TestTools.corpus("istio-1.0.4/istio"));
        ChartAnalysis analysis = ComponentAnalyzer.analyze(chart, ComponentAnalyzer.allProfiles(chart),
                ValueInputs.profile("default"));
        assertThat(analysis.profiles()).hasSize(12);
        assertThat(analysis.profiles().get(0).name()).isEqualTo("default");
        assertThat(analysis.profiles()).allSatisfy(p -> assertThat(p.components()).containsOnlyKeys(ISTIO_104_SUBCHARTS));
        assertThat(analysis.dependencies()).filteredOn(d -> !d.declared()).extracting(DependencyInfo::name)
                .containsExactly("telemetry-gateway");
    }

    @Test
    void istio104EnablesWhatHelmEnablesInEveryProfile() {
        Map<String, TreeSet<String>> actual = enabledPerProfile(TestTools.corpus("istio-1.0.4/istio"));
        TreeSet<String> core = new TreeSet<>(CORE_104);
        TreeSet<String> demo = new TreeSet<>(CORE_104);
        demo.addAll(List.of("grafana", "servicegraph", "tracing"));
        Map<String, TreeSet<String>> expected = new TreeMap<>();
        for (String p : List.of("default", "istio", "istio-auth", "istio-auth-galley", "istio-auth-multicluster",
                "istio-galley", "istio-multicluster", "istio-one-namespace", "istio-one-namespace-auth")) {
            expected.put(p, core);
        }
        expected.put("istio-demo", demo);
        expected.put("istio-demo-auth", demo);
        expected.put("istio-gateways", new TreeSet<>(List.of("gateways", "telemetry-gateway")));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void istio146EnablesWhatHelmEnablesInEveryProfile() {
        Map<String, TreeSet<String>> actual = enabledPerProfile(TestTools.corpus("istio-1.4.6/istio"));
        List<String> core = List.of("galley", "gateways", "mixer", "pilot", "prometheus", "security", "sidecarInjectorWebhook");
        TreeSet<String> demo = new TreeSet<>(core);
        demo.addAll(List.of("grafana", "kiali", "tracing"));
        TreeSet<String> sds = new TreeSet<>(core);
        sds.add("nodeagent");
        assertThat(actual).isEqualTo(Map.of(
                "default", new TreeSet<>(core),
                "istio-demo", demo,
                "istio-minimal", new TreeSet<>(List.of("mixer", "pilot")),
                "istio-remote", new TreeSet<>(List.of("mixer", "security", "sidecarInjectorWebhook")),
                "istio-sds-auth", sds,
                "istio-sds-auth-control-plane-auth-disabled", sds));
    }

    /** Measured with helm v4.1.4 on the fixture itself (its templates always print). */
    @Test
    void miniIstioShowsConditionListsTagsAndTheUndeclaredSubchart() {
        assertThat(enabledPerProfile(TestTools.fixture("mini-istio"))).isEqualTo(Map.of(
                "default", new TreeSet<>(List.of("gateways", "mixer", "pilot", "telemetry-gateway")),
                "demo", new TreeSet<>(List.of("gateways", "grafana", "mixer", "pilot", "telemetry-gateway", "tracing")),
                "minimal", new TreeSet<>(List.of("pilot", "telemetry-gateway"))));
    }

    @Test
    void aNullRemovesTheFirstConditionPathSoTheSecondOneDecides() {
        Chart chart = ChartLoader.load(TestTools.fixture("mini-istio"));
        var resolution = dev.helmshift.chart.values.ValuesResolver.resolve(chart, ValueInputs.profile("minimal"));
        assertThat(resolution.values().get("gateways")).isEqualTo(Map.of());
        assertThat(resolution.components()).containsEntry("gateways", false);
        assertThat(resolution.warnings()).isEmpty();
    }

    @Test
    void aNonBoolConditionIsSkippedWithHelmsWarning() {
        Chart chart = ChartLoader.load(TestTools.fixture("mini-istio"));
        ChartAnalysis analysis = ComponentAnalyzer.analyze(chart, List.of("default"),
                new ValueInputs("default", List.of(), List.of("pilot.enabled=yes-please"), List.of()));
        assertThat(analysis.profiles().get(0).warnings())
                .containsExactly("Condition path 'pilot.enabled' for chart pilot returned non-bool value");
        assertThat(analysis.profiles().get(0).components()).containsEntry("pilot", true);
    }

    /** Measured with helm v4.1.4: the Source lines of umbrella-v2 are charts/api (with charts/api/charts/cache), charts/datastore, and charts/worker in staging. */
    @Test
    void umbrellaKeysAliasesByTheirAliasAndHonoursTheirConditions() {
        assertThat(enabledPerProfile(TestTools.fixture("umbrella-v2"))).isEqualTo(Map.of(
                "default", new TreeSet<>(List.of("api", "datastore")),
                "staging", new TreeSet<>(List.of("api", "datastore", "worker"))));
    }

    /**
     * src/test/resources/helm-probes/version-mismatch declares a 2.0.0 where charts/ has a 1.0.0, and b declares a
     * dependency it does not ship. helm v4.1.4 renders charts/b only by default and charts/a too with values-a-on.yaml:
     * a version mismatch makes the chart count as undeclared (yet its condition's name still removes it), and a
     * missing dependency below the top level is silently dropped.
     */
    @Test
    void aVersionMismatchOrANestedMissingDependencyBehavesAsInHelm() {
        assertThat(enabledPerProfile(TestTools.projectDir().resolve("src/test/resources/helm-probes/version-mismatch")))
                .isEqualTo(Map.of("default", new TreeSet<>(List.of("b")), "a-on", new TreeSet<>(List.of("a", "b"))));
    }

    @Test
    void setAndValuesFilesApplyOnTopOfEveryProfile() {
        Chart chart = ChartLoader.load(TestTools.fixture("mini-istio"));
        ChartAnalysis analysis = ComponentAnalyzer.analyze(chart, List.of("default", "demo"),
                new ValueInputs("default", List.of(), List.of("pilot.enabled=false", "tags.addons=true"), List.of()));
        assertThat(analysis.profiles().get(0).components())
                .containsEntry("pilot", false).containsEntry("grafana", false).containsEntry("mixer", true);
        assertThat(analysis.profiles().get(1).components())
                .containsEntry("pilot", false).containsEntry("grafana", true);
    }
}
