package dev.helmshift.render;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rendering istio-1.0.4 (all 12 profiles, analysis mode so the failing profiles count too) in a warm JVM: the chart
 * is loaded once, each operation resolves values and renders every profile. Run with {@code bash bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    @Param("../shared/corpus/istio-1.0.4/istio")
    public String chartPath;

    private Chart chart;
    private List<Profile> profiles;
    private ChartRenderService service;
    private RenderOptions options;

    @Setup
    public void load() {
        chart = ChartLoader.load(Path.of(chartPath));
        profiles = chart.profiles();
        service = ChartRenderService.withHelmFunctions();
        options = RenderOptions.helmDefaults().withRelease("istio", "istio-system").collectingErrors();
    }

    /** All 12 profiles of istio-1.0.4, one after the other. */
    @Benchmark
    public void renderAllProfiles(Blackhole sink) {
        for (Profile profile : profiles) {
            sink.consume(service.render(chart, ValueInputs.profile(profile.name()), options));
        }
    }
}
