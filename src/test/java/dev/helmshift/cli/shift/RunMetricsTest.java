package dev.helmshift.cli.shift;

import dev.helmshift.error.BadInputException;
import dev.helmshift.shift.Phase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunMetricsTest {
    static final List<RunMetrics.Rollout> ROLLOUTS = List.of(
            new RunMetrics.Rollout("flaskapp", "default", "flaskapp", 25, 1, Phase.Progressing),
            new RunMetrics.Rollout("new", "team-a", "web", 0, 0, null));

    @Test
    void gaugesAreWrittenInPrometheusTextFormatWithOnePhaseSeriesPerPhase() {
        String phases = "";
        for (Phase phase : Phase.values()) {
            phases += "helmshift_shift_phase{namespace=\"default\",policy=\"flaskapp\",virtual_service=\"flaskapp\",phase=\""
                    + phase + "\"} " + (phase == Phase.Progressing ? 1 : 0) + "\n";
        }
        for (Phase phase : Phase.values()) {
            phases += "helmshift_shift_phase{namespace=\"team-a\",policy=\"new\",virtual_service=\"web\",phase=\"" + phase + "\"} 0\n";
        }
        assertThat(RunMetrics.text(ROLLOUTS)).isEqualTo("""
                # HELP helmshift_shift_weight Percent of traffic on the target subset
                # TYPE helmshift_shift_weight gauge
                helmshift_shift_weight{namespace="default",policy="flaskapp",virtual_service="flaskapp"} 25
                helmshift_shift_weight{namespace="team-a",policy="new",virtual_service="web"} 0
                # HELP helmshift_shift_failed_checks Failed checks since the last weight change
                # TYPE helmshift_shift_failed_checks gauge
                helmshift_shift_failed_checks{namespace="default",policy="flaskapp",virtual_service="flaskapp"} 1
                helmshift_shift_failed_checks{namespace="team-a",policy="new",virtual_service="web"} 0
                # HELP helmshift_shift_phase 1 for the rollout's current phase
                # TYPE helmshift_shift_phase gauge
                """ + phases);
    }

    @Test
    void labelValuesEscapeBackslashQuoteAndNewline() {
        assertThat(RunMetrics.escape("a\\b\"c\nd")).isEqualTo("a\\\\b\\\"c\\nd");
    }

    @Test
    void theEndpointAnswersEachScrapeWithTheCurrentRolloutsOnBothPaths() throws Exception {
        try (RunMetrics metrics = RunMetrics.serve(0, () -> ROLLOUTS)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/q/metrics", "/metrics")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + metrics.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValue(RunMetrics.CONTENT_TYPE);
                assertThat(response.body()).isEqualTo(RunMetrics.text(ROLLOUTS));
            }
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metrics.port() + "/q/metrics/x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPortInUseIsBadInputNamingThePort() {
        try (RunMetrics first = RunMetrics.serve(0, List::of)) {
            assertThatThrownBy(() -> RunMetrics.serve(first.port(), List::of))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("cannot serve metrics on port " + first.port() + ": ");
        }
    }
}
