package dev.helmshift.cli.shift;

import dev.helmshift.error.BadInputException;
import dev.helmshift.error.ExitCode;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.shift.ClusterGates;
import dev.helmshift.shift.Phase;
import dev.helmshift.shift.PolicyLoader;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.ShiftRunner;
import dev.helmshift.shift.StepResult;
import dev.helmshift.shift.demo.DemoCluster;
import dev.helmshift.shift.demo.SimulatedPrometheus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A full rollout without a cluster: fabric8's API server in-process with the flaskapp objects, simulated Istio metrics,
 * the real planner, gates and writes. {@code --fail-at 50} makes v2 return 5xx from 50% on, to show a rollback.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run a whole rollout against an in-process API server with simulated metrics.")
class DemoCommand implements Callable<Integer> {
    static final String POLICY = "demo/policy.yaml";

    @Option(names = "--fail-at", paramLabel = "WEIGHT", defaultValue = "0",
            description = "From this weight of v2 on, the simulated metrics go bad (1-100; default 0: never).")
    int failAt;

    @Option(names = "--serve", paramLabel = "DIR",
            description = "Do not roll out: keep the demo API server and simulated Prometheus running, write DIR/kubeconfig "
                    + "and DIR/policy.yaml, and wait (Ctrl-C stops), so the other shift commands can drive it.")
    Path serve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (failAt < 0 || failAt > 100) {
            throw new BadInputException("--fail-at must be between 1 and 100 (or 0: never), got " + failAt, "e.g. --fail-at 50");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (serve != null) {
            return DemoServer.serve(serve, failAt, out);
        }
        AtomicInteger weight = new AtomicInteger();
        try (DemoCluster cluster = DemoCluster.start(); SimulatedPrometheus prometheus = new SimulatedPrometheus(weight::get, failAt)) {
            String text = DemoCluster.resource(POLICY).replace("PROMETHEUS_URL", prometheus.url());
            ShiftPolicy policy = new PolicyLoader().loadText(POLICY, text, null).get(0);
            IstioApi istio = new IstioApi(cluster.api());
            ShiftRunner runner = new ShiftRunner(istio, new ClusterGates(istio), Clock.systemUTC());
            out.println("helmshift demo: in-process API server with the flaskapp quick start (VirtualService " + policy.target()
                    + ", v1alpha3); v2 " + (failAt > 0 ? "starts failing at " + failAt + "%" : "stays healthy"));
            out.println("policy: steps " + policy.steps() + ", interval 1s, header route x-canary: true, failureThreshold "
                    + policy.failureThreshold());
            out.flush();
            long start = System.nanoTime();
            for (int round = 1; round <= 40; round++) {
                StepResult result = runner.step(policy, false);
                weight.set(result.state().weight());
                if (result.written()) {
                    out.printf("%5.1fs  %s %-11s %s%n", (System.nanoTime() - start) / 1e9, Views.bar(result.state().weight()),
                            result.state().phase(), result.decision().reason());
                    out.flush();
                }
                Phase phase = result.state().phase();
                if (phase.terminal()) {
                    out.println("done: " + phase + (phase == Phase.Promoted ? ", all traffic on v2" : ", all traffic back on v1")
                            + "; try: helmshift shift demo" + (failAt > 0 ? "" : " --fail-at 50"));
                    out.flush();
                    return phase == Phase.Promoted ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
                }
                Thread.sleep(policy.interval().toMillis());
            }
            out.println("the demo did not finish in 40 rounds");
            return ExitCode.INTERNAL.code();
        }
    }
}
