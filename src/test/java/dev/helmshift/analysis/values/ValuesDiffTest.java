package dev.helmshift.analysis.values;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesDiffTest {

    @Test
    void reportsAddedRemovedAndChangedKeysByPathSorted() {
        Map<String, Object> a = Map.of("global", Map.of("hub", "gcr.io/istio-release", "tag", "1.0.4",
                "mtls", Map.of("enabled", false)), "grafana", Map.of("enabled", false));
        Map<String, Object> b = Map.of("global", Map.of("hub", "docker.io/istio", "tag", "1.0.4",
                "mtls", Map.of("enabled", false, "auto", true)), "kiali", Map.of("enabled", true));

        assertThat(ValuesDiff.between(a, b).changes()).containsExactly(
                new ValueChange(ValueChange.Kind.CHANGED, "global.hub", "gcr.io/istio-release", "docker.io/istio"),
                new ValueChange(ValueChange.Kind.ADDED, "global.mtls.auto", null, true),
                new ValueChange(ValueChange.Kind.REMOVED, "grafana.enabled", false, null),
                new ValueChange(ValueChange.Kind.ADDED, "kiali.enabled", null, true));
    }

    @Test
    void comparesListsWholeAndKeepsTheirOrder() {
        var diff = ValuesDiff.between(Map.of("hosts", List.of("a", "b")), Map.of("hosts", List.of("b", "a")));

        assertThat(diff.changes()).containsExactly(
                new ValueChange(ValueChange.Kind.CHANGED, "hosts", List.of("a", "b"), List.of("b", "a")));
    }

    @Test
    void treatsYamlNumbersAsGoFloats() {
        assertThat(ValuesDiff.between(Map.of("replicas", 1), Map.of("replicas", 1.0)).changes()).isEmpty();
    }

    @Test
    void writesKeysWithDotsInBrackets() {
        var diff = ValuesDiff.between(Map.of(), Map.of("podAnnotations", Map.of("sidecar.istio.io/inject", "false")));

        assertThat(diff.changes()).extracting(ValueChange::path).containsExactly("podAnnotations[\"sidecar.istio.io/inject\"]");
    }

    @Test
    void spotsKeysThatMovedOrWereRenamedWithTheSameValue() {
        var diff = ValuesDiff.between(
                Map.of("global", Map.of("proxy", Map.of("enableCoreDump", false)), "ingress", Map.of("enabeld", true)),
                Map.of("global", Map.of("proxy", Map.of("coreDump", Map.of("enableCoreDump", false))), "ingress", Map.of("enabled", true)));

        assertThat(diff.renames()).containsExactly(
                new ValueRename("global.proxy.enableCoreDump", "global.proxy.coreDump.enableCoreDump"),
                new ValueRename("ingress.enabeld", "ingress.enabled"));
    }
}
