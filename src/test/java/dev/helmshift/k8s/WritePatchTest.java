package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WritePatchTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode vs(String metadataExtra, String http) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"apiVersion":"networking.istio.io/v1alpha3","kind":"VirtualService",
                 "metadata":{"name":"flaskapp","namespace":"default","resourceVersion":"42"%s},
                 "spec":{"hosts":["flaskapp"],"http":%s}}""".formatted(metadataExtra, http));
    }

    @Test
    void startsWithTheResourceVersionTestThenReplacesTheRoutesAndCreatesTheAnnotationsWhenThereAreNone() throws Exception {
        ObjectNode read = vs("", "[{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\"}}]}]");
        ObjectNode edited = vs(",\"annotations\":{\"helmshift.dev/state\":\"{}\"}",
                "[{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\"},\"weight\":90},"
                        + "{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v2\"},\"weight\":10}]}]");
        assertThat(WritePatch.between(read, edited).toString()).isEqualTo("["
                + "{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"42\"},"
                + "{\"op\":\"replace\",\"path\":\"/spec/http\",\"value\":" + edited.path("spec").path("http") + "},"
                + "{\"op\":\"add\",\"path\":\"/metadata/annotations\",\"value\":{\"helmshift.dev/state\":\"{}\"}}]");
    }

    @Test
    void touchesOnlyTheStateAnnotationWhenTheRoutesAndOtherAnnotationsAreUnchanged() throws Exception {
        String http = "[{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\"}}]}]";
        ObjectNode read = vs(",\"annotations\":{\"owner\":\"alice\",\"helmshift.dev/state\":\"old\"}", http);
        ObjectNode edited = vs(",\"annotations\":{\"owner\":\"alice\",\"helmshift.dev/state\":\"new\"}", http);
        assertThat(WritePatch.between(read, edited).toString()).isEqualTo("["
                + "{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"42\"},"
                + "{\"op\":\"replace\",\"path\":\"/metadata/annotations/helmshift.dev~1state\",\"value\":\"new\"}]");

        ObjectNode withoutState = vs(",\"annotations\":{\"owner\":\"alice\"}", http);
        assertThat(WritePatch.between(withoutState, edited).get(1).toString())
                .isEqualTo("{\"op\":\"add\",\"path\":\"/metadata/annotations/helmshift.dev~1state\",\"value\":\"new\"}");
    }

    @Test
    void refusesAnObjectWithoutResourceVersionAndEditsBeyondRoutesAndAnnotations() throws Exception {
        ObjectNode read = vs("", "[]");
        ObjectNode noVersion = read.deepCopy();
        ((ObjectNode) noVersion.path("metadata")).remove("resourceVersion");
        assertThatThrownBy(() -> WritePatch.between(noVersion, read)).hasMessageContaining("without a resourceVersion precondition");

        ObjectNode hosts = read.deepCopy();
        ((ObjectNode) hosts.path("spec")).putArray("hosts").add("other");
        assertThatThrownBy(() -> WritePatch.between(read, hosts)).hasMessageContaining("only spec.http and annotations");
    }
}
