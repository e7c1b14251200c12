package dev.helmshift.chart.load;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Template;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed .tgz subcharts hold exactly their source folders (charts-fixtures/build-archives.sh rebuilds them). */
class ArchiveFixturesTest {

    @Test
    void tracingArchiveHoldsExactlyItsSourceFolder() {
        Chart fromArchive = ChartLoader.load(TestTools.fixture("mini-istio/charts/tracing-0.1.0.tgz"));
        Chart fromSource = ChartLoader.load(TestTools.fixture("src/tracing"));
        assertThat(fromArchive.metadata()).isEqualTo(fromSource.metadata());
        assertThat(fromArchive.values()).isEqualTo(fromSource.values());
        assertThat(fromArchive.templates()).extracting(Template::path, Template::text)
                .isEqualTo(fromSource.templates().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.path(), t.text())).toList());
        assertThat(fromArchive.files().paths()).isEqualTo(fromSource.files().paths());
    }
}
