package dev.helmshift.render;

import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.template.GoCompat;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Istio corpus cases the acceptance names, checked without helm (skips when ../shared is absent). */
class CorpusRenderTest {

    private static final ChartRenderService SERVICE = ChartRenderService.withHelmFunctions();
    private static final RenderOptions ISTIO = RenderOptions.helmDefaults().withRelease("istio", "istio-system");

    @Test
    void legacyModeRendersTheGo114IdiomAndReportsEachRescueWithItsFix() {
        RenderResult result = SERVICE.render(TestTools.corpus("istio-1.0.4/istio"), ValueInputs.profile("istio-demo"),
                ISTIO.withCompat(GoCompat.LEGACY));

        assertThat(result.diagnostics()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo("warning");
            assertThat(d.code()).isEqualTo("go-compat-legacy");
        });
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("istio/charts/tracing/templates/ingress-jaeger.yaml");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(6);
            assertThat(d.message()).contains("and (");
        });
        assertThat(result.documents()).extracting(RenderedDocument::source)
                .contains("istio/charts/tracing/templates/deployment.yaml");
    }

    @Test
    void currentModeFailsAtTheIdiomWithHelmsPosition() {
        assertThatThrownBy(() -> SERVICE.render(TestTools.corpus("istio-1.0.4/istio"),
                ValueInputs.profile("istio-demo"), ISTIO))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("istio/charts/tracing/templates/ingress-jaeger.yaml:1:6\n")
                .hasMessageEndingWith("can't give argument to non-function .Values.jaeger.ingress.enabled");
    }

    @Test
    void theGatewaysProfileStaysANilPointerErrorInLegacyMode() {
        assertThatThrownBy(() -> SERVICE.render(TestTools.corpus("istio-1.0.4/istio"),
                ValueInputs.profile("istio-gateways"), ISTIO.withCompat(GoCompat.LEGACY)))
                .isInstanceOf(RenderException.class)
                .satisfies(e -> {
                    RenderException error = (RenderException) e;
                    assertThat(error.file()).isEqualTo("istio/charts/gateways/templates/autoscale.yaml");
                    assertThat(error.line()).isEqualTo(20);
                    assertThat(error.column()).isEqualTo(42);
                    assertThat(error.getMessage()).endsWith("nil pointer evaluating interface {}.targetAverageUtilization");
                });
    }

    @Test
    void theDefaultProfileOfIstio104RendersHelmsDocumentCount() {
        RenderResult result = SERVICE.render(TestTools.corpus("istio-1.0.4/istio"), ValueInputs.profile("default"),
                ISTIO);

        // helm v4.1.4 prints 86 Source headers for it (the corpus README counts 85 documents)
        assertThat(result.documents()).hasSize(86);
        assertThat(result.documents()).filteredOn(doc -> doc.text().contains("image: "))
                .extracting(RenderedDocument::source).contains("istio/charts/pilot/templates/deployment.yaml");
    }
}
