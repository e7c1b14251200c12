package dev.helmshift.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainValuesTest {

    record Port(String name, int number) {
    }

    enum Phase { PROGRESSING }

    @Test
    void jsonWritesPlainMapsListsScalarsAndTrees() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "web");
        root.put("ports", List.of(80L, 443, new BigInteger("18446744073709551615"), 1.5));
        root.put("ready", true);
        root.put("none", null);
        root.put("tree", JsonNodeFactory.instance.objectNode().put("k", "v"));

        assertThat(Json.compact(root)).isEqualTo(
                "{\"name\":\"web\",\"ports\":[80,443,18446744073709551615,1.5],\"ready\":true,\"none\":null,\"tree\":{\"k\":\"v\"}}");
    }

    @Test
    void jsonRefusesARecordAndSaysWhereItIs() {
        Map<String, Object> root = Map.of("ports", List.of(Map.of("port", new Port("http", 80))));

        assertThatThrownBy(() -> Json.write(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON/YAML output takes plain values only, but $.ports[0].port is a "
                        + "dev.helmshift.report.PlainValuesTest$Port (build a Map, a List or a Jackson ObjectNode for it,"
                        + " and write an enum with name(): binding objects by reflection breaks the native image)");
    }

    @Test
    void jsonRefusesAnEnumValueInsteadOfIntrospectingIt() {
        assertThatThrownBy(() -> Json.compact(Map.of("phase", Phase.PROGRESSING)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON/YAML output takes plain values only, but $.phase is a "
                        + "dev.helmshift.report.PlainValuesTest$Phase");
    }

    @Test
    void jsonTreeRefusesAMapWithNonStringKeys() {
        Map<Object, Object> byPort = new LinkedHashMap<>();
        byPort.put(80, "http");

        assertThatThrownBy(() -> Json.tree(List.of(byPort)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON/YAML output takes plain values only, but $[0] (a map key) is a java.lang.Integer");
    }

    @Test
    void yamlTextRefusesARecordToo() {
        List<Object> list = new ArrayList<>();
        list.add(new Port("http", 80));

        assertThatThrownBy(() -> YamlText.write(list))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JSON/YAML output takes plain values only, but $[0] is a dev.helmshift.report.PlainValuesTest$Port");
    }
}
