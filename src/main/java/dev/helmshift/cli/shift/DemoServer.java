package dev.helmshift.cli.shift;

import dev.helmshift.error.BadInputException;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.RouteEditor;
import dev.helmshift.shift.PolicyLoader;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.demo.DemoCluster;
import dev.helmshift.shift.demo.SimulatedPrometheus;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code shift demo --serve DIR}: the demo's API server and simulated Prometheus, kept running for the other shift
 * commands to drive by hand (or for a start-up benchmark or cache training run to step against). It writes
 * DIR/kubeconfig and DIR/policy.yaml; the simulated metrics follow the VirtualService's live v2 weight.
 */
final class DemoServer {
    static final String KUBECONFIG = "kubeconfig";
    static final String POLICY = "policy.yaml";

    private DemoServer() {
    }

    static int serve(Path dir, int failAt, PrintWriter out) throws InterruptedException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("cannot create the --serve folder " + dir + ": " + e.getClass().getSimpleName(), "give a writable folder");
        }
        try (DemoCluster cluster = DemoCluster.start()) {
            String template = DemoCluster.resource(DemoCommand.POLICY);
            // Parsed only for the route's names; the Prometheus URL is filled in once the simulation listens.
            ShiftPolicy policy = new PolicyLoader().loadText(DemoCommand.POLICY, template.replace("PROMETHEUS_URL", "http://127.0.0.1:1"), null).get(0);
            IstioApi istio = new IstioApi(cluster.api());
            RouteEditor editor = new RouteEditor(policy.namespace(), policy.host(), policy.from(), policy.to());
            try (SimulatedPrometheus prometheus = new SimulatedPrometheus(() -> istio.readVirtualService(policy.namespace(),
                    policy.virtualService(), null).map(vs -> editor.read(vs, policy.headerRouteHeaders()).toWeight()).orElse(0), failAt)) {
                writeAtomically(dir.resolve(POLICY), template.replace("PROMETHEUS_URL", prometheus.url()));
                writeAtomically(dir.resolve(KUBECONFIG), kubeconfig(cluster.masterUrl()));
                Path kubeconfig = dir.resolve(KUBECONFIG).toAbsolutePath();
                Path policyFile = dir.resolve(POLICY).toAbsolutePath();
                out.println("helmshift demo: serving the flaskapp objects at " + cluster.masterUrl() + " and simulated Prometheus at "
                        + prometheus.url() + (failAt > 0 ? " (v2 fails from " + failAt + "%)" : "") + "; stop with Ctrl-C");
                out.println("try: KUBECONFIG=" + kubeconfig + " helmshift shift step --policy " + policyFile);
                out.flush();
                Thread.currentThread().join();
                return 0;
            }
        }
    }

    /** A kubeconfig with a token user: the demo server accepts any credentials. */
    static String kubeconfig(String masterUrl) {
        return """
                apiVersion: v1
                kind: Config
                clusters: [{name: helmshift-demo, cluster: {server: "%s"}}]
                users: [{name: helmshift-demo, user: {token: demo}}]
                contexts: [{name: helmshift-demo, context: {cluster: helmshift-demo, user: helmshift-demo, namespace: default}}]
                current-context: helmshift-demo
                """.formatted(masterUrl);
    }

    /** Written to a temporary name and moved, so a script waiting for the file never reads half of it. */
    private static void writeAtomically(Path target, String text) {
        try {
            Path tmp = Files.writeString(target.resolveSibling(target.getFileName() + ".tmp"), text);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + target + ": " + e.getClass().getSimpleName(), "give a writable folder to --serve");
        }
    }
}
