package dev.helmshift.shift;

import dev.helmshift.shift.demo.DemoCluster;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One controller decision in a warm JVM, on the demo's policy (steps 10/25/50/75/100, header route, readiness and
 * Prometheus gates, failureThreshold 2) with a rollout progressing at 50% and a full history of 20 entries, as a
 * VirtualService carries it after a long rollout. Plus the state annotation's encode and decode, which every step does
 * once each. Run with {@code bash bench/jmh.sh StepPlannerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepPlannerBenchmark {
    private static final Instant SINCE = Instant.parse("2026-01-01T00:10:00Z");
    private static final Instant NOW = SINCE.plusSeconds(5);

    private ShiftPolicy policy;
    private RolloutState atHalf;
    private RolloutState oneFailureBehind;
    private Observations passing;
    private Observations failing;
    private String annotation;

    @Setup
    public void setUp() {
        String yaml = DemoCluster.resource("demo/policy.yaml").replace("PROMETHEUS_URL", "http://prometheus:9090");
        policy = new PolicyLoader().loadText("demo/policy.yaml", yaml, "default").get(0);
        CheckResult ready = CheckResult.success("readiness", 1.0, "deployment flaskapp-v2: 2/2 available");
        List<CheckResult> good = List.of(
                CheckResult.success("prometheus.successRate", 99.8, "success rate 99.8% >= 99%"),
                CheckResult.success("prometheus.latencyP99Ms", 212.0, "p99 latency 212 ms <= 500 ms"));
        List<CheckResult> bad = List.of(
                CheckResult.failure("prometheus.successRate", 91.5, "success rate 91.5% < 99%"),
                CheckResult.success("prometheus.latencyP99Ms", 230.0, "p99 latency 230 ms <= 500 ms"));
        List<HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < RolloutState.HISTORY_LIMIT; i++) {
            history.add(new HistoryEntry(SINCE.minusSeconds(20L - i), i % 2 == 0 ? "Advance" : "Hold", 50,
                    "step " + i + " of the rollout", good));
        }
        atHalf = new RolloutState(Phase.Progressing, 50, 2, true, 0, 0, SINCE, "advanced to 50%", history);
        oneFailureBehind = new RolloutState(Phase.Progressing, 50, 2, true, 1, 0, SINCE, "check failed (1/2)", history);
        LiveRoute live = new LiveRoute(50, 50, true);
        passing = new Observations(live, ready, good);
        failing = new Observations(live, ready, bad);
        annotation = StateCodec.encode(atHalf);
    }

    /** Checks pass at 50%: advance to 75%. */
    @Benchmark
    public Decision advanceWhenChecksPass() {
        return StepPlanner.decide(policy, atHalf, passing, NOW);
    }

    /** A check fails at 50%, the first time: hold and count it. */
    @Benchmark
    public Decision holdOnAFirstFailedCheck() {
        return StepPlanner.decide(policy, atHalf, failing, NOW);
    }

    /** A check fails again: the threshold (2) is reached, roll back to v1. */
    @Benchmark
    public Decision rollBackAtTheFailureThreshold() {
        return StepPlanner.decide(policy, oneFailureBehind, failing, NOW);
    }

    /** The state annotation written after a decision (20 history entries). */
    @Benchmark
    public String encodeState() {
        return StateCodec.encode(atHalf);
    }

    /** The state annotation read at the start of a step. */
    @Benchmark
    public RolloutState decodeState() {
        return StateCodec.decode(annotation);
    }

    /** Both, as one step does them. */
    @Benchmark
    public RolloutState encodeThenDecodeState() {
        return StateCodec.decode(StateCodec.encode(atHalf));
    }
}
