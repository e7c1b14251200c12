package dev.helmshift.analysis.validate;

import dev.helmshift.analysis.TestTemplates;
import dev.helmshift.analysis.TestValues;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesValidatorTest {

    private static final Map<String, Object> DEFAULTS = Map.of(
            "global", Map.of("hub", "gcr.io/istio-release", "mtls", Map.of("enabled", false),
                    "proxy", Map.of("resources", Map.of("requests", Map.of("cpu", "10m")))),
            "pilot", Map.of("enabled", true, "podAnnotations", Map.of(), "env", List.of()),
            "gateways", Map.of("istio-ingressgateway", Map.of("ports", List.of())));

    private static List<Finding> validate(String yaml, Set<String> references) {
        LocatedValues user = LocatedValues.parse("my.yaml", yaml);
        return ValuesValidator.validate(user, DEFAULTS, new KnownKeys(DEFAULTS, references));
    }

    @Test
    void findsATypoedKeyAndSuggestsTheKnownSiblingWithItsLine() {
        List<Finding> findings = validate("global:\n  hub: docker.io/istio\n  mtls:\n    enabeld: true\n", Set.of());

        assertThat(findings).containsExactly(new Finding("unknown-key", Severity.ERROR,
                "unknown key global.mtls.enabeld (did you mean global.mtls.enabled?): no default of the chart and no "
                        + "template reads it, so it has no effect",
                Location.of("my.yaml", 4, "global.mtls.enabeld"), "rename global.mtls.enabeld to global.mtls.enabled"));
    }

    @Test
    void suggestsTheSameNameMovedAlongItsBranchButNotFromAnotherBranch() {
        List<Finding> findings = validate("global:\n  resources: {}\npilot:\n  hub: x\n", Set.of());

        assertThat(findings).extracting(Finding::message).containsExactly(
                "unknown key global.resources (did you mean global.proxy.resources?): no default of the chart and no template reads it, so it has no effect",
                "unknown key pilot.hub: no default of the chart and no template reads it, so it has no effect");
    }

    @Test
    void acceptsKeysUnderFreeFormMapsAndUnderPathsATemplateReadsWhole() {
        List<Finding> findings = validate("""
                pilot:
                  podAnnotations:
                    sidecar.istio.io/inject: "false"
                global:
                  proxy:
                    resources:
                      limits: {cpu: 2}
                  newThing: 1
                """, Set.of("global.proxy.resources", "global.newThing"));

        assertThat(findings).isEmpty();
    }

    @Test
    void reportsAQuotedBooleanAndAMapWhereAListIsExpected() {
        List<Finding> findings = validate("global:\n  mtls:\n    enabled: \"true\"\ngateways:\n  istio-ingressgateway:\n    ports: {http: 80}\n", Set.of());

        assertThat(findings).extracting(Finding::rule, f -> f.location().line(), Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("type-mismatch", 3,
                        "global.mtls.enabled is the string \"true\" where the chart expects a bool; in a template any non-empty string is true"),
                org.assertj.core.groups.Tuple.tuple("type-mismatch", 6,
                        "gateways.istio-ingressgateway.ports is a map but the chart's default is a list (list of 0)"));
    }

    @Test
    void malformedYamlIsBadInputWithFileAndLine() {
        assertThatThrownBy(() -> LocatedValues.parse("my.yaml", "global:\n  hub: [a\n  tag: x\n"))
                .isInstanceOf(ValuesFileException.class)
                .hasMessageStartingWith("my.yaml:")
                .satisfies(e -> assertThat(((ValuesFileException) e).line()).isGreaterThan(1));
    }

    @Test
    void findsTheMtlsTypoAgainstIstio104WithItsSubchartsAndTemplates() {
        Path chart = TestTools.corpus("istio-1.0.4/istio");
        Map<String, Object> defaults = TestValues.coalescedDefaults(chart);
        KnownKeys known = new KnownKeys(defaults, TemplateReferences.scan(TestTemplates.read(chart, "istio")));
        LocatedValues user = LocatedValues.parse("my.yaml", """
                global:
                  hub: docker.io/istio
                  tag: 1.0.4
                  mtls:
                    enabeld: true
                pilot:
                  traceSampling: 1.0
                  resources:
                    limits: {cpu: 500m}
                grafana:
                  enabled: true
                """);

        assertThat(ValuesValidator.validate(user, defaults, known)).singleElement()
                .satisfies(f -> assertThat(f.fix()).isEqualTo("rename global.mtls.enabeld to global.mtls.enabled"));
    }

    @Test
    void scopesSubchartTemplateReferencesToTheSubchartButNotGlobals() {
        Set<String> refs = TemplateReferences.scan(Map.of(
                "istio/charts/pilot/templates/deployment.yaml", "{{ .Values.image }} {{ $.Values.global.hub }}",
                "istio/templates/configmap.yaml", "{{ .Values.global.mtls.enabled }} {{ index .Values \"x\" }}"));

        assertThat(refs).containsExactly("global.hub", "global.mtls.enabled", "pilot.image");
    }
}
