package dev.helmshift.render;

import dev.helmshift.chart.schema.ValuesSchemaException;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Renders charts-fixtures/render-pipeline and compares byte for byte with what helm v4.1.4 printed for it
 * (src/test/resources/golden/render, captured with the commands in each test).
 */
class ChartRenderServiceTest {

    private static final ChartRenderService SERVICE = ChartRenderService.withHelmFunctions();
    private static final Path CHART = TestTools.fixture("render-pipeline");
    private static final RenderOptions ISTIO = RenderOptions.helmDefaults().withRelease("istio", "istio-system");

    private static String golden(String name) throws IOException {
        return Files.readString(TestTools.projectDir().resolve("src/test/resources/golden/render").resolve(name));
    }

    @Test
    void printsWhatHelmTemplatePrintsWithOrderHooksScopesAndBuiltins() throws IOException {
        // helm template istio charts-fixtures/render-pipeline --namespace istio-system -f .../values.yaml
        RenderResult result = SERVICE.render(CHART, ValueInputs.profile("default"), ISTIO);

        assertThat(result.helmText()).isEqualTo(golden("render-pipeline-default.yaml"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void showOnlySelectsTemplatesByGlobInHelmsOrder() throws IOException {
        // ... -s 'templates/k*.yaml' -s charts/sub/templates/deployment.yaml
        RenderResult result = SERVICE.render(CHART, ValueInputs.profile("default"), ISTIO);

        assertThat(HelmTemplateText.showOnly(result.helmText(),
                List.of("templates/k*.yaml", "charts/sub/templates/deployment.yaml")))
                .isEqualTo(golden("render-pipeline-show-only.yaml"));
    }

    @Test
    void kubeVersionAndExtraApiVersionsReachCapabilities() throws IOException {
        // helm template x charts-fixtures/render-pipeline --kube-version 1.29.3-eks.5 --api-versions apps/v1/Deployment -s templates/builtins.yaml
        RenderOptions options = RenderOptions.helmDefaults().withRelease("x", "default").withCapabilities(
                Capabilities.helmDefaults().withKubeVersion(KubeVersion.parse("1.29.3-eks.5"))
                        .withExtraApiVersions(List.of("apps/v1/Deployment")));
        RenderResult result = SERVICE.render(CHART, ValueInputs.profile("default"), options);

        assertThat(HelmTemplateText.showOnly(result.helmText(), List.of("templates/builtins.yaml")))
                .isEqualTo(golden("render-pipeline-caps.yaml"));
    }

    @Test
    void failsAtTheFirstFailingTemplateWithHelmsPositionedMessage() throws IOException {
        // ... -f .../values-minimal.yaml: the disabled subchart is missing from .Subcharts
        String helmError = golden("render-pipeline-minimal.err").replaceFirst("^Error: ", "")
                .replace("\n\nUse --debug flag to render out invalid YAML", "").strip();

        assertThatThrownBy(() -> SERVICE.render(CHART, ValueInputs.profile("minimal"), ISTIO))
                .isInstanceOf(RenderException.class)
                .hasMessage(helmError)
                .satisfies(e -> {
                    RenderException error = (RenderException) e;
                    assertThat(error.file()).isEqualTo("render-pipeline/templates/builtins.yaml");
                    assertThat(error.line()).isEqualTo(18);
                    assertThat(error.column()).isEqualTo(27);
                    assertThat(error.exitCode().code()).isEqualTo(2);
                });
    }

    @Test
    void analysisModeReportsTheFailingTemplateAndRendersTheOthers() {
        RenderResult result = SERVICE.render(CHART, ValueInputs.profile("minimal"), ISTIO.collectingErrors());

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo("error");
            assertThat(d.code()).isEqualTo("template-exec");
            assertThat(d.file()).isEqualTo("render-pipeline/templates/builtins.yaml");
            assertThat(d.line()).isEqualTo(18);
            assertThat(d.column()).isEqualTo(27);
            assertThat(d.message()).endsWith("nil pointer evaluating interface {}.Values");
        });
        assertThat(result.documents()).extracting(RenderedDocument::source)
                .doesNotContain("render-pipeline/templates/builtins.yaml", "render-pipeline/charts/sub/templates/deployment.yaml")
                .contains("render-pipeline/templates/kinds.yaml", "render-pipeline/templates/hooks.yaml");
    }

    @Test
    void templatesRunInHelmsOrderAndEachChartSharesOneTopLevelObject() throws IOException {
        // helm template istio charts-fixtures/shared-scope --namespace istio-system
        // Each template appends its name to .Values.trail: subchart first, then deeper paths, then names in reverse
        // order. zzz_replace.yaml replaces $.Values and adds $.Extra, and only the templates after it see that; the
        // subchart's nested change (.Values.wroteBySub) reaches the parent's .Values.sub, its $ and global do not.
        RenderResult result = SERVICE.render(TestTools.fixture("shared-scope"), ValueInputs.profile("default"), ISTIO);

        assertThat(result.helmText()).isEqualTo(golden("shared-scope.yaml"));
    }

    @Test
    void aProfileTheChartSelectsItselfRendersAsHelmWithSetProfile() throws IOException {
        // helm template istio charts-fixtures/chart-profiles --namespace istio-system --set profile=canary
        RenderResult result = SERVICE.render(TestTools.fixture("chart-profiles"), ValueInputs.profile("canary"), ISTIO);

        assertThat(result.helmText()).isEqualTo(golden("chart-profiles-canary.yaml"));
        assertThat(result.values()).containsEntry("replicas", 2.0).containsEntry("profile", "canary")
                .doesNotContainKey("chartDefaults");
    }

    @Test
    void analysisModeReportsEachChartsPartOfHelmsSchemaMessageAndStillRenders() {
        RenderResult result = SERVICE.render(TestTools.fixture("values-schema"), ValueInputs.profile("broken"),
                ISTIO.collectingErrors());

        assertThat(result.diagnostics()).extracting(RenderDiagnostic::code, RenderDiagnostic::file, RenderDiagnostic::detail)
                .containsExactly(
                        tuple("values-schema", "values-schema/values.schema.json",
                                "values-schema:\n- at '/image/tag': got number, want string"),
                        tuple("values-schema", "values-schema/charts/database/values.schema.json",
                                "database:\n- at '/port': got string, want integer"));
        assertThat(result.documents()).hasSize(2);
        assertThat(SERVICE.render(TestTools.fixture("values-schema"), ValueInputs.profile("nodb"), ISTIO).diagnostics())
                .as("a disabled subchart's schema is not applied").isEmpty();
    }

    @Test
    void failFastThrowsHelmsWholeMessage() throws IOException {
        String helm = golden("values-schema-broken.err").replaceFirst("^Error: ", "");

        assertThatThrownBy(() -> SERVICE.render(TestTools.fixture("values-schema"), ValueInputs.profile("broken"), ISTIO))
                .isInstanceOf(ValuesSchemaException.class)
                .hasMessage(helm.substring(0, helm.length() - 1))
                .satisfies(e -> assertThat(((ValuesSchemaException) e).exitCode().code()).isEqualTo(2));
    }
}
