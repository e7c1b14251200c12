package dev.helmshift.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.report.Json;
import dev.helmshift.shift.demo.DemoCluster;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * A standalone API server for timing whole {@code shift step} processes (not a test): the flaskapp objects plus N
 * copies of the VirtualService, a kubeconfig pointing at it, and N policies in a folder. Usage:
 * {@code LocalApiServer OUT_DIR [N] [fabric8|indexed]}; runs until killed.
 * <ul>
 *   <li>{@code fabric8} (default): fabric8's CRUD server, the one the tests use; it scans every stored object under
 *       one lock for each request, so its cost per request grows with N;</li>
 *   <li>{@code indexed}: {@link IndexedApiServer}, indexed like kube-apiserver, so what is timed is the controller.</li>
 * </ul>
 */
public final class LocalApiServer {
    static final String VSS = "/apis/networking.istio.io/v1alpha3/namespaces/default/virtualservices";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String kind = args.length > 2 ? args[2] : "fabric8";
        String url;
        BiConsumer<String, ObjectNode> create;
        ObjectNode vs = null;
        if (kind.equals("indexed")) {
            IndexedApiServer server = IndexedApiServer.start(4);
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(DemoCluster.resource(DemoCluster.OBJECTS))) {
                if (doc != null) {
                    ObjectNode object = server.create(DemoCluster.collectionPath(Json.tree(doc)), (ObjectNode) Json.tree(doc));
                    if (object.path("kind").asText().equals("VirtualService")) {
                        vs = object;
                    }
                }
            }
            url = server.url();
            create = server::create;
        } else if (kind.equals("fabric8")) {
            DemoCluster cluster = DemoCluster.start();
            url = cluster.masterUrl();
            create = (path, object) -> cluster.api().create(path, object);
            vs = cluster.api().get(VSS + "/flaskapp").orElseThrow();
        } else {
            throw new IllegalArgumentException("server kind must be fabric8 or indexed, got " + kind);
        }
        Path policies = Files.createDirectories(out.resolve("policies"));
        for (int i = 0; i < copies; i++) {
            ObjectNode copy = vs.deepCopy();
            copy.set("metadata", new ObjectMapper().createObjectNode().put("name", "flaskapp-" + i).put("namespace", "default"));
            create.accept(VSS, copy);
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
                """.formatted(url));
        System.out.println("ready " + url);
        Thread.currentThread().join();
    }
}
