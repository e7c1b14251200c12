package dev.helmshift.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GoGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} is {2}")
    @CsvSource({
            "templates/*.yaml, templates/a.yaml, true",
            "templates/*.yaml, templates/sub/a.yaml, false",
            "templates/?.yaml, templates/a.yaml, true",
            "templates/[a-c].yaml, templates/b.yaml, true",
            "templates/[^a-c].yaml, templates/b.yaml, false",
            "templates/\\*.yaml, templates/*.yaml, true",
            "templates/a.yaml, templates/a.yaml, true",
            "templates/a.yaml, templates/a.yamlx, false",
            "templates/[a.yaml, templates/a.yaml, false",
    })
    void matchesLikeGoFilepathMatch(String pattern, String path, boolean expected) {
        assertThat(GoGlob.matches(pattern, path)).isEqualTo(expected);
    }
}
