package dev.helmshift.goyaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SigsYaml}: YAML as Helm reads it. Expectations are helm v4.1.4's (a {@code -f} values file printed back with
 * {@code toJson}); the wider table is {@code YamlDifferentialTest}. These pin the rules that are easy to break.
 */
class SigsYamlTest {

    private static Object read(String yaml) {
        return SigsYaml.toJson(yaml, GoTarget.ANY);
    }

    private static String error(String yaml) {
        try {
            read(yaml);
        } catch (SigsYamlException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void acceptsTabsAfterAKeyAndAfterAPlainScalar() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", null);
        expected.put("b", "x");
        expected.put("c", 1.0);
        assertThat(read("a:\t\nb: x\t\nc:\t1\n")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "a:\\n\\tb: 1\\n"          | yaml: line 2: found character that cannot start any token
            "a: x\\n\\ty\\n"           | yaml: line 2: found a tab character that violates indentation
            "a: |\\n\\tx\\n"           | yaml: line 2: found a tab character where an indentation space is expected
            "a: [\\nb: 1\\n"           | yaml: line 2: did not find expected ',' or ']'
            "a: b: c\\n"              | yaml: mapping values are not allowed in this context
            "a: 1\\n  b: 2\\n"         | yaml: line 2: mapping values are not allowed in this context
            "%YAML 1.2\\n---\\na: 1\\n" | yaml: found incompatible YAML document
            "a: *x\\n"                | yaml: unknown anchor 'x' referenced
            "a: &x [*x]\\n"           | yaml: anchor 'x' value contains itself
            "a: !!int x\\n"           | yaml: cannot decode !!str `x` as a !!int
            """)
    void refusesWithGoYamlsText(String escaped, String expected) {
        String yaml = escaped.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(error(yaml)).isEqualTo("error converting YAML to JSON: " + expected);
    }

    @Test
    void namesTheRealLineWhereGoYamlsParserIsOneShort() {
        SigsYamlException e = (SigsYamlException) catchError("a: 1\nb: [x\nc: 2\n");
        assertThat(e.getMessage()).endsWith("yaml: line 2: did not find expected ',' or ']'");
        assertThat(e.line()).isEqualTo(3);
    }

    private static RuntimeException catchError(String yaml) {
        try {
            read(yaml);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void refusesKeysAndValuesJsonCannotHold() {
        assertThat(error("~: 1\n")).isEqualTo("error converting YAML to JSON: unsupported map key of type: "
                + "%!s(<nil>), key: <nil>, value: 1");
        assertThat(error("18446744073709551615: x\n")).isEqualTo("error converting YAML to JSON: unsupported map "
                + "key of type: uint64, key: 0xffffffffffffffff, value: \"x\"");
        assertThat(error("a: .nan\n")).isEqualTo("error converting YAML to JSON: json: unsupported value: NaN");
        assertThat(error("? [a, b]\n: 1\n")).isEqualTo("error converting YAML to JSON: yaml: invalid map key: "
                + "[]interface {}{\"a\", \"b\"}");
    }

    @Test
    void turnsNumberAndBooleanKeysIntoGoText() {
        assertThat(read("1: a\n1.5: b\ntrue: c\ny: d\n3.14159265: e\n0x10: f\n1e3: g\n")).isEqualTo(Map.of(
                "1", "a", "1.5", "b", "true", "d", "3.1415927", "e", "16", "f", "1000", "g"));
    }

    @Test
    void givesStringFieldsTheTextGoPrints() {
        GoTarget struct = new GoTarget.Struct(Map.of("version", GoTarget.STRING, "octal", GoTarget.STRING,
                "b", GoTarget.STRING, "big", GoTarget.STRING, "other", GoTarget.ANY));
        assertThat(SigsYaml.toJson("version: 1.10\noctal: 017\nb: yes\nbig: 18446744073709551615\nother: 1.10\n", struct))
                .isEqualTo(Map.of("version", "1.1", "octal", "15", "b", "true", "big", "18446744073709551615",
                        "other", 1.1));
    }

    @Test
    void mergesKeysWhereTheMergeKeyStands() {
        assertThat(read("b: &b {x: 1, z: 1}\nc:\n  x: 2\n  <<: *b\nd:\n  <<: *b\n  x: 2\n"))
                .isEqualTo(Map.of("b", Map.of("x", 1.0, "z", 1.0), "c", Map.of("x", 1.0, "z", 1.0),
                        "d", Map.of("x", 2.0, "z", 1.0)));
    }

    @Test
    void skipsACharacterAtColumnZeroWhileGoYamlsBufferStartsWithABom() {
        // helm v4.1.4 reads {"a":1,"c":2}: go-yaml's is_bom looks at its buffer's start, not at the position.
        byte[] data = "\uFEFF\uFEFFa: 1\nbc: 2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SigsYaml.toJson(data, GoTarget.ANY)).isEqualTo(Map.of("a", 1.0, "c", 2.0));
        assertThat(read("a: 1\n\uFEFFb: 2\n")).isEqualTo(Map.of("a", 1.0, "\uFEFFb", 2.0));
    }

    @Test
    void refusesAControlCharacterOnlyInAChunkTheScannerReached() {
        String far = "a: 1\n...\n#" + "x".repeat(600) + "\u0001\n";
        String near = "a: 1\n...\n#xx\u0001\n";
        assertThat(read(far)).isEqualTo(Map.of("a", 1.0));
        assertThat(error(near)).isEqualTo("error converting YAML to JSON: yaml: control characters are not allowed");
        assertThat(error("a: 1\n#" + "x".repeat(600) + "\n...\n\u0001\n")).endsWith("control characters are not allowed");
    }

    @Test
    void refusesInvalidUtf8WithTheReadersWords() {
        assertThat(catchBytes(new byte[]{'a', ':', ' ', (byte) 0xFF, '\n'})).endsWith("yaml: invalid leading UTF-8 octet");
        assertThat(catchBytes(new byte[]{'a', ':', ' ', (byte) 0xC3})).endsWith("yaml: incomplete UTF-8 octet sequence");
        assertThat(catchBytes(new byte[]{'a', ':', ' ', (byte) 0xC0, (byte) 0x80, '\n'}))
                .endsWith("yaml: invalid length of a UTF-8 sequence");
    }

    private static String catchBytes(byte[] data) {
        try {
            SigsYaml.toJson(data, GoTarget.ANY);
        } catch (SigsYamlException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void givesUpOnASimpleKeyLongerThan1024Characters() {
        assertThat(read("k".repeat(1000) + ": 1\n")).isEqualTo(Map.of("k".repeat(1000), 1.0));
        assertThat(error("k".repeat(1030) + ": 1\n")).endsWith("yaml: mapping values are not allowed in this context");
    }

    @Test
    void readsOnlyTheFirstDocument() {
        assertThat(read("a: 1\n---\nb: [\n")).isEqualTo(Map.of("a", 1.0));
        assertThat(read("a: 1\n...\nb: 2\n")).isEqualTo(Map.of("a", 1.0));
        assertThat(read("# only a comment\n")).isNull();
        assertThat(read("")).isNull();
    }

    @Test
    void refusesAnAliasBombAndDeepNesting() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
            prev = c;
        }
        assertThat(error(bomb.toString())).isEqualTo("error converting YAML to JSON: yaml: document contains "
                + "excessive aliasing");
        String deep = "a: " + "[".repeat(YamlComposer.MAX_DEPTH + 5) + "]".repeat(YamlComposer.MAX_DEPTH + 5);
        assertThat(error(deep)).contains("nested deeper than " + YamlComposer.MAX_DEPTH);
    }

    /** Any input either reads or fails with a SigsYamlException: never another exception or a stack overflow. */
    @Test
    void mutatedDocumentsReadOrFailCleanly() {
        List<String> seeds = List.of("a: 1\nb:\n  - x\n  - {c: d, e: [f, g]}\n", "k: |\n  text\n  more\nz: >-\n  f\n",
                "x: &a {p: 1}\ny:\n  <<: *a\n  q: 'it''s'\n", "%YAML 1.1\n---\n? complex\n: \"esc\\u00e9\"\n...\n");
        String alphabet = " \t\n\r-:?,[]{}#&*!|>'\"%@`~.0123456789abcxyz\\\uFEFF\u0085\u2028";
        Random random = new Random(20261204);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int m = random.nextInt(6); m >= 0; m--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                    default -> text.setCharAt(Math.min(at, text.length() - 1),
                            alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                read(text.toString());
            } catch (SigsYamlException expected) {
                assertThat(expected.getMessage()).startsWith("error converting YAML to JSON: ");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input " + text.toString().replace("\n", "\\n") + " crashed", e);
            }
        }
    }

    @Test
    void refusesOverlongInput() {
        assertThatThrownBy(() -> SigsYaml.toJson(new byte[SigsYaml.MAX_BYTES + 1], GoTarget.ANY))
                .isInstanceOf(SigsYamlException.class).hasMessageContaining("more than 64 MiB");
    }
}
