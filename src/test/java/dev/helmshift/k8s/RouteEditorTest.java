package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteEditorTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final RouteEditor editor = new RouteEditor("default", "flaskapp", "v1", "v2");

    static ObjectNode vs(String http) throws Exception {
        return (ObjectNode) JSON.readTree("{\"metadata\":{\"name\":\"flaskapp\",\"namespace\":\"default\"},\"spec\":{\"http\":" + http + "}}");
    }

    @ParameterizedTest(name = "{0} and {1} -> {2}")
    @CsvSource({
            "flaskapp, flaskapp.default.svc.cluster.local, true",
            "flaskapp.default, flaskapp.default.svc, true",
            "flaskapp.default.svc.cluster.local., flaskapp, true",
            "flaskapp.other, flaskapp, false",
            "reviews, flaskapp, false",
    })
    void hostSpellingsOfOneServiceAreTheSame(String a, String b, boolean same) {
        assertThat(HostNames.same(a, b, "default")).isEqualTo(same);
    }

    @Test
    void aSingleDestinationBecomesAWeightedPairKeepingItsOtherFields() throws Exception {
        ObjectNode vs = vs("[{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\",\"port\":{\"number\":80}}}],\"timeout\":\"5s\"}]");
        assertThat(editor.read(vs, null)).isEqualTo(new RouteEditor.LiveRoute(0, 100, 0, false));
        editor.setWeights(vs, null, 10);
        assertThat(vs.path("spec").path("http").toString()).isEqualTo("[{\"route\":["
                + "{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\",\"port\":{\"number\":80}},\"weight\":90},"
                + "{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v2\",\"port\":{\"number\":80}},\"weight\":10}],"
                + "\"timeout\":\"5s\"}]");
    }

    @Test
    void prefersTheCatchAllRouteAndLeavesMatchRoutesAlone() throws Exception {
        String userHeaderRoute = "{\"match\":[{\"headers\":{\"end-user\":{\"exact\":\"jason\"}}}],"
                + "\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v2\"}}]}";
        ObjectNode vs = vs("[" + userHeaderRoute + ",{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\"}}]}]");
        editor.setWeights(vs, null, 50);
        assertThat(vs.path("spec").path("http").get(0).toString()).isEqualTo(userHeaderRoute);
        assertThat(editor.read(vs, null).toWeight()).isEqualTo(50);
    }

    @Test
    void theHeaderRouteIsAddedFirstOnceAndRemovedCleanly() throws Exception {
        JsonNode headers = JSON.readTree("{\"x-canary\":{\"exact\":\"true\"}}");
        ObjectNode vs = vs("[{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\"}}]}]");
        String original = vs.toString();
        editor.addHeaderRoute(vs, headers);
        editor.addHeaderRoute(vs, headers);
        assertThat(vs.path("spec").path("http")).hasSize(2);
        assertThat(editor.read(vs, headers).headerRoute()).isTrue();
        editor.removeHeaderRoute(vs, headers);
        assertThat(vs.toString()).isEqualTo(original);
    }

    @Test
    void aRouteToAThirdSubsetIsRefusedRatherThanGuessed() throws Exception {
        ObjectNode vs = vs("[{\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v1\"},\"weight\":50},"
                + "{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v3\"},\"weight\":50}]}]");
        assertThatThrownBy(() -> editor.read(vs, null)).isInstanceOf(RouteEditor.RouteException.class)
                .hasMessage("VirtualService default/flaskapp: the route to flaskapp also sends traffic to subset 'v3', which is neither v1 nor v2");
    }

    @Test
    void noRouteToTheServiceIsAnError() throws Exception {
        ObjectNode vs = vs("[{\"route\":[{\"destination\":{\"host\":\"reviews\"}}]}]");
        assertThatThrownBy(() -> editor.read(vs, null)).isInstanceOf(RouteEditor.RouteException.class)
                .hasMessage("VirtualService default/flaskapp has no HTTP route whose destinations are host flaskapp");
    }
}
