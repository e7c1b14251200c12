package dev.helmshift.analysis.images;

import dev.helmshift.analysis.HelmOracle;
import dev.helmshift.analysis.TestValues;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.report.YamlText;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MirrorPlannerTest {

    @Test
    void keepsTheRepositoryPathAndTagUnderTheMirror() {
        MirrorPlan plan = MirrorPlanner.plan(List.of("gcr.io/istio-release/pilot:1.0.4", "nginx", "docker.io/prom/prometheus:v2.3.1"),
                Map.of(), "registry.local/istio/", MirrorLayout.KEEP_PATH);

        assertThat(plan.copies()).containsExactly(
                new MirrorCopy("docker.io/prom/prometheus:v2.3.1", "registry.local/istio/prom/prometheus:v2.3.1"),
                new MirrorCopy("gcr.io/istio-release/pilot:1.0.4", "registry.local/istio/istio-release/pilot:1.0.4"),
                new MirrorCopy("nginx", "registry.local/istio/library/nginx"));
    }

    @Test
    void flattenedLayoutReportsTwoSourcesThatCollide() {
        MirrorPlan plan = MirrorPlanner.plan(List.of("a.io/x/proxy:1", "b.io/y/proxy:1"), Map.of(), "m.local",
                MirrorLayout.FLATTEN);

        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("mirror-collision");
            assertThat(f.message()).isEqualTo("b.io/y/proxy:1 and a.io/x/proxy:1 both map to m.local/proxy:1");
        });
    }

    @Test
    void overridesEveryHubAndEveryExplicitImageWithASlashButNotSubchartCopiesOfGlobal() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("global", new LinkedHashMap<>(Map.of("hub", "gcr.io/istio-release", "tag", "1.0.4",
                "proxy", Map.of("image", "proxyv2"))));
        values.put("mixer", new LinkedHashMap<>(Map.of("image", "docker.io/istio/mixer:1.0.4",
                "global", Map.of("hub", "gcr.io/istio-release"))));
        values.put("grafana", Map.of("image", Map.of("repository", "grafana/grafana", "tag", "5.2.3")));
        values.put("prometheus", Map.of("hub", "docker.io/prom"));

        MirrorPlan plan = MirrorPlanner.plan(List.of(), values, "registry.local/istio", MirrorLayout.KEEP_PATH);

        assertThat(plan.overrides()).containsExactly(
                new ValueOverride("global.hub", "gcr.io/istio-release", "registry.local/istio/istio-release"),
                new ValueOverride("grafana.image.repository", "grafana/grafana", "registry.local/istio/grafana/grafana"),
                new ValueOverride("mixer.image", "docker.io/istio/mixer:1.0.4", "registry.local/istio/istio/mixer:1.0.4"),
                new ValueOverride("prometheus.hub", "docker.io/prom", "registry.local/istio/prom"));
    }

    @Test
    void helmRenderWithTheOverridesPullsEveryImageOfIstio104FromTheMirror(@TempDir Path tmp) throws Exception {
        Path chart = TestTools.corpus("istio-1.0.4/istio");
        for (String profile : List.of("values.yaml", "values-istio-auth.yaml")) {
            var before = ImageExtractor.extract(Manifests.parse(
                    HelmOracle.template(chart, "-f", chart.resolve(profile).toString())).manifests());
            Map<String, Object> effective = TestValues.merge(TestValues.read(chart.resolve(profile)),
                    TestValues.coalescedDefaults(chart));
            MirrorPlan plan = MirrorPlanner.plan(before.images(), effective, "registry.local/istio", MirrorLayout.KEEP_PATH);
            Path overrides = tmp.resolve("mirror-" + profile);
            Files.writeString(overrides, YamlText.write(plan.overridesAsValues()));

            var after = ImageExtractor.extract(Manifests.parse(HelmOracle.template(chart, "-f",
                    chart.resolve(profile).toString(), "-f", overrides.toString())).manifests());

            assertThat(after.images()).as(profile).isNotEmpty().allMatch(i -> i.startsWith("registry.local/istio/"));
            assertThat(MirrorPlanner.verify(plan, after)).as(profile).isEmpty();
            assertThat(after.images()).as(profile)
                    .containsExactlyInAnyOrderElementsOf(plan.copies().stream().map(MirrorCopy::target).toList());
        }
    }
}
