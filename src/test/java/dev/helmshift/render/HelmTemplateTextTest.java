package dev.helmshift.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HelmTemplateTextTest {

    private final ManifestSorter.Sorted sorted = new ManifestSorter.Sorted(
            List.of(new RenderedDocument("c/templates/sa.yaml", "kind: ServiceAccount"),
                    new RenderedDocument("c/charts/sub/templates/svc.yaml", "kind: Service")),
            List.of(new RenderedDocument("c/templates/job.yaml", "kind: Job")));

    @Test
    void printsSourceHeadersAndSeparatorsAsHelmTemplateDoes() {
        assertThat(HelmTemplateText.print(sorted)).isEqualTo("""
                ---
                # Source: c/templates/sa.yaml
                kind: ServiceAccount
                ---
                # Source: c/charts/sub/templates/svc.yaml
                kind: Service
                ---
                # Source: c/templates/job.yaml
                kind: Job
                """);
    }

    @Test
    void anEmptyRenderPrintsOneNewline() {
        assertThat(HelmTemplateText.print(new ManifestSorter.Sorted(List.of(), List.of()))).isEqualTo("\n");
    }

    @Test
    void showOnlyKeepsDocumentsWhosePathWithoutTheChartNameMatchesAGlob() {
        String printed = HelmTemplateText.print(sorted);
        assertThat(HelmTemplateText.showOnly(printed, List.of("charts/*/templates/svc.yaml", "templates/job.yaml")))
                .isEqualTo("---\n# Source: c/charts/sub/templates/svc.yaml\nkind: Service\n"
                        + "---\n# Source: c/templates/job.yaml\nkind: Job\n");
    }

    @Test
    void showOnlyFailsLikeHelmWhenAGlobMatchesNothing() {
        assertThatThrownBy(() -> HelmTemplateText.showOnly(HelmTemplateText.print(sorted), List.of("templates/nope.yaml")))
                .isInstanceOf(RenderException.class)
                .hasMessage("could not find template templates/nope.yaml in chart");
    }
}
