package dev.helmshift.render;

import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Helm's error texts, one profile of charts-fixtures/render-errors per kind of failure; each golden file holds what
 * {@code helm template istio charts-fixtures/render-errors -f values-PROFILE.yaml} printed after "Error: ".
 */
class RenderErrorsTest {

    private static final ChartRenderService SERVICE = ChartRenderService.withHelmFunctions();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"required", "fail", "include", "nested-include", "index", "tpl", "yaml"})
    void failsWithHelmsExactErrorText(String profile) throws IOException {
        String expected = Files.readString(TestTools.projectDir()
                .resolve("src/test/resources/golden/render/render-errors/" + profile + ".err")).strip();

        assertThatThrownBy(() -> SERVICE.render(TestTools.fixture("render-errors"), ValueInputs.profile(profile),
                RenderOptions.helmDefaults().withRelease("istio", "istio-system")))
                .isInstanceOf(RenderException.class)
                .hasMessage(expected)
                .satisfies(e -> assertThat(((RenderException) e).file()).startsWith("render-errors/templates/"));
    }
}
