package dev.helmshift.analysis.diff;

import dev.helmshift.analysis.HelmOracle;
import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.analysis.values.ValuesDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestDiffTest {

    private static List<Manifest> parse(String text) {
        return Manifests.parse(HelmOracle.split(text)).manifests();
    }

    private static final String OLD = """
            ---
            # Source: istio/charts/pilot/templates/deployment.yaml
            apiVersion: extensions/v1beta1
            kind: Deployment
            metadata:
              name: istio-pilot
              namespace: istio-system
              labels: {app: pilot, chart: pilot-1.0.4, heritage: Tiller}
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: discovery
                    image: gcr.io/istio-release/pilot:1.0.4
            ---
            # Source: istio/templates/secret.yaml
            apiVersion: v1
            kind: Secret
            metadata: {name: creds, namespace: istio-system}
            data: {password: b2xk}
            ---
            # Source: istio/charts/servicegraph/templates/service.yaml
            apiVersion: v1
            kind: Service
            metadata: {name: servicegraph, namespace: istio-system}
            """;

    private static final String NEW = """
            ---
            # Source: istio/charts/pilot/templates/deployment.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: istio-pilot
              namespace: istio-system
              labels: {app: pilot, chart: pilot-1.4.6, heritage: Helm}
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: discovery
                    image: docker.io/istio/pilot:1.4.6
            ---
            # Source: istio/templates/secret.yaml
            apiVersion: v1
            kind: Secret
            metadata: {name: creds, namespace: istio-system}
            data: {password: bmV3}
            ---
            # Source: istio/charts/kiali/templates/service.yaml
            apiVersion: v1
            kind: Service
            metadata: {name: kiali, namespace: istio-system}
            """;

    @Test
    void pairsObjectsByKindNamespaceAndNameAndEndsWithAPlanLine() {
        List<ResourceChange> changes = ManifestDiff.between(parse(OLD), parse(NEW));

        assertThat(changes).extracting(ResourceChange::kind, ResourceChange::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ResourceChange.Kind.ADDED, "Service/istio-system/kiali"),
                org.assertj.core.groups.Tuple.tuple(ResourceChange.Kind.CHANGED, "Deployment/istio-system/istio-pilot"),
                org.assertj.core.groups.Tuple.tuple(ResourceChange.Kind.CHANGED, "Secret/istio-system/creds"),
                org.assertj.core.groups.Tuple.tuple(ResourceChange.Kind.REMOVED, "Service/istio-system/servicegraph"));
        ChartDiff diff = ChartDiff.of(changes, List.of(), ValuesDiff.between(Map.of(), Map.of()), Set.of(), Set.of());
        assertThat(diff.planLine()).isEqualTo("Plan: 1 to add, 2 to change, 1 to remove.");
    }

    @Test
    void showsAUnifiedDiffWithoutChartVersionLabelsAndWithSecretValuesRedacted() {
        List<ResourceChange> changes = ManifestDiff.between(parse(OLD), parse(NEW));

        assertThat(changes.get(1).diff()).containsExactly(
                "--- a/Deployment/istio-system/istio-pilot",
                "+++ b/Deployment/istio-system/istio-pilot",
                "@@ -1,4 +1,4 @@",
                "-apiVersion: extensions/v1beta1",
                "+apiVersion: apps/v1",
                " kind: Deployment",
                " metadata:",
                "   labels:",
                "@@ -10,5 +10,5 @@",
                "   template:",
                "     spec:",
                "       containers:",
                "-      - image: gcr.io/istio-release/pilot:1.0.4",
                "+      - image: docker.io/istio/pilot:1.4.6",
                "         name: discovery");
        assertThat(String.join("\n", changes.get(2).diff())).doesNotContain("b2xk").doesNotContain("bmV3")
                .contains("-  password: <redacted sha256:").contains("+  password: <redacted sha256:");
    }

    @Test
    void pairsChangedImagesByRepositoryName() {
        assertThat(ImageDiff.between(List.of("gcr.io/istio-release/pilot:1.0.4", "docker.io/prom/statsd-exporter:v0.6.0", "same:1"),
                List.of("docker.io/istio/pilot:1.4.6", "docker.io/istio/kiali:v1", "same:1"))).containsExactly(
                new ImageChange(null, "docker.io/istio/kiali:v1"),
                new ImageChange("docker.io/prom/statsd-exporter:v0.6.0", null),
                new ImageChange("gcr.io/istio-release/pilot:1.0.4", "docker.io/istio/pilot:1.4.6"));
    }

    @Test
    void listsRemovedDefaultKeysApartFromRenamedOnesAndSubchartChanges() {
        ValuesDiff defaults = ValuesDiff.between(
                Map.of("servicegraph", Map.of("enabled", false), "global", Map.of("proxy", Map.of("enableCoreDump", false))),
                Map.of("kiali", Map.of("enabled", false), "global", Map.of("proxy", Map.of("coreDump", Map.of("enableCoreDump", false)))));

        ChartDiff diff = ChartDiff.of(List.of(), List.of(), defaults, Set.of("pilot", "servicegraph"), Set.of("pilot", "kiali"));

        assertThat(diff.valuesRemoved()).containsExactly("servicegraph.enabled");
        assertThat(diff.valuesRenamed()).extracting(r -> r.from() + " -> " + r.to())
                .containsExactly("global.proxy.enableCoreDump -> global.proxy.coreDump.enableCoreDump");
        assertThat(diff.subchartsAdded()).containsExactly("kiali");
        assertThat(diff.subchartsRemoved()).containsExactly("servicegraph");
    }
}
