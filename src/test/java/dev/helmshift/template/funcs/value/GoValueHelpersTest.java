package dev.helmshift.template.funcs.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Go's float printing, strconv parsing and spf13/cast conversions, with the values Go gives for them. */
class GoValueHelpersTest {

    @Test
    void floatsPrintAsGoPercentVAndAsEncodingJson() {
        assertThat(GoFloats.formatG(1000000)).isEqualTo("1e+06");
        assertThat(GoFloats.formatG(123456)).isEqualTo("123456");
        assertThat(GoFloats.formatG(0.0001)).isEqualTo("0.0001");
        assertThat(GoFloats.formatG(0.00001)).isEqualTo("1e-05");
        assertThat(GoFloats.formatG(-0.0)).isEqualTo("-0");
        assertThat(GoFloats.formatG(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(GoFloats.formatG(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(GoFloats.formatJson(1e20)).isEqualTo("100000000000000000000");
        assertThat(GoFloats.formatJson(1e21)).isEqualTo("1e+21");
        assertThat(GoFloats.formatJson(1e-7)).isEqualTo("1e-7");
        assertThat(GoFloats.formatJson(0.000001)).isEqualTo("0.000001");
        assertThat(GoFloats.formatJson(5e-324)).isEqualTo("5e-324");
    }

    @Test
    void integersParseWithGoLiteralSyntax() {
        assertThat(GoStrconv.parseInt("0x1F", 0)).isEqualTo(31);
        assertThat(GoStrconv.parseInt("017", 0)).isEqualTo(15);
        assertThat(GoStrconv.parseInt("0o17", 0)).isEqualTo(15);
        assertThat(GoStrconv.parseInt("0b101", 0)).isEqualTo(5);
        assertThat(GoStrconv.parseInt("1_000", 0)).isEqualTo(1000);
        assertThat(GoStrconv.parseInt("-9223372036854775808", 10)).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> GoStrconv.parseInt("08", 0)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> GoStrconv.parseInt("1__0", 0)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> GoStrconv.parseInt("9223372036854775808", 10)).hasMessage("value out of range");
        assertThatThrownBy(() -> GoStrconv.parseFloat("1d")).isInstanceOf(NumberFormatException.class);
        assertThat(GoStrconv.parseFloat("Inf")).isInfinite();
    }

    @Test
    void castConvertsLikeSpf13Cast() {
        assertThat(Cast.toInt64("1.00")).isEqualTo(1);
        assertThat(Cast.toInt64("1.5")).isZero();
        assertThat(Cast.toInt64(-2.7)).isEqualTo(-2);
        assertThat(Cast.toInt64(true)).isEqualTo(1);
        assertThat(Cast.toInt64(null)).isZero();
        assertThat(Cast.toFloat64("1e3")).isEqualTo(1000.0);
        assertThat(Cast.toFloat64("x")).isZero();
    }

    @Test
    void goQuoteEscapesWhatGoCannotPrint() {
        assertThat(GoStrconv.quote("a\"b\\\n\u0001é\u00a0\uD83D\uDE00")).isEqualTo("\"a\\\"b\\\\\\n\\x01é\\u00a0\uD83D\uDE00\"");
    }

    @Test
    void emptinessAndDeepEqualFollowGoTypes() {
        assertThat(GoValues.empty(0.0)).isTrue();
        assertThat(GoValues.empty(java.util.List.of())).isTrue();
        assertThat(GoValues.empty("0")).isFalse();
        assertThat(GoValues.deepEqual(1, 1L)).isFalse();
        assertThat(GoValues.deepEqual(java.util.List.of(1.0), java.util.List.of(1.0))).isTrue();
    }
}
