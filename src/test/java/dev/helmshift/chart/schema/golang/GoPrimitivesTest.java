package dev.helmshift.chart.schema.golang;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Go behaviours below the schema messages, where the differential table does not reach them all: reference
 * resolution (RFC 3986 §5.4, which Go's ResolveReference passes), the JSON value model, x/text's English numbers.
 */
class GoPrimitivesTest {

    @ParameterizedTest(name = "{0} against http://a/b/c/d;p?q is {1}")
    @CsvSource(delimiter = ' ', value = {
        "g:h g:h", "g http://a/b/c/g", "./g http://a/b/c/g", "g/ http://a/b/c/g/", "/g http://a/g", "//g http://g",
        "?y http://a/b/c/d;p?y", "g?y http://a/b/c/g?y", "#s http://a/b/c/d;p?q#s", "g#s http://a/b/c/g#s",
        "g?y#s http://a/b/c/g?y#s", ";x http://a/b/c/;x", "g;x http://a/b/c/g;x", "g;x?y#s http://a/b/c/g;x?y#s",
        "'' http://a/b/c/d;p?q", ". http://a/b/c/", "./ http://a/b/c/", ".. http://a/b/", "../ http://a/b/",
        "../g http://a/b/g", "../.. http://a/", "../../ http://a/", "../../g http://a/g", "../../../g http://a/g",
        "/./g http://a/g", "/../g http://a/g", "g. http://a/b/c/g.", ".g http://a/b/c/.g", "g.. http://a/b/c/g..",
        "..g http://a/b/c/..g", "./../g http://a/b/g", "./g/. http://a/b/c/g/", "g/./h http://a/b/c/g/h",
        "g/../h http://a/b/c/h", "g;x=1/./y http://a/b/c/g;x=1/y", "g;x=1/../y http://a/b/c/y"})
    void referencesResolveAsRfc3986Says(String ref, String resolved) throws GoUrl.GoUrlException {
        GoUrl base = GoUrl.parse("http://a/b/c/d;p?q");
        assertThat(base.resolveReference(GoUrl.parse(ref)).toString()).isEqualTo(resolved);
    }

    @Test
    void theHelmSchemaLocationResolvesRelativeReferencesToTheFileSystemRoot() throws GoUrl.GoUrlException {
        GoUrl base = GoUrl.parse("file:///values.schema.json");
        assertThat(base.resolveReference(GoUrl.parse("other.json")).toString()).isEqualTo("file:///other.json");
        assertThat(base.resolveReference(GoUrl.parse("sub/x.json")).path()).isEqualTo("/sub/x.json");
        assertThat(GoUrl.pathEscape("a b/c~d")).isEqualTo("a%20b%2Fc~d");
        assertThatThrownBy(() -> GoUrl.parse("http://[::1")).hasMessage("parse \"http://[::1\": missing ']' in host");
    }

    @Test
    void jsonKeepsNumberLiteralsAndTheLastOfRepeatedKeys() throws GoJsonException {
        Object doc = GoJsonStream.decode("{\"a\": 1.50, \"b\": [1e3, -0], \"a\": 2}".getBytes(StandardCharsets.UTF_8));
        assertThat(doc).isEqualTo(Map.of("a", new JsonNumber("2"), "b", List.of(new JsonNumber("1e3"), new JsonNumber("-0"))));
        assertThat(new JsonNumber("1.50").decimal()).isEqualByComparingTo("1.5");
    }

    @Test
    void jsonStringsDecodeAsGoDoes() throws GoJsonException {
        byte[] invalidUtf8 = {'"', 'a', (byte) 0xFF, 'b', '"'};
        assertThat(GoJsonStream.decode(invalidUtf8)).isEqualTo("a\uFFFDb");
        assertThat(GoJsonStream.decode("\"\\ud83d\\ude00|\\ud800|\\u00e9\\n\"".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\ud83d\ude00|\uFFFD|\u00e9\n");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "''|EOF", "'  '|EOF", "'{\"a\":'|unexpected EOF", "'{\"a\":1,}'|invalid character '}' looking for beginning of object key string",
        "'{} x'|invalid character after top-level value", "'1x'|invalid character after top-level value",
        "'[1,]'|invalid character ']' looking for beginning of value", "'\"a'|unexpected EOF",
        "'{\"a\" 1}'|invalid character '1' after object key", "'[\"\\u12x\"]'|invalid character 'x' in \\u hexadecimal character escape"})
    void jsonErrorsAreGosTexts(String json, String error) {
        assertThatThrownBy(() -> GoJsonStream.decode(json.getBytes(StandardCharsets.UTF_8))).hasMessage(error);
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "0|0", "3|3", "5000|5,000", "-1234.5|-1,234.5", "123456.789|123,456.789", "0.35|0.35", "0.000123|0.000123",
        "0.00001|1×10⁻⁰⁵", "1e-7|1×10⁻⁰⁷", "999999|999,999", "1000000|1×10⁰⁶", "2500000|2.5×10⁰⁶",
        "1.5e300|1.5×10³⁰⁰", "9007199254740993|9.007199254740992×10¹⁵"})
    void floatsPrintAsXTextsEnglishPrinterDoes(double value, String printed) {
        assertThat(EnglishNumbers.float64(value)).isEqualTo(printed);
    }

    @Test
    void integersAndInfinityPrintAsXTextsEnglishPrinterDoes() {
        assertThat(EnglishNumbers.integer(2000)).isEqualTo("2,000");
        assertThat(EnglishNumbers.integer(-1234567)).isEqualTo("-1,234,567");
        assertThat(EnglishNumbers.integer(999)).isEqualTo("999");
        assertThat(EnglishNumbers.float64(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void theLibrarysQuoteUsesSingleQuotesAroundGosEscapes() {
        assertThat(GoQuote.single("it's \"x\"\t\u00e9\u0001")).isEqualTo("'it\\'s \"x\"\\t\u00e9\\x01'");
        assertThat(GoQuote.quote("a\u00a0b\u2028")).isEqualTo("\"a\\u00a0b\\u2028\"");
        assertThat(GoQuote.jsonQuoteChar(0xEF)).isEqualTo("'ï'");
        assertThat(GoQuote.quoteRune('\'')).isEqualTo("'\\''");
    }

    @Test
    void aFloatIsTheRationalOfItsShortestForm() {
        assertThat(GoNumbers.exact(0.1)).isEqualByComparingTo("0.1");
        assertThat(GoNumbers.exact(1e21)).isEqualByComparingTo("1e21");
        assertThat(GoNumbers.exact(5e-324)).isEqualByComparingTo("5e-324");
        assertThat(GoNumbers.shortest(0x1p60)).isEqualTo(new GoNumbers.Digits("1152921504606847", 19));
        assertThat(GoNumbers.isInteger(GoNumbers.exact(2.0))).isTrue();
    }
}
