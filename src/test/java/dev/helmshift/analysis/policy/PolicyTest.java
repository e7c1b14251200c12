package dev.helmshift.analysis.policy;

import dev.helmshift.analysis.HelmOracle;
import dev.helmshift.analysis.images.ImageExtractor;
import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.analysis.validate.LocatedValues;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PolicyTest {

    @Test
    void theSchemaOnTheClasspathIsTheOneInPolicies() throws Exception {
        try (var in = PolicyLoader.class.getResourceAsStream(PolicyLoader.SCHEMA)) {
            assertThat(new String(in.readAllBytes())).isEqualTo(Files.readString(Path.of("policies/check-policy.schema.json")));
        }
    }

    @Test
    void loadsTheExamplePolicies() {
        CheckPolicy strict = PolicyLoader.load(Path.of("policies/strict-mirror.yaml"));
        CheckPolicy relaxed = PolicyLoader.load(Path.of("policies/relaxed.yaml"));

        assertThat(strict.allowedRegistries()).containsExactly("registry.local");
        assertThat(strict.requiredValues()).containsExactly(new CheckPolicy.RequiredValue("global.mtls.enabled", true, true));
        assertThat(strict.maxImages()).isEqualTo(25);
        assertThat(strict.severityOverrides()).containsEntry("floating-tag", Optional.of(Severity.ERROR))
                .containsEntry("image-changed", Optional.empty());
        assertThat(relaxed.severityOverrides()).containsEntry("unknown-key", Optional.of(Severity.WARNING));
    }

    @Test
    void aPolicyThatBreaksTheSchemaIsBadInputAtTheLineOfTheFault(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, """
                apiVersion: helmshift.dev/v1
                kind: CheckPolicy
                spec:
                  allowedRegistries: [registry.local]
                  maxImages: many
                """);

        assertThatThrownBy(() -> PolicyLoader.load(bad)).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(bad + ":5: invalid policy: ");
    }

    @Test
    void anUnknownRuleFieldIsReportedAtItsLine() {
        assertThatThrownBy(() -> PolicyLoader.parse(LocatedValues.parse("p.yaml",
                "apiVersion: helmshift.dev/v1\nkind: CheckPolicy\nspec:\n  maxImages: 3\n  allowedRegistry: [x]\n")))
                .hasMessageStartingWith("p.yaml:5: invalid policy: ").hasMessageContaining("allowedRegistry");
    }

    @Test
    void aForbiddenTagThatIsNotRe2IsBadInput() {
        assertThatThrownBy(() -> PolicyLoader.parse(LocatedValues.parse("p.yaml",
                "apiVersion: helmshift.dev/v1\nkind: CheckPolicy\nspec:\n  forbiddenTags: ['(?=x)']\n")))
                .isInstanceOf(PolicyException.class).hasMessageStartingWith("p.yaml:4: invalid policy: forbiddenTags pattern '(?=x)' is not RE2");
    }

    @Test
    void appliesEveryRuleToARender() {
        List<Manifest> manifests = Manifests.parse(HelmOracle.resource("/rendered/workloads.yaml")).manifests();
        var images = ImageExtractor.extract(manifests);
        CheckPolicy policy = new CheckPolicy("t", List.of("registry.example.com", "docker.io/istio"), List.of("latest", ".*-daily", ""),
                List.of(new CheckPolicy.RequiredValue("global.mtls.enabled", true, true), new CheckPolicy.RequiredValue("global.hub", false, null)),
                List.of("CronJob"), List.of("batch/v1beta1"), 5, Map.of());

        List<Finding> findings = PolicyRules.check(policy, manifests, images,
                Map.of("global", Map.of("mtls", Map.of("enabled", false))));

        assertThat(findings).extracting(Finding::rule).containsOnly("policy-registry", "policy-tag", "policy-max-images",
                "policy-required-value", "policy-forbidden-kind", "policy-forbidden-api");
        assertThat(findings).filteredOn(f -> f.rule().equals("policy-registry")).extracting(f -> f.location().path())
                .containsExactly("busybox:1.36",
                        "busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        "gcr.io/istio-release/proxy_init:release-1.0-latest-daily",
                        "gcr.io/istio-release/proxyv2:release-1.0-latest-daily",
                        "localhost:5000/legacy/app:latest", "nginx", "quay.io/coreos/hyperkube:v1.7.6_coreos.0");
        assertThat(findings).filteredOn(f -> f.rule().equals("policy-tag")).extracting(f -> f.location().path())
                .containsExactly("busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        "gcr.io/istio-release/proxy_init:release-1.0-latest-daily",
                        "gcr.io/istio-release/proxyv2:release-1.0-latest-daily", "localhost:5000/legacy/app:latest", "nginx");
        assertThat(findings).filteredOn(f -> f.rule().equals("policy-required-value")).extracting(Finding::message)
                .containsExactly("global.mtls.enabled is false but the policy requires true", "global.hub must be set");
    }

    @Test
    void severityOverridesChangeOrDropFindings() {
        CheckPolicy policy = new CheckPolicy("t", List.of(), List.of(), List.of(), List.of(), List.of(), null,
                Map.of("floating-tag", Optional.of(Severity.ERROR), "image-changed", Optional.empty()));
        List<Finding> findings = List.of(
                new Finding("floating-tag", Severity.WARNING, "a", Location.path("x"), ""),
                new Finding("image-changed", Severity.INFO, "b", Location.path("y"), ""),
                new Finding("unknown-key", Severity.ERROR, "c", Location.path("z"), ""));

        assertThat(PolicyRules.applyOverrides(policy, findings)).extracting(Finding::rule, Finding::severity)
                .containsExactly(tuple("floating-tag", Severity.ERROR), tuple("unknown-key", Severity.ERROR));
    }
}
