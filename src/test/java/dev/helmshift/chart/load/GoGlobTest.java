package dev.helmshift.chart.load;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's filepath.Match semantics, which .helmignore patterns use. */
class GoGlobTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            *.yaml      ; a.yaml      ; true
            *.yaml      ; d/a.yaml    ; false
            ?.txt       ; a.txt       ; true
            ?.txt       ; ab.txt      ; false
            [abc].md    ; b.md        ; true
            [^abc].md   ; b.md        ; false
            [a-c]x      ; cx          ; true
            [a-c]x      ; dx          ; false
            \\*.md      ; *.md        ; true
            \\*.md      ; a.md        ; false
            templates/* ; templates/x ; true
            a/*/c       ; a/b/c       ; true
            a/*/c       ; a/b/d/c     ; false
            """)
    void matchesLikeGo(String pattern, String path, boolean matches) {
        assertThat(GoGlob.compile(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} is malformed")
    @CsvSource({"[abc", "x\\", "[z-a]"})
    void refusesMalformedPatterns(String pattern) {
        assertThat(GoGlob.compile(pattern)).isNull();
    }
}
