package dev.helmshift.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.shift.demo.DemoCluster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A standalone API server for timing whole {@code shift step} processes (not a test): fabric8's CRUD server with the
 * flaskapp objects plus N copies of the VirtualService, a kubeconfig pointing at it, and N policies in a folder.
 * Usage: LocalApiServer OUT_DIR [N]. Runs until killed.
 */
public final class LocalApiServer {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        DemoCluster cluster = DemoCluster.start();
        String vss = "/apis/networking.istio.io/v1alpha3/namespaces/default/virtualservices";
        ObjectNode vs = cluster.api().get(vss + "/flaskapp").orElseThrow();
        Path policies = Files.createDirectories(out.resolve("policies"));
        for (int i = 0; i < copies; i++) {
            ObjectNode copy = vs.deepCopy();
            copy.set("metadata", new ObjectMapper().createObjectNode().put("name", "flaskapp-" + i).put("namespace", "default"));
            cluster.api().create(vss, copy);
            Files.writeString(policies.resolve(String.format("p%04d.yaml", i)), """
                    apiVersion: helmshift.dev/v1
                    kind: ShiftPolicy
                    metadata: {name: flaskapp-%d, namespace: default}
                    spec: {virtualService: flaskapp-%d, host: flaskapp, from: v1, to: v2, steps: [10, 50, 100], interval: 1m,
                           gates: {readiness: {deployment: flaskapp-v2}}}
                    """.formatted(i, i));
        }
        Files.writeString(out.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters: [{name: local, cluster: {server: "%s", insecure-skip-tls-verify: true}}]
                users: [{name: local, user: {token: local}}]
                contexts: [{name: local, context: {cluster: local, user: local, namespace: default}}]
                current-context: local
                """.formatted(cluster.masterUrl()));
        System.out.println("ready " + cluster.masterUrl());
        Thread.currentThread().join();
    }
}
