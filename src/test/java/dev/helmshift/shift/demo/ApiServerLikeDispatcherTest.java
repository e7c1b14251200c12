package dev.helmshift.shift.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.ConflictException;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import org.junit.jupiter.api.Test;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A stale write, as two steppers produce it, against fabric8's CRUD server: with our dispatcher it is refused with
 * 422 like kube-apiserver refuses it; with the stock one no answer ever comes, and the write still ends as a
 * conflict, not an overwrite. A fresh write replaces the route list rather than concatenating it.
 */
class ApiServerLikeDispatcherTest {
    static final String VSS = "/apis/networking.istio.io/v1alpha3/namespaces/default/virtualservices";

    @Test
    void aStaleJsonPatchIsRefusedWith422AndBecomesAConflictWhileAFreshOneReplacesTheRoutes() {
        try (Server s = new Server(new ApiServerLikeDispatcher())) {
            ObjectNode read = s.seedAndTouch();
            ObjectNode stale = read.deepCopy();
            ObjectNode before = s.api.get(VSS + "/flaskapp").orElseThrow();

            ConflictException conflict = catchThrowableOfType(() -> s.istio.patchVirtualService(stale, edited(stale)), ConflictException.class);
            assertThat(conflict.status()).isEqualTo(422);
            assertThat(s.api.get(VSS + "/flaskapp").orElseThrow()).isEqualTo(before);

            ObjectNode written = s.istio.patchVirtualService(before, edited(before));
            assertThat(written.path("spec").path("http")).isEqualTo(edited(before).path("spec").path("http"));
            assertThat(written.path("spec").path("http").size()).as("replaced, not concatenated").isEqualTo(before.path("spec").path("http").size());
            assertThat(written.path("metadata").path("annotations").path("helmshift.dev/state").asText()).isEqualTo("{\"phase\":\"Progressing\"}");
        }
    }

    @Test
    void theStockCrudServerNeverAnswersAStaleJsonPatchAndTheWriteStillEndsAsAConflictAfterTheTimeout() {
        try (Server s = new Server(new KubernetesCrudDispatcher())) {
            ObjectNode stale = s.seedAndTouch();
            ObjectNode before = s.api.get(VSS + "/flaskapp").orElseThrow();
            long start = System.nanoTime();
            ConflictException conflict = catchThrowableOfType(() -> s.istio.patchVirtualService(stale, edited(stale)), ConflictException.class);
            assertThat(conflict.status()).as("no answer").isZero();
            assertThat((System.nanoTime() - start) / 1_000_000_000.0).isBetween(9.0, 30.0);
            assertThat(s.api.get(VSS + "/flaskapp").orElseThrow()).isEqualTo(before);
        }
    }

    /** The read with 50/50 weights and a state annotation. */
    static ObjectNode edited(ObjectNode read) {
        ObjectNode copy = read.deepCopy();
        ObjectNode route = (ObjectNode) copy.path("spec").path("http").get(0);
        route.putArray("route").addObject().put("weight", 50).putObject("destination").put("host", "flaskapp").put("subset", "v1");
        ((com.fasterxml.jackson.databind.node.ArrayNode) route.path("route")).addObject().put("weight", 50)
                .putObject("destination").put("host", "flaskapp").put("subset", "v2");
        ((ObjectNode) copy.path("metadata")).putObject("annotations").put("helmshift.dev/state", "{\"phase\":\"Progressing\"}");
        return copy;
    }

    private static final class Server implements AutoCloseable {
        final KubernetesMockServer server;
        final NamespacedKubernetesClient client;
        final KubeApi api;
        final IstioApi istio;

        Server(Dispatcher dispatcher) {
            server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
            server.init();
            client = server.createClient();
            api = KubeApi.using(client);
            istio = new IstioApi(api);
        }

        /** Creates the quick start's VirtualService, returns it as read, then lets "someone else" change it. */
        ObjectNode seedAndTouch() {
            DemoCluster.seed(api, DemoCluster.resource(DemoCluster.OBJECTS));
            ObjectNode read = api.get(VSS + "/flaskapp").orElseThrow();
            ObjectNode other = read.deepCopy();
            ((ObjectNode) other.path("metadata")).putObject("labels").put("touched", "by-someone-else");
            api.replace(VSS + "/flaskapp", other);
            return read;
        }

        @Override
        public void close() {
            client.close();
            server.destroy();
        }
    }
}
