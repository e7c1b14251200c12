package dev.helmshift.goyaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain scalars that start like numbers, resolved as go-yaml v2 resolves them (type and value). */
class GoYamlNumbersTest {

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            123                  | Long       | 123
            -123                 | Long       | -123
            +1                   | Long       | 1
            1_000                | Long       | 1000
            017                  | Long       | 15
            0o17                 | Long       | 15
            0x1F                 | Long       | 31
            0b11                 | Long       | 3
            -0b11                | Long       | -3
            08                   | Double     | 8.0
            1e3                  | Double     | 1000.0
            .5                   | Double     | 0.5
            1.                   | Double     | 1.0
            9223372036854775808  | BigInteger | 9223372036854775808
            0xFFFFFFFFFFFFFFFF   | BigInteger | 18446744073709551615
            18446744073709551616 | Double     | 1.8446744073709552E19
            1e400                | null       | null
            1:20                 | null       | null
            0x                   | null       | null
            1.2.3                | null       | null
            -                    | null       | null
            """)
    void resolvesLikeGoYamlV2(String plain, String type, String value) {
        Number n = GoYamlNumbers.resolve(plain);
        assertThat(n == null ? "null" : n.getClass().getSimpleName()).isEqualTo(type);
        assertThat(String.valueOf(n)).isEqualTo(value);
    }
}
