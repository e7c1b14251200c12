package dev.helmshift.analysis.rendering;

import dev.helmshift.analysis.components.AnalyzeOptions;
import dev.helmshift.analysis.components.ChartAnalysis;
import dev.helmshift.analysis.components.ComponentAnalyzer;
import dev.helmshift.analysis.components.ProfileAnalysis;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileRendersTest {

    private final Chart chart = ChartLoader.load(TestTools.fixture("render-pipeline"));

    private ChartAnalysis analyze(AnalyzeOptions options) {
        ValueInputs inputs = ValueInputs.profile("default");
        return ProfileRenders.addRenders(ComponentAnalyzer.analyze(chart, List.of("default", "minimal"), inputs),
                chart, inputs, options, ChartRenderService.withHelmFunctions());
    }

    @Test
    void eachProfileGetsTheImagesOfItsRenderAndItsFailingTemplatesAsDiagnostics() {
        List<ProfileAnalysis> profiles = analyze(AnalyzeOptions.defaults()).profiles();

        assertThat(profiles.get(0).images()).containsExactly("docker.io/example/sub");
        assertThat(profiles.get(0).diagnostics()).isEmpty();
        assertThat(profiles.get(1).images()).isEmpty();
        assertThat(profiles.get(1).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo("error");
            assertThat(d.code()).isEqualTo("template-exec");
            assertThat(d.file()).isEqualTo("render-pipeline/templates/builtins.yaml");
            assertThat(d.line()).isEqualTo(18);
            assertThat(d.column()).isEqualTo(27);
        });
    }

    @Test
    void kubeVersionAndGoCompatReachTheRenderer() {
        var options = ProfileRenders.options(new AnalyzeOptions("legacy", "1.29", false));

        assertThat(options.capabilities().kubeVersion().toString()).isEqualTo("v1.29");
        assertThat(options.compat().name()).isEqualTo("LEGACY");
        assertThat(options.capabilities().tillerVersion()).isEqualTo("v2.16.12");
        assertThat(options.failFast()).isFalse();
        assertThat(options.releaseName()).isEqualTo("istio");
    }
}
