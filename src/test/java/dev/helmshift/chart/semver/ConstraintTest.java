package dev.helmshift.chart.semver;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Version ranges as dependencies write them. */
class ConstraintTest {

    @ParameterizedTest(name = "''{0}'' allows {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.0.4            ; 1.0.4        ; true
            1.0.4            ; 1.0.5        ; false
            ''               ; 9.9.9        ; true
            *                ; 0.0.1        ; true
            ~1.0.0           ; 1.0.3        ; true
            ~1.0.0           ; 1.1.0        ; false
            ^1.0.0           ; 1.9.0        ; true
            ^1.0.0           ; 2.0.0        ; false
            ^0.2.3           ; 0.2.9        ; true
            ^0.2.3           ; 0.3.0        ; false
            0.2.x            ; 0.2.1        ; true
            0.2.x            ; 0.3.0        ; false
            1.x              ; 1.4.0        ; true
            >=0.1.0 <1.0.0   ; 0.2.1        ; true
            >=0.1.0 <1.0.0   ; 1.0.0        ; false
            '>=1.0, <2'      ; 1.5.0        ; true
            1.2 - 1.4        ; 1.4.0        ; true
            1.2 - 1.4        ; 1.5.0        ; false
            1.0.0 || 2.0.0   ; 2.0.0        ; true
            >=1.0.0          ; 1.1.0-beta.1 ; false
            >=1.0.0-0        ; 1.1.0-beta.1 ; true
            !=1.0.0          ; 1.0.0        ; false
            v1.0.4           ; 1.0.4        ; true
            garbage          ; 1.0.0        ; false
            """)
    void allowsLikeHelm(String constraint, String version, boolean allowed) {
        Constraint c = Constraint.parse(constraint);
        assertThat(c != null && c.allows(version)).isEqualTo(allowed);
    }
}
