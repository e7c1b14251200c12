package dev.helmshift.shift.demo;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.zjsonpatch.JsonPatchException;

/**
 * fabric8's CRUD dispatcher, answering a JSON Patch that cannot be applied (a failed {@code test} op above all) the way
 * a real kube-apiserver does: 422 with a Status whose reason is Invalid. Stock fabric8 7.5.2 lets the exception escape
 * and never answers the request, so a client waits for its timeout instead of seeing the conflict.
 */
public class ApiServerLikeDispatcher extends KubernetesCrudDispatcher {
    @Override
    public MockResponse handlePatch(RecordedRequest request) {
        try {
            return super.handlePatch(request);
        } catch (JsonPatchException e) {
            String message = String.valueOf(e.getMessage()).replace("\\", "\\\\").replace("\"", "\\\"");
            return new MockResponse().setResponseCode(422).setHeader("Content-Type", "application/json")
                    .setBody("{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\",\"code\":422,\"reason\":\"Invalid\","
                            + "\"message\":\"" + message + "\"}");
        }
    }
}
