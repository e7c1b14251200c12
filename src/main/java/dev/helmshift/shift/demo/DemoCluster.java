package dev.helmshift.shift.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.report.Json;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;

/**
 * An in-process Kubernetes API server (fabric8's CRUD mock) seeded with the quick start's flaskapp objects in
 * networking.istio.io/v1alpha3, so a newcomer can watch a rollout without a cluster.
 */
public final class DemoCluster implements AutoCloseable {
    public static final String OBJECTS = "demo/flaskapp.yaml";

    private final KubernetesMockServer server;
    private final NamespacedKubernetesClient client;
    private final KubeApi api;

    private DemoCluster() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new ApiServerLikeDispatcher(), false);
        server.init();
        client = server.createClient();
        api = KubeApi.using(client);
    }

    /** Starts the server on a free loopback port and creates the flaskapp objects. */
    public static DemoCluster start() {
        DemoCluster cluster = new DemoCluster();
        seed(cluster.api, resource(OBJECTS));
        return cluster;
    }

    public KubeApi api() {
        return api;
    }

    /** The URL of the in-process API server. */
    public String masterUrl() {
        return client.getMasterUrl().toString();
    }

    /** Creates every object of a multi-document YAML text through the API, as kubectl create -f would. */
    public static void seed(KubeApi api, String yamlText) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Object doc : yaml.loadAll(yamlText)) {
            if (doc == null) {
                continue;
            }
            ObjectNode object = (ObjectNode) Json.tree(doc);
            api.create(collectionPath(object), object);
        }
    }

    /** The API collection an object belongs to, e.g. /apis/apps/v1/namespaces/default/deployments. */
    public static String collectionPath(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String plural = object.path("kind").asText().toLowerCase(Locale.ROOT) + "s";
        String namespace = object.path("metadata").path("namespace").asText("default");
        String prefix = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
        return prefix + "/namespaces/" + namespace + "/" + plural;
    }

    public static String resource(String name) {
        try (InputStream in = DemoCluster.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
