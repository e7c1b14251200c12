package dev.helmshift.template;

import dev.helmshift.template.exec.GoFmt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's fmt as the engine implements it: %v of float64 is strconv's shortest 'g', and Sprint's spacing rule. */
class GoFmtTest {

    @ParameterizedTest(name = "{0} prints {1}")
    @CsvSource(delimiter = '|', value = {
        "0.30000000000000004|0.30000000000000004",
        "5e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308",
        "1e23|1e+23",
        "100000|100000",
        "1000000|1e+06",
        "123456.7|123456.7",
        "0.000123|0.000123",
        "0.0000123|1.23e-05",
        "-2.5|-2.5",
        "-0.0|-0",
        "NaN|NaN",
        "Infinity|+Inf",
        "-Infinity|-Inf",
        "9007199254740993|9.007199254740992e+15",
        "0.1|0.1",
    })
    void printsFloat64LikeGo(double value, String expected) {
        assertThat(GoFmt.formatValue(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "%e|0|0.000000e+00",
        "%g|100000|100000",
        "%.3g|100000|1e+05",
        "%.2f|2.675|2.67",
        "%.0f|0.5|0",
        "%.0f|1.5|2",
        "%8.3e|1234.5678|1.235e+03",
        "%+.1f|3|+3.0",
        "%08.2f|-1.5|-0001.50",
        "%G|1e-10|1E-10",
    })
    void formatsFloatVerbsWithPrecision(String format, double value, String expected) {
        assertThat(GoFmt.sprintf(format, value)).isEqualTo(expected);
    }

    @Test
    void sprintAddsSpacesOnlyBetweenNonStrings() {
        assertThat(GoFmt.sprint(1, 2)).isEqualTo("1 2");
        assertThat(GoFmt.sprint("a", 1, 2, "b")).isEqualTo("a1 2b");
        assertThat(GoFmt.sprint(1, "a", 2.5)).isEqualTo("1a2.5");
        assertThat(GoFmt.sprintln("a", 1)).isEqualTo("a 1\n");
    }

    @Test
    void printsNestedCollectionsWithSortedMapKeysAndNil() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", List.of(1.0, "x"));
        m.put("a", null);
        m.put("m", Map.of("k", true));
        assertThat(GoFmt.formatValue(m)).isEqualTo("map[a:<nil> m:map[k:true] z:[1 x]]");
        assertThat(GoFmt.formatValue(Arrays.asList(null, 2, 3L))).isEqualTo("[<nil> 2 3]");
        assertThat(GoFmt.formatValue(new byte[]{1, (byte) 200})).isEqualTo("[1 200]");
    }

    @Test
    void goSyntaxVerbQuotesStringsAndNamesTypes() {
        assertThat(GoFmt.sprintf("%#v", "a\"b")).isEqualTo("\"a\\\"b\"");
        assertThat(GoFmt.sprintf("%#v", List.of("a", 1))).isEqualTo("[]interface {}{\"a\", 1}");
        assertThat(GoFmt.sprintf("%T %T %T %T", 1, 1L, 1.0, true)).isEqualTo("int int64 float64 bool");
    }

    @Test
    void integerVerbsFollowGoFlags() {
        assertThat(GoFmt.sprintf("%x %X %#x %o %#o %O %b %c %U %#U %q", 255, 255, 255, 8, 8, 8, 5, 9731, 9731, 9731, 65))
                .isEqualTo("ff FF 0xff 10 010 0o10 101 ☃ U+2603 U+2603 '☃' 'A'");
        assertThat(GoFmt.sprintf("%6.3d|%-6d|%+d|% d", 7, -7, 0, 5)).isEqualTo("   007|-7    |+0| 5");
    }
}
