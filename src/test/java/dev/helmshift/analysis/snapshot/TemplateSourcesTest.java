package dev.helmshift.analysis.snapshot;

import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;
import dev.helmshift.report.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateSourcesTest {
    private static final String MINI = "charts-fixtures/mini-istio";

    private static TemplateSources demo() {
        var chart = ChartLoader.load(Path.of(MINI));
        return TemplateSources.of(ValuesResolver.resolve(chart, new ValueInputs("demo", List.of(), List.of(), List.of())).root());
    }

    private static Location located(String file, int line, String path) {
        return demo().locate(new Finding("r", Severity.WARNING, "m", Location.of(file, line, path), "")).location();
    }

    @Test
    void aSubchartTemplateIsItsFileInTheChartFolderAtTheImageLine() {
        Location where = located("mini-istio/charts/pilot/templates/deployment.yaml", 0, "gcr.io/istio-release/pilot:1.0.0-demo");

        assertThat(where.onDisk()).isEqualTo(new SourceFile(MINI + "/charts/pilot/templates/deployment.yaml", 10));
        assertThat(where.fileAndLine()).as("people read the template name, now with its line")
                .isEqualTo("mini-istio/charts/pilot/templates/deployment.yaml:10");
    }

    @Test
    void anObjectIsPlacedOnItsKindLineAndAFieldOnItsKeyBelow() {
        assertThat(located("mini-istio/charts/pilot/templates/deployment.yaml", 0, "Deployment/pilot").onDisk().line()).isEqualTo(2);
        assertThat(located("mini-istio/charts/pilot/templates/deployment.yaml", 0, "Deployment/pilot spec.template").onDisk().line())
                .isEqualTo(6);
        assertThat(located("mini-istio/charts/pilot/templates/deployment.yaml", 0, "").onDisk().line())
                .as("nothing to look for: the template as a whole").isEqualTo(1);
        assertThat(located("mini-istio/charts/pilot/templates/deployment.yaml", 7, "column 3").onDisk().line())
                .as("a known line is kept").isEqualTo(7);
    }

    @Test
    void aTemplateInsideAPackagedSubchartIsTheArchiveWithoutALine() {
        Location where = located("mini-istio/charts/tracing/templates/deployment.yaml", 0, "Deployment/tracing");

        assertThat(where.onDisk()).isEqualTo(new SourceFile(MINI + "/charts/tracing-0.1.0.tgz", 0));
        assertThat(where.line()).isZero();
    }

    @Test
    void aFindingWithoutAFileIsPlacedOnTheChartAndAValuesFileIsLeftAlone() {
        assertThat(located("", 0, "global.hub").onDisk()).isEqualTo(new SourceFile(MINI + "/Chart.yaml", 1));
        assertThat(located("my-values.yaml", 4, "a.b").onDisk()).isNull();
        assertThat(located("other/templates/x.yaml", 0, "Deployment/x").onDisk()).as("not a template of this chart").isNull();
    }

    @Test
    void multiDocumentTemplatesPickTheDocumentThatNamesTheObject() {
        List<String> lines = List.of("apiVersion: v1", "kind: Service", "metadata:", "  name: a", "---",
                "apiVersion: v1", "kind: Service", "metadata:", "  name: b");

        assertThat(TemplateSources.lineOf("Service/b", lines)).isEqualTo(7);
        assertThat(TemplateSources.lineOf("Service/a", lines)).isEqualTo(2);
        assertThat(TemplateSources.lineOf("Service/ns/c", lines)).as("no document names it: the first").isEqualTo(2);
        assertThat(TemplateSources.lineOf("ConfigMap/a", lines)).as("no such kind: the template").isEqualTo(1);
    }
}
