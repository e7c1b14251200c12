package dev.helmshift.analysis.validate;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A -f file as Helm reads it (render sees the same values), with the line of each key path for findings. */
class LocatedValuesTest {

    @Test
    void readsEveryDocumentAsHelmDoesAndKnowsTheLineOfEachKey() {
        LocatedValues v = LocatedValues.parse("v.yaml", "pilot:\t\n  enabled: on\n  \"a.b\": 1\n---\nmixer: {x: 017}\n");
        assertThat(v.values()).isEqualTo(Map.of("pilot", Map.of("enabled", true, "a.b", 1.0),
                "mixer", Map.of("x", 15.0)));
        assertThat(v.lineOf("pilot")).isEqualTo(1);
        assertThat(v.lineOf("pilot.enabled")).isEqualTo(2);
        assertThat(v.lineOf("pilot[\"a.b\"]")).isEqualTo(3);
        assertThat(v.lineOf("mixer.x")).isEqualTo(5);
    }

    @Test
    void refusesWhatHelmRefusesWithItsText() {
        assertThatThrownBy(() -> LocatedValues.parse("v.yaml", "a:\n\tb: 1\n"))
                .isInstanceOf(ValuesFileException.class)
                .hasMessage("v.yaml:2: failed to parse v.yaml: cannot unmarshal yaml document: error converting YAML "
                        + "to JSON: yaml: line 2: found character that cannot start any token");
    }
}
