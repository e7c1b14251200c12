package dev.helmshift.goyaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** go-yaml v2's YAML 1.1 words: booleans in three spellings with y/n/on/off, nulls and special floats; nothing else. */
class GoYamlWordsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            y     | true
            Yes   | true
            ON    | true
            True  | true
            n     | false
            NO    | false
            Off   | false
            false | false
            nO    | neither
            yES   | neither
            1     | neither
            """)
    void readsBooleanWordsInGoYamlsThreeSpellings(String word, String expected) {
        String actual = GoYamlWords.isTrue(word) ? "true" : GoYamlWords.isFalse(word) ? "false" : "neither";
        assertThat(actual).isEqualTo(expected);
        assertThat(GoYamlWords.isBool(word)).isEqualTo(!expected.equals("neither"));
    }

    @ParameterizedTest(name = "''{0}'' is null: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''   | true
            ~    | true
            null | true
            Null | true
            NULL | true
            nUll | false
            none | false
            """)
    void readsNullWords(String word, boolean isNull) {
        assertThat(GoYamlWords.isNull(word)).isEqualTo(isNull);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            .nan  | NaN
            .NaN  | NaN
            .inf  | Infinity
            +.INF | Infinity
            -.Inf | -Infinity
            .iNf  | null
            inf   | null
            """)
    void readsSpecialFloatWords(String word, String value) {
        assertThat(String.valueOf(GoYamlWords.specialFloat(word))).isEqualTo(value);
        assertThat(GoYamlWords.isSpecialFloat(word)).isEqualTo(!value.equals("null"));
    }
}
