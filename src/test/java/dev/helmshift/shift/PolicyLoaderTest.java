package dev.helmshift.shift;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyLoaderTest {
    static final Path DIR = Path.of("src/test/resources/shift/policies");

    @Test
    void loadsTheEngineeringGuideExampleWithEveryField() {
        ShiftPolicy p = new PolicyLoader().load(List.of(DIR.resolve("good/flaskapp.yaml")), null).get(0);
        assertThat(p.name()).isEqualTo("flaskapp");
        assertThat(p.namespace()).isEqualTo("default");
        assertThat(p.steps()).containsExactly(10, 25, 50, 75, 100);
        assertThat(p.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.headerRouteHeaders().toString()).isEqualTo("{\"x-canary\":{\"exact\":\"true\"}}");
        assertThat(p.gates().readiness().deployment()).isEqualTo("flaskapp-v2");
        assertThat(p.gates().prometheus().minRequests()).isEqualTo(20);
        assertThat(p.gates().prometheus().successRateMin()).isEqualTo(99.0);
        assertThat(p.gates().prometheus().latencyP99MsMax()).isEqualTo(500.0);
        assertThat(p.gates().prometheus().onNoData()).isEqualTo(ShiftPolicy.OnNoData.HOLD);
        assertThat(p.gates().http()).singleElement().satisfies(h -> {
            assertThat(h.headers()).containsEntry("x-canary", "true");
            assertThat(h.expectStatus()).isEqualTo(200);
            assertThat(h.bodyContains()).isEqualTo("v2");
        });
        assertThat(p.failureThreshold()).isEqualTo(3);
    }

    @Test
    void aFolderYieldsEveryDocumentOfEveryYamlFileAndStepWeightExpands() {
        List<ShiftPolicy> all = new PolicyLoader().load(List.of(DIR.resolve("good")), null);
        assertThat(all).extracting(ShiftPolicy::name).containsExactly("flaskapp", "reviews", "ratings");
        assertThat(all.get(1).steps()).containsExactly(30, 60, 90);
        assertThat(all.get(1).hasNamespace()).isFalse();
        assertThat(all.get(2).interval()).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "steps-not-increasing.yaml|steps-not-increasing.yaml:9 at $.spec.steps[2]: steps must increase, but 25 follows 50",
            "unknown-field.yaml|unknown-field.yaml:4 at $.spec: property 'failureTreshold' is not defined in the schema and the schema does not allow additional properties",
            "wrong-type.yaml|wrong-type.yaml:13 at $.spec.gates.prometheus.onNoData: does not have a value in the enumeration [\"hold\", \"fail\", \"pass\"]",
            "missing-to.yaml|missing-to.yaml:4 at $.spec: required property 'to' not found",
            "malformed.yaml|malformed.yaml:4: malformed YAML",
    })
    void badPoliciesNameTheFileTheLineThePathAndTheReason(String file, String expected) {
        Path path = DIR.resolve("bad").resolve(file);
        assertThatThrownBy(() -> new PolicyLoader().load(List.of(path), null))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).exitCode().code()).isEqualTo(2))
                .hasMessageStartingWith(DIR.resolve("bad") + "/" + expected);
    }

    @Test
    void aNamespaceFlagThatContradictsThePolicyIsRefused() {
        assertThatThrownBy(() -> new PolicyLoader().load(List.of(DIR.resolve("good/flaskapp.yaml")), "prod"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("the policy is for namespace 'default' but -n says 'prod'");
    }

    @Test
    void manyFilesAreReadInParallelYetKeepTheirOrderAndTheFirstBadFileInOrderIsTheOneReported(@TempDir Path dir) throws Exception {
        int files = PolicyLoader.PARALLEL_FROM * 3;
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve(String.format("p%03d.yaml", i)), """
                    apiVersion: helmshift.dev/v1
                    kind: ShiftPolicy
                    metadata: {name: p%d, namespace: default}
                    spec: {virtualService: vs%d, host: flaskapp, from: v1, to: v2, steps: [50, 100]}
                    """.formatted(i, i));
        }
        List<ShiftPolicy> all = new PolicyLoader().load(List.of(dir), null);
        assertThat(all).extracting(ShiftPolicy::name).containsExactlyElementsOf(IntStream.range(0, files).mapToObj(i -> "p" + i).toList());

        Files.writeString(dir.resolve("p040.yaml"), "apiVersion: helmshift.dev/v1\nkind: ShiftPolicy\nspec: {bad\n");
        Files.copy(DIR.resolve("bad/missing-to.yaml"), dir.resolve("p007.yaml"), StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> new PolicyLoader().load(List.of(dir), null))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(dir.resolve("p007.yaml") + ":4 at $.spec: required property 'to' not found");
    }

    @Test
    void aMissingPathIsBadInput() {
        assertThatThrownBy(() -> new PolicyLoader().load(List.of(DIR.resolve("nope.yaml")), null))
                .isInstanceOf(PolicyException.class)
                .hasMessage(DIR.resolve("nope.yaml") + ": no such file or folder");
    }
}
