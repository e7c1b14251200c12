package dev.helmshift.shift;

import dev.helmshift.k8s.KubeApi;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * fabric8's CRUD API server in this JVM, without Quarkus, answering through the dispatcher given (ApiServerLikeDispatcher
 * or a subclass that plays a slow or strict API server), with as many clients as a test needs.
 */
final class CrudApiServer implements AutoCloseable {
    private final KubernetesMockServer mock;
    private final List<NamespacedKubernetesClient> clients = new ArrayList<>();

    CrudApiServer(KubernetesCrudDispatcher dispatcher) {
        mock = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        mock.init();
    }

    /** A client of its own (its own connections), closed with the server. */
    KubeApi client() {
        NamespacedKubernetesClient client = mock.createClient();
        clients.add(client);
        return KubeApi.using(client);
    }

    /** The requests received since the last call, oldest first. */
    List<RecordedRequest> drain() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r = mock.takeRequest(200, TimeUnit.MILLISECONDS); r != null; r = mock.takeRequest(200, TimeUnit.MILLISECONDS)) {
            requests.add(r);
        }
        return requests;
    }

    @Override
    public void close() {
        clients.forEach(NamespacedKubernetesClient::close);
        mock.destroy();
    }
}
