package dev.helmshift.chart.yaml;

import dev.helmshift.chart.ChartYamlException;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plain scalars read as Helm reads them. Expected types and values were recorded from helm v4.1.4 on
 * src/test/resources/helm-probes/scalars, whose template prints {@code {{ printf "%T %v" $v $v }}} for every key.
 */
class YamlScalarsMatchHelmTest {

    static Map<String, Object> scalars() throws Exception {
        byte[] data = Files.readAllBytes(TestTools.projectDir().resolve("src/test/resources/helm-probes/scalars/values.yaml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> k = (Map<String, Object>) YamlReader.readTable(data, "values.yaml").get("k");
        return k;
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            big    | float64 | 1.2345678901234567E19
            big2   | float64 | 1000000.0
            bin    | float64 | 3.0
            date   | string  | 2001-12-14
            dot    | float64 | 0.5
            dotted | float64 | 1.0
            exp    | float64 | 1000.0
            false  | bool    | false
            hex    | float64 | 31.0
            nine   | float64 | 9.0
            oct    | float64 | 511.0
            plus   | float64 | 1.0
            sexa   | string  | 1:20
            str    | string  | 123
            true   | bool    | true
            under  | float64 | 1000.0
            """)
    void readsEachScalarWithHelmsType(String key, String goType, String value) throws Exception {
        Object actual = scalars().get(key);
        String type = switch (goType) {
            case "float64" -> "Double";
            case "bool" -> "Boolean";
            default -> "String";
        };
        assertThat(actual.getClass().getSimpleName()).isEqualTo(type);
        assertThat(String.valueOf(actual)).isEqualTo(value);
    }

    /** helm v4.1.4 prints {@code string 1e400} and {@code float64 1.8446744073709552e+19} for these (probed). */
    @Test
    void keepsAnOutOfRangeFloatAsTextAndReadsAnUnsignedHexNumber() {
        Map<String, Object> values = YamlReader.readTable("x: 1e400\nh: 0xFFFFFFFFFFFFFFFF\n".getBytes(StandardCharsets.UTF_8), "values.yaml");
        assertThat(values).containsExactly(Map.entry("x", "1e400"), Map.entry("h", 1.8446744073709552E19));
    }

    /** helm v4.1.4 renders {@code a: 2} for a values file {@code a: 1 / b: x / a: 2}: the last key wins, no warning. */
    @Test
    void letsTheLastOfDuplicateKeysWinWithoutAWarning() {
        java.util.List<java.util.logging.LogRecord> logged = new java.util.ArrayList<>();
        java.util.logging.Logger snake = java.util.logging.Logger.getLogger("org.yaml.snakeyaml");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        snake.addHandler(handler);
        try {
            Map<String, Object> values = YamlReader.readTable("a: 1\nb: x\na: 2\n".getBytes(StandardCharsets.UTF_8), "values.yaml");
            assertThat(values).containsExactly(Map.entry("a", 2.0), Map.entry("b", "x"));
        } finally {
            snake.removeHandler(handler);
        }
        assertThat(logged).isEmpty();
    }

    @Test
    void keepsNullsAndTurnsBooleanKeysIntoTheirText() throws Exception {
        Map<String, Object> k = scalars();
        assertThat(k).containsEntry("empty", null).containsEntry("tilde", null).containsEntry("nul", null);
        assertThat(k.keySet()).containsExactlyInAnyOrder("true", "false", "oct", "hex", "under", "exp", "dot", "date",
                "tilde", "empty", "big", "plus", "bin", "sexa", "nine", "str", "big2", "dotted", "nul");
    }

    @Test
    void refusesInfinityAsHelmDoes() {
        byte[] data = "a: 1\nb: .inf\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> YamlReader.readTable(data, "v.yaml"))
                .isInstanceOf(ChartYamlException.class)
                .hasMessage("v.yaml: failed to parse v.yaml: cannot unmarshal yaml document: "
                        + "error converting YAML to JSON: json: unsupported value: +Inf");
    }

    @Test
    void reportsMalformedYamlWithFileLineAndColumn() {
        byte[] data = "a: 1\nb: [x\nc: 2\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> YamlReader.readTable(data, "chart/values.yaml"))
                .isInstanceOf(ChartYamlException.class)
                .satisfies(e -> assertThat(((ChartYamlException) e).line()).isEqualTo(3))
                .hasMessage("chart/values.yaml:3:2: failed to parse chart/values.yaml: cannot unmarshal yaml document: "
                        + "error converting YAML to JSON: yaml: line 2: did not find expected ',' or ']'");
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        byte[] data = bomb.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> YamlReader.readTable(data, "bomb.yaml"))
                .isInstanceOf(ChartYamlException.class)
                .hasMessageEndingWith(": failed to parse bomb.yaml: cannot unmarshal yaml document: "
                        + "error converting YAML to JSON: yaml: document contains excessive aliasing"); // helm v4.1.4
    }

    @Test
    void mergesAnchoredMapsWithTheMergeKey() {
        byte[] data = "base: &b {x: 1, z: 2}\nderived:\n  <<: *b\n  z: 3\n".getBytes(StandardCharsets.UTF_8);
        assertThat(YamlReader.readTable(data, "v.yaml").get("derived")).isEqualTo(Map.of("x", 1.0, "z", 3.0));
    }

    /** helm v4.1.4 on a chart whose values.yaml is {@code a: [}: Helm's loader names the file its own way. */
    @Test
    void namesAChartsOwnValuesFileAsHelmsLoaderDoes() {
        byte[] data = "a: [\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> YamlReader.readChartValues(data, "c/values.yaml"))
                .isInstanceOf(ChartYamlException.class)
                .hasMessage("c/values.yaml:2:1: cannot load values.yaml: cannot unmarshal yaml document: "
                        + "error converting YAML to JSON: yaml: line 1: did not find expected node content");
    }

    /** Helm's LoadValues merges the documents of a values file; each document's lines count from the file's. */
    @Test
    void mergesTheDocumentsOfAValuesFileAndLocatesErrorsInTheFile() {
        byte[] data = "a:\n  x: 1\n---\na:\n  z: 2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(YamlReader.readTable(data, "v.yaml")).isEqualTo(Map.of("a", Map.of("x", 1.0, "z", 2.0)));
        byte[] bad = "a: 1\n---\nb: 2\nc:\n\t- x\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> YamlReader.readTable(bad, "v.yaml"))
                .hasMessage("v.yaml:5:1: failed to parse v.yaml: cannot unmarshal yaml document: "
                        + "error converting YAML to JSON: yaml: line 3: found character that cannot start any token");
        byte[] separator = "a: 1\n--- b: 2\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> YamlReader.readTable(separator, "v.yaml"))
                .hasMessage("v.yaml:2: failed to parse v.yaml: error reading yaml document: "
                        + "invalid Yaml document separator: b: 2");
    }
}
