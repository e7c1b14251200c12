package dev.helmshift.template.funcs.codec;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected texts were produced by helm v4.1.4 ({@code helm template} of a probe chart whose template is
 * {@code {{ toYaml .Values.q }}} with the same values), then Helm's final newline trim undone.
 */
class GoYamlTest {

    @Test
    void quotesStringsExactlyWhereGoYamlV2Does() {
        List<Object> q = List.of("true", "yes", "on", "1.0", "123", "", " lead", "trail ", "a: b", "#x", "- x", "x #y",
                "multi\nline\n", "multi\nline", "tab\there", "null", "~", "*star", "&amp", "!bang", "%pct", "@at",
                "`bt", "{br}", "[sq]", "a,b", "a'b", "a\"b", "é", "0x1F", "1e3", "0o17", "017", ".5", "+1", "y", "n",
                "Y", "NO", "True", ".inf", ".nan", "2001-12-14", "12:30", "1_000", "<html>", "?q", "|p", ">g", "a\\b",
                "=eq", "ctrl\u0001", "trailing newlines\n\n", "  indented\nfirst");
        String expected = """
                - "true"
                - "yes"
                - "on"
                - "1.0"
                - "123"
                - ""
                - ' lead'
                - 'trail '
                - 'a: b'
                - '#x'
                - '- x'
                - 'x #y'
                - |
                  multi
                  line
                - |-
                  multi
                  line
                - "tab\\there"
                - "null"
                - "~"
                - '*star'
                - '&amp'
                - '!bang'
                - '%pct'
                - '@at'
                - '`bt'
                - '{br}'
                - '[sq]'
                - a,b
                - a'b
                - a"b
                - é
                - "0x1F"
                - "1e3"
                - "0o17"
                - "017"
                - ".5"
                - "+1"
                - "y"
                - "n"
                - "Y"
                - "NO"
                - "True"
                - ".inf"
                - ".nan"
                - "2001-12-14"
                - "12:30"
                - "1_000"
                - <html>
                - ?q
                - '|p'
                - '>g'
                - a\\b
                - =eq
                - "ctrl\\x01"
                - |+
                  trailing newlines

                - |2-
                    indented
                  first
                """;
        assertThat(GoYaml.marshalLikeHelm(q)).isEqualTo(expected);
    }

    @Test
    void rereadsNumbersThroughJsonAndFoldsLongLinesAtColumnEighty() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("long", "this is a very long string with many words that goes on and on beyond eighty characters for sure yes indeed");
        m.put("ln", "a".repeat(109));
        m.put("em", Map.of());
        m.put("el", List.of());
        m.put("nested", List.of(List.of(1.0, 2.0), List.of(3.0), Map.of("a", List.of("x", true)), List.of()));
        m.put("floats", List.of(1.0, 2.5, 1e21, 1e20, 123456789.0, 0.000001, 0.0000001, -0.0, 3.14159265358979));
        m.put("n", null);
        m.put("i", 80.0);
        String expected = """
                el: []
                em: {}
                floats:
                - 1
                - 2.5
                - 1e+21
                - 1e+20
                - 123456789
                - 1e-06
                - 1e-07
                - 0
                - 3.14159265358979
                i: 80
                ln: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                long: this is a very long string with many words that goes on and on beyond eighty
                  characters for sure yes indeed
                "n": null
                nested:
                - - 1
                  - 2
                - - 3
                - a:
                  - x
                  - true
                - []
                """;
        assertThat(GoYaml.marshalLikeHelm(m)).isEqualTo(expected);
    }

    @Test
    void sortsKeysInGoYamlsNaturalOrder() {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (String k : List.of("a10", "a2", "a_", "aB", "a-b", "a.b", "A", "b", "_x", "1", "10", "9", "09", "a01",
                "a1", "a001", "é", "Z", "z", "a", "ab", "a b")) {
            keys.put(k, 1.0);
        }
        String expected = """
                _x: 1
                "1": 1
                "9": 1
                "09": 1
                "10": 1
                A: 1
                Z: 1
                a: 1
                a b: 1
                a-b: 1
                a.b: 1
                a_: 1
                a1: 1
                a01: 1
                a001: 1
                a2: 1
                a10: 1
                aB: 1
                ab: 1
                b: 1
                z: 1
                é: 1
                """;
        assertThat(GoYaml.marshalLikeHelm(keys)).isEqualTo(expected);
    }

    @Test
    void foldsPlainAndQuotedScalarsInsideNestedSequences() {
        String words = "string with many words that goes on and on beyond eighty characters";
        List<Object> list = new ArrayList<>(Arrays.asList(
                "this is a very long " + words + " for sure yes indeed and more and more words",
                "this is a very long: " + words + " for sure yes indeed and more and more words",
                "this is a very long string with many words that goes on and on beyond eighty characters\tfor sure yes indeed and more and more words",
                "x     y  this is a very long string with many words that goes on and on beyond eighty   characters for sure yes indeed and more and more words",
                "this is a very long " + words + " for sure yes indeed and more and more words\nsecond line",
                "#this is a very long " + words + " for sure yes indeed and more and more words"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("long", "this is a very long " + words + " for sure yes indeed and more and more words");
        inner.put("list", list);
        String expected = """
                nest:
                  inner:
                    list:
                    - this is a very long string with many words that goes on and on beyond eighty
                      characters for sure yes indeed and more and more words
                    - 'this is a very long: string with many words that goes on and on beyond eighty
                      characters for sure yes indeed and more and more words'
                    - "this is a very long string with many words that goes on and on beyond eighty
                      characters\\tfor sure yes indeed and more and more words"
                    - x     y  this is a very long string with many words that goes on and on beyond
                      eighty   characters for sure yes indeed and more and more words
                    - |-
                      this is a very long string with many words that goes on and on beyond eighty characters for sure yes indeed and more and more words
                      second line
                    - '#this is a very long string with many words that goes on and on beyond eighty
                      characters for sure yes indeed and more and more words'
                    long: this is a very long string with many words that goes on and on beyond eighty
                      characters for sure yes indeed and more and more words
                """;
        assertThat(GoYaml.marshalLikeHelm(Map.of("nest", Map.of("inner", inner)))).isEqualTo(expected);
    }

    @Test
    void prettyFormIndentsSequencesAndDoesNotFold() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", List.of(1.0, 2.0));
        m.put("b", Map.of("c", List.of(new LinkedHashMap<>(Map.of("d", 1.0, "e", 2.0)))));
        m.put("e", List.of());
        m.put("f", Map.of());
        m.put("long", "this is a very long string with many words that goes on and on beyond eighty characters for sure yes indeed and more and more words");
        String expected = """
                a:
                  - 1
                  - 2
                b:
                  c:
                    - d: 1
                      e: 2
                e: []
                f: {}
                long: this is a very long string with many words that goes on and on beyond eighty characters for sure yes indeed and more and more words
                """;
        assertThat(GoYaml.marshalPretty(m)).isEqualTo(expected);
    }

    @Test
    void writesTopLevelScalarsAndEmptyCollections() {
        assertThat(GoYaml.marshalLikeHelm("hello")).isEqualTo("hello\n");
        assertThat(GoYaml.marshalLikeHelm(null)).isEqualTo("null\n");
        assertThat(GoYaml.marshalLikeHelm(Map.of())).isEqualTo("{}\n");
        assertThat(GoYaml.marshalLikeHelm(List.of())).isEqualTo("[]\n");
        assertThat(GoYaml.marshalLikeHelm("a\nb")).isEqualTo("|-\n  a\n  b\n");
    }

    @Test
    void failsLikeGoJsonOnNotANumber() {
        assertThatThrownBy(() -> GoYaml.marshalLikeHelm(List.of(Double.NaN)))
                .isInstanceOf(GoJsonException.class).hasMessage("json: unsupported value: NaN");
    }

    /** helm v4.1.4: {@code (fromYaml "k: 1\nk: 2").k} renders 2, with no error: the last key wins. */
    @Test
    void fromYamlLetsTheLastOfDuplicateKeysWin() {
        assertThat(GoYamlDecoder.parse("k: 1\nj: x\nk: 2")).isEqualTo(Map.of("k", 2.0, "j", "x"));
    }

    /** helm v4.1.4: fromYaml gives {@code string 1e400} and {@code float64 1.8446744073709552e+19} (probed). */
    @Test
    void fromYamlKeepsAnOutOfRangeFloatAsTextAndReadsAnUnsignedHexNumber() {
        assertThat(GoYamlDecoder.parse("x: 1e400\nh: 0xFFFFFFFFFFFFFFFF"))
                .isEqualTo(Map.of("x", "1e400", "h", 1.8446744073709552E19));
    }
}
