package dev.helmshift.semver;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Version ranges as chart dependencies write them, checked the way Helm's IsCompatibleRange checks them. */
class ConstraintsTest {

    /*
     * An empty range matches nothing: Masterminds refuses it ("improper constraint"), and helm v4.1.4 then leaves an
     * aliased dependency with version "" un-aliased, exactly as for "garbage" (probed: alias applied for "*" and
     * "0.1.0", not for "", "garbage", "9.9.9"). The older chart-side matcher treated "" as "*".
     */
    @ParameterizedTest(name = "''{0}'' allows {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.0.4            ; 1.0.4        ; true
            1.0.4            ; 1.0.5        ; false
            ''               ; 9.9.9        ; false
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
            1.0.0            ; 1.0.0-01     ; false
            1.0.0            ; ' 1.0.0'     ; false
            1.2 - 1.4.5      ; 1.4.5        ; true
            1.2 - 1.4.5      ; 1.4.6        ; false
            1.0.0 || garbage ; 1.0.0        ; false
            """)
    void allowsLikeHelm(String constraint, String version, boolean allowed) {
        assertThat(Constraints.isCompatibleRange(constraint, version)).isEqualTo(allowed);
    }
}
