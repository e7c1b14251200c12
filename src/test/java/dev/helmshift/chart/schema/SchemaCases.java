package dev.helmshift.chart.schema;

import dev.helmshift.chart.schema.SchemaCase.Compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differential table: values.schema.json × values cases, each run through the real helm v4.1.4 (answers pinned
 * in golden/schema/helm-schema-cases.json) and through {@link ValuesSchemas}. JSON is written with single quotes
 * for readability ({@link #j}).
 */
final class SchemaCases {
    private static final String D4 = "'$schema':'http://json-schema.org/draft-04/schema#',";
    private static final String D6 = "'$schema':'http://json-schema.org/draft-06/schema#',";
    private static final String D7 = "'$schema':'http://json-schema.org/draft-07/schema#',";
    private static final String D2019 = "'$schema':'https://json-schema.org/draft/2019-09/schema',";

    private final List<SchemaCase> cases = new ArrayList<>();

    private SchemaCases() {
    }

    static List<SchemaCase> all() {
        SchemaCases c = new SchemaCases();
        c.types();
        c.constAndEnum();
        c.strings();
        c.numbers();
        c.objects();
        c.arrays();
        c.combinators();
        c.references();
        c.drafts();
        c.formats();
        c.unusableSchemas();
        c.subcharts();
        c.valueSources();
        c.moreKeywords();
        return List.copyOf(c.cases);
    }

    /** JSON written with ' for ". */
    static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private void schema(String id, String schemaJson, String valuesYaml, String... sets) {
        add(id, Compare.EXACT, Map.of("values.schema.json", schemaJson, "values.yaml", valuesYaml), sets);
    }

    private void schemaAnyOrder(String id, String schemaJson, String valuesYaml, String... sets) {
        add(id, Compare.ANY_ORDER, Map.of("values.schema.json", schemaJson, "values.yaml", valuesYaml), sets);
    }

    /** A schema for the property {@code a} (single-quoted JSON) and the YAML value of {@code a}. */
    private void prop(String id, String subSchema, String yamlValue) {
        schema(id, j("{'properties':{'a':" + subSchema + "}}"), "a: " + yamlValue + "\n");
    }

    private void prop(String id, String draft, String subSchema, String yamlValue) {
        schema(id, j("{" + draft + "'properties':{'a':" + subSchema + "}}"), "a: " + yamlValue + "\n");
    }

    private void add(String id, Compare compare, Map<String, String> files, String... sets) {
        cases.add(new SchemaCase(id, files, List.of(sets), List.of(), compare));
    }

    private void types() {
        prop("type-string-passes", "{'type':'string'}", "x");
        prop("type-string-fails-on-number", "{'type':'string'}", "1");
        prop("type-integer-accepts-integral-float", "{'type':'integer'}", "2.0");
        prop("type-integer-fails-on-fraction", "{'type':'integer'}", "2.5");
        prop("type-list-names-every-type", "{'type':['string','null','integer']}", "[1]");
        prop("type-null-value", "{'type':'string'}", "null");
        prop("type-boolean-yaml11-yes", "{'type':'boolean'}", "yes");
        prop("type-object-fails-on-list", "{'type':'object'}", "[1, 2]");
        prop("type-array-passes", "{'type':'array'}", "[1, 2]");
        prop("type-unknown-name-among-known", "{'type':['string','strin']}", "1");
        schema("type-root-not-array", j("{'type':'array'}"), "a: 1\n");
        schema("type-int64-from-set-is-integer", j("{'properties':{'a':{'type':'integer'}}}"), "a: x\n",
                "a=12345678901234");
        prop("type-number-fails-on-numeric-string", "{'type':'number'}", "'1'");
        prop("true-schema-passes", "true", "1");
        prop("false-schema-fails", "false", "1");
        schema("root-true", "true", "a: 1\n");
        schema("root-false", "false", "a: 1\n");
    }

    private void constAndEnum() {
        prop("const-number-passes", "{'const':5}", "5");
        prop("const-number-fails", "{'const':5}", "6");
        prop("const-string-fails", "{'const':'x'}", "y");
        prop("const-object-fails", "{'const':{'b':1}}", "{b: 2}");
        prop("const-string-five-accepts-number-five", "{'const':'5'}", "5");
        prop("const-number-literal-as-written", "{'const':1.50}", "2");
        prop("enum-passes", "{'enum':['a','b']}", "b");
        prop("enum-strings-fails", "{'enum':['a','b']}", "c");
        prop("enum-single-fails", "{'enum':['a']}", "c");
        prop("enum-with-object-fails", "{'enum':['a',{'b':1}]}", "c");
        prop("enum-number-literals", "{'enum':[1.0, 2e0, -3]}", "4");
        prop("enum-null-and-bool", "{'enum':[null, true]}", "x");
        schema("enum-quoting", "{\"properties\":{\"a\":{\"enum\":[\"it's\", \"a\\\"b\", \"tab\\there\", \"\u00e9\u2603\"]}}}",
                "a: c\n");
        prop("enum-numbers-equal-across-forms", "{'enum':[1, 2.50]}", "2.5");
        prop("enum-string-five-accepts-number", "{'enum':['5', 7]}", "5");
    }

    private void strings() {
        prop("minLength-fails", "{'minLength':3}", "ab");
        prop("maxLength-counts-runes", "{'maxLength':4}", "h\u00e9llo");
        prop("minLength-groups-thousands", "{'minLength':2000}", "x");
        prop("pattern-matches-anywhere", "{'pattern':'b+'}", "abbc");
        prop("pattern-fails", "{'pattern':'^[a-z]+$'}", "abc1");
        schema("pattern-quoting", "{\"properties\":{\"a\":{\"pattern\":\"^'[0-9]\\\"$\"}}}", "a: \"it's\"\n");
        prop("pattern-re2-classes", "{'pattern':'^\\\\p{L}+\\\\d$'}", "\u00e9t\u00e98");
        prop("pattern-re2-classes-fail", "{'pattern':'^\\\\p{Lu}\\\\w*$'}", "abc");
        prop("string-keywords-ignore-numbers", "{'minLength':3,'pattern':'x'}", "1");
    }

    private void numbers() {
        prop("minimum-fails", "{'minimum':10}", "3");
        prop("maximum-groups-thousands", "{'maximum':1000}", "5000");
        prop("exclusiveMinimum-fails-on-equal", "{'exclusiveMinimum':3}", "3");
        prop("exclusiveMaximum-fails", "{'exclusiveMaximum':3}", "3.5");
        prop("multipleOf-decimal-passes", "{'multipleOf':0.1}", "0.3");
        prop("multipleOf-decimal-fails", "{'multipleOf':0.1}", "0.35");
        prop("minimum-tiny-is-scientific", "{'minimum':1.5}", "1e-7");
        prop("maximum-million-is-scientific", "{'maximum':1000000}", "2500000");
        prop("minimum-negative-fraction", "{'minimum':-1000.25}", "-1234.5");
        prop("maximum-fraction-grouped", "{'maximum':0}", "123456.789");
        prop("maximum-small-fraction", "{'maximum':0.0001}", "0.000123");
        prop("draft4-exclusiveMaximum-boolean", D4, "{'maximum':3,'exclusiveMaximum':true}", "3");
        schema("maximum-int64-from-set", j("{'properties':{'a':{'maximum':100}}}"), "a: 1\n", "a=9007199254740993");
        prop("number-keywords-ignore-strings", "{'minimum':3}", "'1'");
        prop("minimum-huge-schema-number", "{'minimum':1e400}", "5");
    }

    private void objects() {
        prop("required-one-missing", "{'required':['b']}", "{c: 1}");
        prop("required-two-missing-in-schema-order", "{'required':['z','b','c']}", "{c: 1}");
        prop("minProperties-fails", "{'minProperties':2}", "{b: 1}");
        prop("maxProperties-fails", "{'maxProperties':1}", "{b: 1, c: 2}");
        prop("additionalProperties-false-one", "{'properties':{'b':{}},'additionalProperties':false}", "{b: 1, c: 2}");
        schemaAnyOrder("additionalProperties-false-several",
                j("{'properties':{'a':{'additionalProperties':false}}}"), "a: {x: 1, y: 2, z: 3}\n");
        prop("additionalProperties-schema-fails", "{'additionalProperties':{'type':'string'}}", "{b: x, c: 2}");
        prop("patternProperties-fails", "{'patternProperties':{'^x-':{'type':'integer'}}}", "{x-a: 1, x-b: no, y: z}");
        prop("patternProperties-and-additional", "{'patternProperties':{'^x':{}},'additionalProperties':false}", "{x1: 1, y: 2}");
        prop("propertyNames-fails", "{'propertyNames':{'maxLength':3}}", "{abcd: 1, ab: 2}");
        prop("propertyNames-pattern-fails", "{'propertyNames':{'pattern':'^[a-z]+$'}}", "{Ab: 1}");
        prop("dependentRequired-fails", "{'dependentRequired':{'b':['c','d']}}", "{b: 1}");
        prop("dependentSchemas-fails", "{'dependentSchemas':{'b':{'required':['c']}}}", "{b: 1}");
        prop("dependencies-array-draft7", D7, "{'dependencies':{'b':['c']}}", "{b: 1}");
        prop("dependencies-schema-draft7", D7, "{'dependencies':{'b':{'properties':{'b':{'type':'string'}}}}}", "{b: 1}");
        schema("nested-location", j("{'properties':{'a':{'properties':{'b':{'properties':{'c':{'type':'string'}}}}}}}"),
                "a:\n  b:\n    c: 1\n");
        schemaAnyOrder("several-properties-fail",
                j("{'properties':{'a':{'type':'string'},'b':{'type':'string'},'c':{'minimum':5}}}"),
                "a: 1\nb: 2\nc: 3\n");
        schema("pointer-escapes-slash-and-tilde",
                j("{'properties':{'a':{'additionalProperties':{'type':'string'}}}}"), "a:\n  x/y~z: 1\n");
        schema("location-quotes-apostrophe", j("{'properties':{'a':{'additionalProperties':{'type':'string'}}}}"),
                "a:\n  \"it's\": 1\n");
        prop("additionalProperties-name-quoting", "{'additionalProperties':false}", "{\"it's\": 1}");
        schema("object-keywords-on-root", j("{'required':['need'],'maxProperties':1}"), "a: 1\nb: 2\n");
    }

    private void arrays() {
        prop("items-fails-at-index", "{'items':{'type':'integer'}}", "[1, x, 3]");
        prop("prefixItems-and-items-false", "{'prefixItems':[{'type':'integer'},{'type':'string'}],'items':false}",
                "[1, a, extra]");
        prop("draft7-items-tuple-additionalItems-false", D7, "{'items':[{},{}],'additionalItems':false}", "[1, 2, 3, 4]");
        prop("draft7-additionalItems-schema", D7, "{'items':[{}],'additionalItems':{'type':'string'}}", "[1, 2, x]");
        prop("minItems-fails", "{'minItems':2}", "[1]");
        prop("maxItems-fails", "{'maxItems':1}", "[1, 2]");
        prop("uniqueItems-fails", "{'uniqueItems':true}", "[1, 2, 1]");
        prop("uniqueItems-number-forms-equal", "{'uniqueItems':true}", "[a, 1, 1.0]");
        prop("uniqueItems-objects-equal", "{'uniqueItems':true}", "[{x: 1, y: 2}, {y: 2, x: 1}]");
        prop("uniqueItems-long-list", "{'uniqueItems':true}",
                "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 7, 22]");
        prop("contains-none-match", "{'contains':{'type':'string'}}", "[1, 2]");
        prop("minContains-fails", "{'contains':{'type':'string'},'minContains':2}", "[1, a, 2]");
        prop("minContains-none-matched", "{'contains':{'type':'string'},'minContains':2}", "[1, 2]");
        prop("maxContains-fails", "{'contains':{'type':'integer'},'maxContains':1}", "[1, a, 2, 3]");
        schemaAnyOrder("unevaluatedItems-fails", j("{'properties':{'a':{'prefixItems':[{}],'unevaluatedItems':{'type':'string'}}}}"),
                "a: [1, 2, x, 4]\n");
        prop("array-keywords-ignore-objects", "{'minItems':3,'items':{'type':'string'}}", "{b: 1}");
    }

    private void combinators() {
        prop("allOf-two-fail", "{'allOf':[{'type':'string'},{'minimum':5},{'maximum':0}]}", "3");
        prop("allOf-one-fails", "{'allOf':[{'type':'integer'},{'minimum':5}]}", "3");
        prop("anyOf-fails", "{'anyOf':[{'type':'string'},{'minimum':5}]}", "3");
        prop("anyOf-passes", "{'anyOf':[{'type':'string'},{'minimum':1}]}", "3");
        prop("oneOf-none-matched", "{'oneOf':[{'type':'string'},{'type':'boolean'}]}", "3");
        prop("oneOf-two-matched", "{'oneOf':[{'type':'integer'},{'minimum':1},{'maximum':0}]}", "3");
        prop("not-fails", "{'not':{'type':'integer'}}", "3");
        prop("if-then-fails", "{'if':{'type':'integer'},'then':{'minimum':5},'else':{'type':'string'}}", "3");
        prop("if-else-fails", "{'if':{'type':'integer'},'then':{'minimum':5},'else':{'type':'string'}}", "true");
        prop("nested-allOf-in-anyOf", "{'anyOf':[{'allOf':[{'type':'string'},{'minLength':2}]},{'type':'boolean'}]}", "3");
        prop("keyword-order-type-stops-the-rest", "{'type':'string','minimum':5,'allOf':[{'minimum':9}]}", "3");
        prop("many-keywords-group", "{'minimum':5,'multipleOf':2,'not':{'type':'integer'}}", "3");
        prop("unevaluatedProperties-with-allOf", "{'allOf':[{'properties':{'b':{}}}],'unevaluatedProperties':false}",
                "{b: 1, c: 2}");
    }

    private void references() {
        schema("ref-defs-single-cause", j("{'$defs':{'s':{'type':'string'}},'properties':{'a':{'$ref':'#/$defs/s'}}}"),
                "a: 1\n");
        schema("ref-defs-two-causes",
                j("{'$defs':{'s':{'type':'integer','minimum':5,'multipleOf':2}},'properties':{'a':{'$ref':'#/$defs/s'}}}"),
                "a: 3\n");
        schema("draft7-ref-ignores-siblings",
                j("{" + D7 + "'definitions':{'s':{'minimum':5}},'properties':{'a':{'$ref':'#/definitions/s','type':'string'}}}"),
                "a: 3\n");
        schema("draft2020-ref-keeps-siblings",
                j("{'$defs':{'s':{'minimum':5}},'properties':{'a':{'$ref':'#/$defs/s','type':'string'}}}"), "a: 3\n");
        schema("ref-anchor", j("{'$defs':{'s':{'$anchor':'str','type':'string'}},'properties':{'a':{'$ref':'#str'}}}"),
                "a: 1\n");
        schema("ref-missing-pointer", j("{'properties':{'a':{'$ref':'#/$defs/missing'}}}"), "a: 1\n");
        schema("ref-missing-anchor", j("{'properties':{'a':{'$ref':'#nowhere'}}}"), "a: 1\n");
        schema("ref-recursive-tree",
                j("{'$defs':{'node':{'type':'object','properties':{'v':{'type':'integer'},'kids':{'type':'array','items':{'$ref':'#/$defs/node'}}}}},'properties':{'tree':{'$ref':'#/$defs/node'}}}"),
                "tree:\n  v: 1\n  kids:\n  - v: 2\n    kids:\n    - v: x\n");
        schema("ref-embedded-id", j("{'$id':'http://example.com/root.json','$defs':{'s':{'$id':'item.json','type':'string'}},'properties':{'a':{'$ref':'item.json'}}}"),
                "a: 1\n");
        schema("ref-to-property-schema", j("{'properties':{'a':{'type':'string'},'b':{'$ref':'#/properties/a'}}}"), "b: 1\n");
        schema("ref-to-non-schema-location", j("{'$comment':'x','properties':{'a':{'$ref':'#/properties/b/default'},'b':{'default':{'type':'string'}}}}"),
                "a: 1\n");
        schema("ref-cycle", j("{'$defs':{'x':{'$ref':'#/$defs/y'},'y':{'$ref':'#/$defs/x'}},'properties':{'a':{'$ref':'#/$defs/x'}}}"),
                "a: 1\n");
        schema("dynamicRef-extends-list",
                j("{'$id':'https://example.com/tree','$dynamicAnchor':'node','type':'object','properties':{'data':{'type':'integer'},'children':{'type':'array','items':{'$dynamicRef':'#node'}}}}"),
                "data: 1\nchildren:\n- data: x\n");
        schema("recursiveRef-2019",
                j("{" + D2019 + "'$recursiveAnchor':true,'type':'object','properties':{'v':{'type':'integer'},'kids':{'type':'array','items':{'$recursiveRef':'#'}}}}"),
                "v: 1\nkids:\n- v: x\n");
        add("ref-remote-http-unreachable", Compare.EXACT,
                Map.of("values.schema.json", j("{'properties':{'a':{'$ref':'http://127.0.0.1:1/s.json'}}}"), "values.yaml", "a: 1\n"));
        schema("ref-file-missing", j("{'properties':{'a':{'$ref':'no-such-helmshift-schema.json'}}}"), "a: 1\n");
        schema("ref-urn-is-permissive", j("{'properties':{'a':{'$ref':'urn:helmshift:test'}}}"), "a: 1\n");
        schema("ref-unknown-scheme", j("{'properties':{'a':{'$ref':'ftp://example.com/s.json'}}}"), "a: 1\n");
        schema("ref-bad-escape", j("{'properties':{'a':{'$ref':'#/%zz'}}}"), "a: 1\n");
        schema("ref-json-pointer-escapes", j("{'$defs':{'a/b':{'type':'string'},'c~d':{'minimum':5}},'properties':{'a':{'$ref':'#/$defs/a~1b'},'b':{'$ref':'#/$defs/c~0d'}}}"),
                "a: 1\n");
    }

    private void drafts() {
        prop("draft4-required", D4, "{'required':['b']}", "{c: 1}");
        prop("draft6-const", D6, "{'const':3}", "4");
        prop("draft6-propertyNames", D6, "{'propertyNames':{'minLength':3}}", "{ab: 1}");
        prop("draft6-ignores-if", D6, "{'if':{'type':'integer'},'then':{'minimum':5}}", "3");
        prop("draft7-if-then", D7, "{'if':{'type':'integer'},'then':{'minimum':5}}", "3");
        prop("draft7-ignores-dependentRequired", D7, "{'dependentRequired':{'b':['c']}}", "{b: 1}");
        prop("draft2019-unevaluatedProperties", D2019, "{'properties':{'b':{}},'unevaluatedProperties':false}", "{b: 1, c: 2}");
        prop("draft2019-ignores-prefixItems", D2019, "{'prefixItems':[{'type':'string'}]}", "[1]");
        schema("schema-keyword-latest", j("{'$schema':'http://json-schema.org/schema#','properties':{'a':{'prefixItems':[{'type':'string'}]}}}"),
                "a: [1]\n");
        schema("schema-keyword-https-draft7", j("{'$schema':'https://json-schema.org/draft-07/schema','properties':{'a':{'format':'ipv4'}}}"),
                "a: x\n");
        add("schema-keyword-unknown-remote", Compare.EXACT,
                Map.of("values.schema.json", j("{'$schema':'http://127.0.0.1:1/meta'}"), "values.yaml", "a: 1\n"));
        schema("schema-keyword-invalid-url", j("{'$schema':'%zz'}"), "a: 1\n");
        schema("draft2020-does-not-assert-format", j("{'properties':{'a':{'format':'email'}}}"), "a: x\n");
        schema("draft2019-does-not-assert-format", j("{" + D2019 + "'properties':{'a':{'format':'email'}}}"), "a: x\n");
        schema("format-assertion-vocabulary",
                j("{'$schema':'https://json-schema.org/draft/2020-12/meta/format-assertion','properties':{'a':{'format':'email'}}}"),
                "a: x\n");
    }

    private void format(String id, String format, String yamlValue) {
        prop("format-" + id, D7, "{'format':'" + format + "'}", yamlValue);
    }

    private void formats() {
        format("email-missing-at", "email", "x");
        format("email-bad-domain", "email", "a@-b.com");
        format("email-passes", "email", "a.b@example.com");
        format("ipv4-leading-zero", "ipv4", "01.2.3.4");
        format("ipv4-not-a-number", "ipv4", "1.2.x.4");
        format("ipv4-out-of-range", "ipv4", "1.2.3.256");
        format("ipv6-zone", "ipv6", "fe80::1%eth0");
        format("ipv6-bad", "ipv6", "1:2:3");
        format("ipv6-missing-colon", "ipv6", "abc");
        format("hostname-bad-char", "hostname", "a_b.com");
        format("hostname-passes", "hostname", "istio.io");
        format("date-bad-month", "date", "2024-13-01");
        format("date-bad-day", "date", "2023-02-29");
        format("date-bad-text", "date", "24-01-01");
        format("date-extra-text", "date", "2024-01-01x");
        format("date-time-bad", "date-time", "2024-01-01 10:00:00Z");
        format("date-time-passes", "date-time", "2024-01-01T10:00:00.5+01:00");
        format("time-bad-offset", "time", "10:00:00+0100");
        format("time-leap-second", "time", "10:00:60Z");
        format("uri-relative", "uri", "a/b");
        format("uri-bad-escape", "uri", "http://x/%zz");
        format("uri-bad-port", "uri", "http://x:y/");
        format("uri-bracketed-ipv4", "uri", "http://[127.0.0.1]/");
        format("uri-bracketed-garbage", "uri", "http://[abc]/");
        format("uri-ipv4-mapped-ipv6", "uri", "http://[::ffff:1.2.3.4]/");
        format("uri-bracket-inside-host", "uri", "http://a[::1]/");
        format("uri-control-character", "uri", "\"http://x/\\ty\"");
        format("uri-reference-backslash", "uri-reference", "'a\\b'");
        format("uri-reference-colon-in-first-segment", "uri-reference", "a:b");
        format("uri-template-unclosed", "uri-template", "http://x/{a");
        format("uuid-bad", "uuid", "'1234'");
        format("uuid-non-hex", "uuid", "1234567g-1234-1234-1234-123456789012");
        format("duration-bad-unit", "duration", "P1X");
        format("duration-out-of-order", "duration", "P1D2M");
        format("regex-bad", "regex", "'[a'");
        format("json-pointer-bad", "json-pointer", "a/b");
        format("relative-json-pointer-bad", "relative-json-pointer", "/a");
        format("semver-bad", "semver", "1.02.3");
        format("period-bad", "period", "2024-01-01T00:00:00Z");
        format("unknown-format-ignored", "no-such-format", "x");
        format("ignores-non-strings", "email", "5");
    }

    private void unusable(String id, String schemaText) {
        add(id, Compare.EXACT, Map.of("values.schema.json", schemaText, "values.yaml", "a: 1\n"));
    }

    private void unusableSchemas() {
        unusable("json-empty-file", "");
        unusable("json-only-space", "  \n");
        unusable("json-cut-short", "{\"a\":");
        unusable("json-trailing-comma", "{\"a\":1,}");
        unusable("json-missing-colon", "{\"a\" 1}");
        unusable("json-garbage", "xyz");
        unusable("json-trailing-garbage", "{} x");
        unusable("json-second-value", "{\"type\":\"object\"} {}");
        unusable("json-bad-literal", "{\"a\":tru}");
        unusable("json-bad-escape", "{\"a\":\"\\x\"}");
        unusable("json-leading-zero", "{\"a\":01}");
        unusable("json-bad-number", "{\"a\":-}");
        unusable("json-bad-exponent", "{\"a\":1e}");
        unusable("json-control-char", "{\"a\":\"\u0001\"}");
        unusable("json-byte-order-mark", "\ufeff{}");
        unusable("json-single-quotes", "{'type':'object'}");
        unusable("json-nesting-at-the-limit", "[".repeat(10000) + "]".repeat(10000));
        unusable("json-nesting-too-deep", "[".repeat(10001) + "]".repeat(10001));
        unusable("schema-null", "null");
        unusable("schema-number", "1");
        unusable("schema-string", "\"str\"");
        unusable("schema-array", "[]");
        unusable("meta-bad-type-name", j("{'properties':{'a':{'type':'strin'}}}"));
        unusable("meta-bad-type-name-draft7", j("{" + D7 + "'properties':{'a':{'type':'strin'}}}"));
        unusable("meta-negative-minLength", j("{'minLength':-1}"));
        unusable("meta-required-not-array", j("{'required':'a'}"));
        unusable("meta-additionalProperties-number", j("{'additionalProperties':1}"));
        add("meta-several-errors", Compare.ANY_ORDER,
                Map.of("values.schema.json", j("{'minLength':-1,'maxItems':'x','type':5}"), "values.yaml", "a: 1\n"));
        unusable("meta-draft4-bad-minimum", j("{" + D4 + "'minimum':'x'}"));
        unusable("meta-ref-not-uri-reference", j("{" + D7 + "'properties':{'a':{'$ref':'#%zz'}}}"));
        unusable("regex-bad-pattern-2020", j("{'properties':{'a':{'pattern':'[a'}}}"));
        unusable("regex-bad-pattern-draft7", j("{" + D7 + "'properties':{'a':{'pattern':'(a'}}}"));
        unusable("regex-bad-patternProperties-2020", j("{'patternProperties':{'x{2,1}':{}}}"));
        unusable("regex-bad-patternProperties-draft6", j("{" + D6 + "'patternProperties':{'a(':{}}}"));
        unusable("regex-bad-patternProperties-draft4", j("{" + D4 + "'patternProperties':{'a**':{}}}"));
        unusable("regex-perl-named-group-accepted", j("{'patternProperties':{'(?P<n>a)':{'type':'string'},'(?<m>b)':{}}}"));
        // a subschema repeating the root's id or anchor: the root is always scanned first, so helm's text is stable
        unusable("id-duplicate", j("{'$id':'http://example.com/a.json','$defs':{'b':{'$id':'a.json'}}}"));
        unusable("anchor-duplicate", j("{'$anchor':'x','$defs':{'b':{'$anchor':'x'}}}"));
        unusable("anchor-invalid-name-2020", j("{'$defs':{'a':{'$anchor':'1x'}}}"));
        unusable("vocabulary-in-own-schema-ignored", j("{'$vocabulary':{'https://example.com/v':true}}"));
    }

    private static final String S1 = "apiVersion: v2\nname: s1\nversion: 0.1.0\n";
    private static final String S2 = "apiVersion: v2\nname: s2\nversion: 0.1.0\n";
    private static final String T = "apiVersion: v2\nname: t\nversion: 0.1.0\n";
    private static final String REQUIRE_NEED = j("{'required':['need']}");

    private static Map<String, String> files(String... pathsAndContents) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            out.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return out;
    }

    private static String rootWithDeps(String deps) {
        return SchemaCase.ROOT_CHART_YAML + "dependencies:\n" + deps;
    }

    private void subcharts() {
        add("sub-every-level-fails-undeclared", Compare.ANY_ORDER, files(
                "values.schema.json", REQUIRE_NEED, "values.yaml", "a: 1\n",
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", REQUIRE_NEED,
                "charts/s1/charts/t/Chart.yaml", T, "charts/s1/charts/t/values.schema.json", REQUIRE_NEED,
                "charts/s2/Chart.yaml", S2, "charts/s2/values.schema.json", REQUIRE_NEED));
        add("sub-declared-order-and-aliases", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s2\n  version: 0.1.0\n- name: s1\n  version: 0.1.0\n  alias: first\n"
                        + "- name: s1\n  version: 0.1.0\n  alias: second\n  condition: second.enabled\n"),
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", REQUIRE_NEED,
                "charts/s1/charts/t/Chart.yaml", T, "charts/s1/charts/t/values.schema.json", REQUIRE_NEED,
                "charts/s2/Chart.yaml", S2, "charts/s2/values.schema.json", REQUIRE_NEED));
        add("sub-disabled-by-condition-is-not-checked", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s2\n  version: 0.1.0\n- name: s1\n  version: 0.1.0\n  alias: first\n"
                        + "- name: s1\n  version: 0.1.0\n  alias: second\n  condition: second.enabled\n"),
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", REQUIRE_NEED,
                "charts/s2/Chart.yaml", S2, "charts/s2/values.schema.json", REQUIRE_NEED), "second.enabled=false");
        add("sub-disabled-by-tag", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s1\n  version: 0.1.0\n  tags: [extra]\n- name: s2\n  version: 0.1.0\n"),
                "values.yaml", "tags:\n  extra: false\n",
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", REQUIRE_NEED,
                "charts/s2/Chart.yaml", S2, "charts/s2/values.schema.json", REQUIRE_NEED));
        add("sub-sees-global-and-its-subchart-values", Compare.ANY_ORDER, files(
                "charts/s1/Chart.yaml", S1,
                "charts/s1/values.schema.json", j("{'additionalProperties':false,'properties':{'x':{}}}"),
                "charts/s1/charts/t/Chart.yaml", T), "global.a=1", "s1.x=1");
        add("sub-user-value-breaks-sub-schema", Compare.EXACT, files(
                "charts/s1/Chart.yaml", S1, "charts/s1/values.yaml", "port: 80\n",
                "charts/s1/values.schema.json", j("{'properties':{'port':{'type':'integer','maximum':65535}}}")),
                "s1.port=70000");
        add("sub-parent-values-override-defaults", Compare.EXACT, files(
                "values.yaml", "s1:\n  port: http\n",
                "charts/s1/Chart.yaml", S1, "charts/s1/values.yaml", "port: 80\n",
                "charts/s1/values.schema.json", j("{'properties':{'port':{'type':'integer'}}}")));
        add("sub-parent-schema-sees-sub-values", Compare.EXACT, files(
                "values.schema.json", j("{'properties':{'s1':{'required':['port']}}}"),
                "charts/s1/Chart.yaml", S1, "charts/s1/values.yaml", "host: x\n"));
        add("sub-only-parent-has-schema-passes", Compare.EXACT, files(
                "values.schema.json", j("{'type':'object'}"), "values.yaml", "a: 1\n",
                "charts/s1/Chart.yaml", S1, "charts/s1/values.yaml", "b: 2\n"));
        add("sub-unusable-schema-then-next", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s1\n  version: 0.1.0\n- name: s2\n  version: 0.1.0\n"),
                "values.schema.json", REQUIRE_NEED,
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", "{",
                "charts/s2/Chart.yaml", S2, "charts/s2/values.schema.json", REQUIRE_NEED));
        add("sub-alias-section-name", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s1\n  version: 0.1.0\n  alias: gw\n"),
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", j("{'properties':{'n':{'type':'integer'}}}")),
                "gw.n=x");
        add("sub-grandchild-only", Compare.EXACT, files(
                "charts/s1/Chart.yaml", S1,
                "charts/s1/charts/t/Chart.yaml", T, "charts/s1/charts/t/values.yaml", "replicas: 1\n",
                "charts/s1/charts/t/values.schema.json", j("{'properties':{'replicas':{'minimum':2}}}")));
        add("sub-parent-and-sub-fail-declared", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s1\n  version: 0.1.0\n"),
                "values.schema.json", j("{'properties':{'a':{'type':'string'}}}"), "values.yaml", "a: 1\n",
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", j("{'properties':{'b':{'type':'string'}}}"),
                "charts/s1/values.yaml", "b: 2\n"));
        add("sub-empty-schema-file", Compare.EXACT, files(
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", ""));
        add("sub-import-values-reach-the-parent-schema", Compare.EXACT, files(
                "Chart.yaml", rootWithDeps("- name: s1\n  version: 0.1.0\n  import-values:\n  - child: exported\n    parent: imported\n"),
                "values.schema.json", j("{'properties':{'imported':{'properties':{'x':{'type':'string'}}}}}"),
                "charts/s1/Chart.yaml", S1, "charts/s1/values.yaml", "exported:\n  x: 1\n"));
        add("sub-all-pass", Compare.EXACT, files(
                "values.schema.json", j("{'type':'object'}"),
                "charts/s1/Chart.yaml", S1, "charts/s1/values.schema.json", j("{'type':'object'}")));
    }

    private void valueSources() {
        cases.add(new SchemaCase("set-string-breaks-integer", Map.of("values.schema.json",
                j("{'properties':{'a':{'type':'integer'}}}"), "values.yaml", "a: 1\n"), List.of(), List.of("a=5"),
                Compare.EXACT));
        schema("set-float-is-number", j("{'properties':{'a':{'type':'integer'}}}"), "a: 1\n", "a=1.5");
        schema("set-bool", j("{'properties':{'a':{'type':'string'}}}"), "a: x\n", "a=true");
        schema("set-list", j("{'properties':{'a':{'maxItems':1}}}"), "a: []\n", "a={1,2}");
        prop("yaml-hex-is-number", "{'type':'string'}", "0x1F");
        prop("yaml-date-stays-string", "{'type':'integer'}", "2024-01-01");
        prop("yaml-exponent-float", "{'maximum':10}", "1e3");
        schema("default-values-are-checked", j("{'properties':{'replicas':{'minimum':1}}}"), "replicas: 0\n");
        schema("user-null-deletes-default", j("{'required':['a']}"), "a: 1\n", "a=null");
    }

    private void moreKeywords() {
        schema("enum-unicode-escapes", "{\"properties\":{\"a\":{\"enum\":[\"\\ud83d\\ude00\", \"\\ud800x\", \"\\u00e9\"]}}}",
                "a: c\n");
        prop("enum-unicode-escape-matches", "{'enum':['\\ud83d\\ude00']}", "\"\ud83d\ude00\"");
        prop("maxLength-counts-emoji-as-one", "{'maxLength':1}", "\"\ud83d\ude00\"");
        schema("draft7-id-fragment-anchor",
                j("{" + D7 + "'definitions':{'s':{'$id':'#str','type':'string'}},'properties':{'a':{'$ref':'#str'}}}"), "a: 1\n");
        schema("ref-root-recursion", j("{'properties':{'v':{'type':'integer'},'next':{'$ref':'#'}}}"),
                "v: 1\nnext:\n  v: 2\n  next:\n    v: x\n");
        prop("oneOf-first-matches-second-fails", "{'oneOf':[{'type':'integer'},{'type':'string'}]}", "3");
        prop("if-without-then-or-else", "{'if':{'type':'integer'}}", "3");
        prop("if-true-then", "{'if':true,'then':{'type':'string'},'else':{'type':'integer'}}", "3");
        prop("if-false-else", "{'if':false,'then':{'type':'integer'},'else':{'type':'string'}}", "3");
        prop("draft6-contains", D6, "{'contains':{'type':'string'}}", "[1]");
        prop("draft6-ignores-minContains", D6, "{'contains':{'type':'string'},'minContains':2}", "[1, a]");
        prop("unevaluatedProperties-with-patternProperties", "{'patternProperties':{'^x':{}},'unevaluatedProperties':{'type':'string'}}",
                "{x1: 1, y: 2}");
        prop("unevaluatedProperties-with-ref", "{'$ref':'#/$defs/b','unevaluatedProperties':false}", "{b: 1, c: 2}");
        schema("unevaluatedProperties-sees-ref-siblings",
                j("{'$defs':{'b':{'properties':{'b':{}}}},'properties':{'a':{'$ref':'#/$defs/b','unevaluatedProperties':false}}}"),
                "a: {b: 1, c: 2}\n");
        prop("unevaluatedProperties-if-then", "{'if':{'required':['b']},'then':{'properties':{'c':{}}},'unevaluatedProperties':false}",
                "{b: 1, c: 2}");
        prop("unevaluatedItems-with-contains", "{'contains':{'type':'string'},'unevaluatedItems':false}", "[a, b]");
        prop("dependentSchemas-nested-location", "{'dependentSchemas':{'b':{'properties':{'c':{'type':'string'}}}}}",
                "{b: 1, c: 2}");
        prop("propertyNames-enum", "{'propertyNames':{'enum':['x','y']}}", "{z: 1}");
        prop("propertyNames-false", "{'propertyNames':false}", "{z: 1}");
        prop("draft4-format-ipv4", D4, "{'format':'ipv4'}", "x");
        prop("draft6-format-uri-reference", D6, "{'format':'uri-reference'}", "'a b\\c'");
        format("regex-lookahead", "regex", "'(?=a)'");
        unusable("regex-lookahead-pattern-2020", j("{'properties':{'a':{'pattern':'(?=a)'}}}"));
        unusable("regex-backreference-draft6", j("{" + D6 + "'patternProperties':{'(a)\\\\1':{}}}"));
        prop("multipleOf-big-integer", "{'multipleOf':7}", "12345678901234567");
        prop("integer-accepts-big-float", "{'type':'integer'}", "1e20");
        prop("multipleOf-integer-fails", "{'multipleOf':3}", "10");
        schemaAnyOrder("object-keys-in-any-order-fail", j("{'properties':{'a':{'additionalProperties':{'type':'string'}}}}"),
                "a: {B: 1, _: 2, a: 3}\n");
        schema("root-sees-global", j("{'properties':{'a':{}},'additionalProperties':false}"), "a: 1\n", "global.x=1");
        schema("schema-keyword-urn-is-permissive", j("{'$schema':'urn:helmshift:meta','properties':{'a':{'type':'string'}}}"),
                "a: 1\n");
        schema("schema-keyword-missing-file", j("{'$schema':'file:///no-such-helmshift-meta.json'}"), "a: 1\n");
        schema("ref-into-other-resource-by-pointer",
                j("{'$defs':{'r':{'$id':'http://example.com/r.json','$defs':{'s':{'type':'string'}}}},'properties':{'a':{'$ref':'http://example.com/r.json#/$defs/s'}}}"),
                "a: 1\n");
        schema("ref-relative-to-id", j("{'$id':'http://example.com/dir/root.json','$defs':{'s':{'$id':'sub/s.json','type':'string'}},'properties':{'a':{'$ref':'sub/s.json'}}}"),
                "a: 1\n");
        schema("dynamicRef-without-anchor-is-ref", j("{'$defs':{'s':{'type':'string'}},'properties':{'a':{'$dynamicRef':'#/$defs/s'}}}"),
                "a: 1\n");
        prop("const-null", "{'const':null}", "1");
        prop("const-bool", "{'const':true}", "1");
        prop("enum-bool-quirk-type-mismatch", "{'enum':[true]}", "'true'");
        schema("deeply-nested-schema-compiles", nested(400, "{'type':'string'}"), "a:\n  a: {a: 1}\n");
        schema("deeply-nested-schema-fails-near-the-top", j("{'type':'object','properties':{'a':".repeat(400)
                + "{}" + "}}".repeat(400)), "a:\n  a: 5\n");
        schema("urn-id-fragment-ref", j("{'$id':'urn:example:root','$defs':{'s':{'type':'string'}},'properties':{'a':{'$ref':'#/$defs/s'}}}"),
                "a: 1\n");
        schema("urn-id-relative-ref-is-the-root", j("{'$id':'urn:example:root','type':'object','properties':{'a':{'$ref':'other'}}}"),
                "a: 1\n");
        schema("tag-uri-id", j("{'$id':'tag:example.com,2024:root','$defs':{'s':{'$anchor':'s','type':'string'}},'properties':{'a':{'$ref':'#s'}}}"),
                "a: 1\n");
        schema("empty-values-object-passes", j("{'type':'object','required':[]}"), "");
        schema("no-values-file-required-fails", j("{'required':['replicaCount']}"), "# nothing\n");
    }

    /** {@code levels} nested {@code {'properties':{'a': ... }}} around a leaf schema. */
    private static String nested(int levels, String leaf) {
        return j("{'properties':{'a':".repeat(levels) + leaf + "}}".repeat(levels));
    }
}
