package dev.helmshift.render;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestSorterTest {

    private static Map<String, String> files(String... pathAndText) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathAndText.length; i += 2) {
            files.put(pathAndText[i], pathAndText[i + 1]);
        }
        return files;
    }

    @Test
    void ordersByInstallOrderThenUnknownKindsAlphabeticallyKeepingFileOrderWithinAKind() {
        ManifestSorter.Sorted sorted = ManifestSorter.sort(files(
                "c/templates/z.yaml", "kind: Deployment\nmetadata: {name: z}\n---\nkind: Zebra\n---\nkind: Alpaca",
                "c/templates/a.yaml", "kind: Deployment\nmetadata: {name: a}\n---\nkind: ServiceAccount",
                "c/charts/s/templates/svc.yaml", "kind: Service\n---\n# only a comment"));

        assertThat(sorted.manifests()).extracting(RenderedDocument::text).containsExactly(
                "kind: ServiceAccount",
                "kind: Service",
                "kind: Deployment\nmetadata: {name: a}",
                "kind: Deployment\nmetadata: {name: z}",
                "# only a comment",
                "kind: Alpaca",
                "kind: Zebra");
        assertThat(sorted.manifests()).extracting(RenderedDocument::source).containsExactly(
                "c/templates/a.yaml", "c/charts/s/templates/svc.yaml", "c/templates/a.yaml",
                "c/templates/z.yaml", "c/charts/s/templates/svc.yaml", "c/templates/z.yaml", "c/templates/z.yaml");
    }

    @Test
    void skipsPartialsNotesAndBlankOutputs() {
        ManifestSorter.Sorted sorted = ManifestSorter.sort(files(
                "c/templates/_helpers.tpl", "kind: Secret",
                "c/templates/NOTES.txt", "Thank you",
                "c/templates/empty.yaml", "\n  \n",
                "c/templates/cm.yaml", "kind: ConfigMap"));

        assertThat(sorted.all()).extracting(RenderedDocument::source).containsExactly("c/templates/cm.yaml");
    }

    @Test
    void knownHooksComeAfterTheManifestsAndUnknownHooksAreDropped() {
        ManifestSorter.Sorted sorted = ManifestSorter.sort(files(
                "c/templates/crd.yaml", "kind: CustomResourceDefinition\nmetadata:\n  annotations:\n    helm.sh/hook: crd-install",
                "c/templates/job.yaml", "kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install, Post-Upgrade",
                "c/templates/sa.yaml", "kind: ServiceAccount\nmetadata:\n  annotations:\n    other: x"));

        assertThat(sorted.manifests()).extracting(RenderedDocument::source).containsExactly("c/templates/sa.yaml");
        assertThat(sorted.hooks()).extracting(RenderedDocument::source).containsExactly("c/templates/job.yaml");
    }

    @Test
    void invalidYamlFailsNamingTheTemplate() {
        assertThatThrownBy(() -> ManifestSorter.sort(files("c/templates/bad.yaml", "a: b: c")))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("YAML parse error on c/templates/bad.yaml: error converting YAML to JSON: yaml: ")
                .extracting(e -> ((RenderException) e).file()).isEqualTo("c/templates/bad.yaml");
    }

    @Test
    void inAnalysisModeAnInvalidTemplateIsReportedAndLeftOutWhileTheOthersStay() {
        java.util.List<RenderException> invalid = new java.util.ArrayList<>();
        ManifestSorter.Sorted sorted = ManifestSorter.sort(files(
                "c/templates/bad.yaml", "kind: Service\n---\na: b: c",
                "c/templates/good.yaml", "kind: Service"), invalid::add);

        assertThat(sorted.all()).extracting(RenderedDocument::source).containsExactly("c/templates/good.yaml");
        assertThat(invalid).extracting(RenderException::file).containsExactly("c/templates/bad.yaml");
    }

    /** helm v4.1.4 reads {@code inject: false} into SimpleHead's map[string]string as "false" (sigs.k8s.io/yaml). */
    @Test
    void aBooleanAnnotationIsReadAsItsTextAsInHelm() {
        ManifestHead head = ManifestHead.parse("kind: Pod\nmetadata:\n  annotations:\n    sidecar.istio.io/inject: false");
        assertThat(head.annotations()).containsExactly(Map.entry("sidecar.istio.io/inject", "false"));
    }

    @Test
    void anAnnotationThatIsAMapIsAnErrorAsInHelm() {
        assertThatThrownBy(() -> ManifestSorter.sort(files("c/templates/a.yaml",
                "kind: Pod\nmetadata:\n  annotations:\n    a: {b: 1}")))
                .isInstanceOf(RenderException.class)
                .hasMessage("YAML parse error on c/templates/a.yaml: error unmarshaling JSON: while decoding JSON: "
                        + "json: cannot unmarshal object into Go struct field .metadata.annotations of type string");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> yamlErrors() {
        // each text and message pinned from helm v4.1.4 (helm template on a one-template chart)
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a: b: c",
                        "yaml: mapping values are not allowed in this context"),
                org.junit.jupiter.params.provider.Arguments.of("kind: A\nb:\n  - x\n  y: 1",
                        "yaml: line 3: did not find expected '-' indicator"),
                org.junit.jupiter.params.provider.Arguments.of("kind: A\nb: \"x\n",
                        "yaml: line 2: found unexpected end of stream"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("yamlErrors")
    void yamlErrorsReadAsGoYamlWordsThem(String text, String expected) {
        assertThatThrownBy(() -> ManifestSorter.sort(files("c/templates/t.yaml", text)))
                .hasMessage("YAML parse error on c/templates/t.yaml: error converting YAML to JSON: " + expected);
    }
}
