package dev.helmshift.template.funcs;

import dev.helmshift.template.exec.CallContext;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.Dicts;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import dev.helmshift.template.funcs.value.GoPrint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Function calls checked against helm: each case is a template expression for helm and the same call on our
 * FuncMap. {@code values()} is the Java form of src/test/resources/funcs-probe/values.yaml as Helm loads it (every
 * number a float64). Arguments written {@code v("name")} are fresh copies of those values; integer literals of the
 * template are Java Integers, as Go passes them to {@code interface{}} parameters.
 */
final class FunctionCases {
    private FunctionCases() {
    }

    record Case(String id, String expression, String function, Object[] args) {
    }

    /** A reference to a value of values.yaml, resolved to a fresh copy at call time. */
    record ValueRef(String name) {
    }

    static ValueRef v(String name) {
        return new ValueRef(name);
    }

    static Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("i", 80.0);
        m.put("f", 1.5);
        m.put("big", 1000000.0);
        m.put("neg", -2.7);
        m.put("s", "hello");
        m.put("str", "  Hello World  ");
        m.put("list", new ArrayList<>(List.of("b", "a", "c", "a")));
        m.put("nums", new ArrayList<>(List.of(3.0, 1.0, 2.0)));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 1.0);
        inner.put("a", "x");
        inner.put("c", new ArrayList<>(Arrays.asList(1.0, "two", 3.5, true, null)));
        m.put("m", inner);
        m.put("nested", new LinkedHashMap<>(Map.of("a", new LinkedHashMap<>(Map.of("b", new LinkedHashMap<>(Map.of("c", "deep")))))));
        m.put("empty", "");
        m.put("zero", 0.0);
        m.put("labels", new LinkedHashMap<>(Map.of("app", "web", "tier", "front")));
        m.put("yamlish", "a: 1\nb: [x, y]\nc: yes\n");
        return m;
    }

    static FuncMap funcs() {
        FuncMap map = SprigFunctions.funcMap();
        HelmFunctions.register(map);
        return map;
    }

    /** Calls the case on our functions and prints the result as Go's %v does. */
    static String run(FuncMap funcs, Case c) {
        GoFunction f = funcs.get(c.function());
        if (f == null) {
            throw new AssertionError("function not registered: " + c.function());
        }
        Map<String, Object> values = values();
        Object[] args = new Object[c.args().length];
        for (int i = 0; i < args.length; i++) {
            Object a = c.args()[i];
            args[i] = a instanceof ValueRef ref ? Dicts.deepCopy(values.get(ref.name())) : a;
        }
        return GoPrint.sprint(f.body().call(NO_CONTEXT, args));
    }

    static final CallContext NO_CONTEXT = new CallContext() {
        private final Map<String, Object> state = new HashMap<>();

        @Override
        public String executeTemplate(String name, Object data) {
            throw new UnsupportedOperationException("no templates in function cases");
        }

        @Override
        public String parseAndExecute(String name, String text, Object data) {
            throw new UnsupportedOperationException("no templates in function cases");
        }

        @Override
        public String templateName() {
            return "probe";
        }

        @Override
        public ExecOptions options() {
            return ExecOptions.helm();
        }

        @Override
        public Map<String, Object> executionState() {
            return state;
        }
    };

    private static final List<Case> CASES = new ArrayList<>();

    private static void c(String id, String expression, String function, Object... args) {
        CASES.add(new Case(id, expression, function, args));
    }

    static List<Case> all() {
        return List.copyOf(CASES);
    }

    static {
        // strings
        c("trunc", "trunc 3 \"abcdef\"", "trunc", 3, "abcdef");
        c("truncNeg", "trunc -2 \"abcdef\"", "trunc", -2, "abcdef");
        c("truncLong", "trunc 63 .Values.s", "trunc", 63, v("s"));
        c("trim", "trim .Values.str", "trim", v("str"));
        c("trimAll", "trimAll \"$\" \"$5.00$\"", "trimAll", "$", "$5.00$");
        c("trimSuffix", "trimSuffix \"-\" \"name-\"", "trimSuffix", "-", "name-");
        c("trimPrefix", "trimPrefix \"v\" \"v1.2\"", "trimPrefix", "v", "v1.2");
        c("upper", "upper \"héllo\"", "upper", "héllo");
        c("lower", "lower \"HeLLo\"", "lower", "HeLLo");
        c("title", "title \"hello wORLD foo_bar x-y\"", "title", "hello wORLD foo_bar x-y");
        c("untitle", "untitle \"Hello World\"", "untitle", "Hello World");
        c("repeat", "repeat 3 \"ab\"", "repeat", 3, "ab");
        c("substr", "substr 1 3 \"hello\"", "substr", 1, 3, "hello");
        c("substrNegStart", "substr -1 2 \"hello\"", "substr", -1, 2, "hello");
        c("substrLongEnd", "substr 2 99 \"hello\"", "substr", 2, 99, "hello");
        c("nospace", "nospace \"a b\\tc\\nd\"", "nospace", "a b\tc\nd");
        c("abbrev", "abbrev 5 \"hello world\"", "abbrev", 5, "hello world");
        c("abbrevboth", "abbrevboth 5 10 \"1234 5678 9123\"", "abbrevboth", 5, 10, "1234 5678 9123");
        c("initials", "initials \"First Try\"", "initials", "First Try");
        c("swapcase", "swapcase \"This Is A.Test\"", "swapcase", "This Is A.Test");
        c("snakecase", "snakecase \"FirstName\"", "snakecase", "FirstName");
        c("snakecaseAcronym", "snakecase \"HTTPServer\"", "snakecase", "HTTPServer");
        c("snakecaseDigits", "snakecase \"Bld4Floor3rd\"", "snakecase", "Bld4Floor3rd");
        c("snakecaseHttp2xx", "snakecase \"http2xx\"", "snakecase", "http2xx");
        c("kebabcase", "kebabcase \"FirstName\"", "kebabcase", "FirstName");
        c("camelcase", "camelcase \"http_server\"", "camelcase", "http_server");
        c("camelcaseUpper", "camelcase \"GOLANG_IS_GREAT\"", "camelcase", "GOLANG_IS_GREAT");
        c("snakecaseDoubleSpace", "snakecase \"a  b\"", "snakecase", "a  b");
        c("snakecaseLeadingTrailing", "snakecase \"__lead trail--\"", "snakecase", "__lead trail--");
        c("snakecaseConnectorRun", "snakecase \"aB  cD\"", "snakecase", "aB  cD");
        c("kebabcaseOnlyConnectors", "kebabcase \"_ -\"", "kebabcase", "_ -");
        c("kebabcaseNumbers", "kebabcase \"HTTP20xOK\"", "kebabcase", "HTTP20xOK");
        c("snakecasePunct", "snakecase \"x.y!Z\"", "snakecase", "x.y!Z");
        c("snakecaseUnicode", "snakecase \"ÀbcDéf 日本Ⅻ²\"", "snakecase", "ÀbcDéf 日本Ⅻ²");
        c("camelcaseKeepsInnerCapitals", "camelcase \"helloWorld\"", "camelcase", "helloWorld");
        c("camelcaseLowersLeadingCapitals", "camelcase \"XMLHttpRequest\"", "camelcase", "XMLHttpRequest");
        c("camelcaseAcronymWord", "camelcase \"AB_CD\"", "camelcase", "AB_CD");
        c("camelcaseAfterLower", "camelcase \"x_yZZ\"", "camelcase", "x_yZZ");
        c("camelcaseConnectorsOnly", "camelcase \"--\"", "camelcase", "--");
        c("camelcaseDoubleConnector", "camelcase \"a__BC\"", "camelcase", "a__BC");
        c("camelcaseDigit", "camelcase \"A1BC\"", "camelcase", "A1BC");
        c("wrap", "wrap 5 \"Hello World Foo\"", "wrap", 5, "Hello World Foo");
        c("wrapWith", "wrapWith 5 \"\\t\" \"Hello World\"", "wrapWith", 5, "\t", "Hello World");
        c("contains", "contains \"cat\" \"catch\"", "contains", "cat", "catch");
        c("hasPrefix", "hasPrefix \"cat\" \"catch\"", "hasPrefix", "cat", "catch");
        c("hasSuffix", "hasSuffix \"ch\" \"catch\"", "hasSuffix", "ch", "catch");
        c("quote", "quote \"a\\\"b\" .Values.i nil true", "quote", "a\"b", v("i"), null, true);
        c("quoteUnicode", "quote \"é\\u00a0\\x01\"", "quote", "é\u00a0\u0001");
        c("squote", "squote \"a\" .Values.f", "squote", "a", v("f"));
        c("cat", "cat \"a\" 1 nil .Values.big .Values.list", "cat", "a", 1, null, v("big"), v("list"));
        c("indent", "indent 4 \"a\\nb\"", "indent", 4, "a\nb");
        c("nindent", "nindent 2 \"a\\nb\"", "nindent", 2, "a\nb");
        c("replace", "replace \" \" \"-\" \"a b c\"", "replace", " ", "-", "a b c");
        c("replaceEmpty", "replace \"\" \"-\" \"abc\"", "replace", "", "-", "abc");
        c("plural", "plural \"one\" \"many\" 2", "plural", "one", "many", 2);
        c("split", "split \"$\" \"foo$bar$baz\"", "split", "$", "foo$bar$baz");
        c("splitList", "splitList \",\" \"a,b,,c\"", "splitList", ",", "a,b,,c");
        c("splitn", "splitn \"$\" 2 \"foo$bar$baz\"", "splitn", "$", 2, "foo$bar$baz");
        c("join", "join \"-\" .Values.m.c", "join", "-", new ArrayList<>(Arrays.asList(1.0, "two", 3.5, true, null)));
        c("joinString", "join \",\" \"abc\"", "join", ",", "abc");
        c("sortAlpha", "sortAlpha .Values.list", "sortAlpha", v("list"));
        c("sortAlphaNumbers", "sortAlpha .Values.nums", "sortAlpha", v("nums"));
        c("toString", "toString .Values.big", "toString", v("big"));
        c("toStrings", "toStrings .Values.nums", "toStrings", v("nums"));
        // lists
        c("list", "list 1 \"a\" nil", "list", 1, "a", null);
        c("append", "append .Values.list \"z\"", "append", v("list"), "z");
        c("prepend", "prepend .Values.list \"z\"", "prepend", v("list"), "z");
        c("first", "first .Values.list", "first", v("list"));
        c("last", "last .Values.list", "last", v("list"));
        c("rest", "rest .Values.list", "rest", v("list"));
        c("initial", "initial .Values.list", "initial", v("list"));
        c("firstEmpty", "first list", "first", new ArrayList<>());
        c("restEmpty", "rest list", "rest", new ArrayList<>());
        c("reverse", "reverse .Values.list", "reverse", v("list"));
        c("uniq", "uniq .Values.list", "uniq", v("list"));
        c("without", "without .Values.list \"a\" \"c\"", "without", v("list"), "a", "c");
        c("has", "has \"c\" .Values.list", "has", "c", v("list"));
        c("hasNumberType", "has 1 .Values.nums", "has", 1, v("nums"));
        c("compact", "compact (list 1 0 \"\" nil \"a\" false)", "compact", new ArrayList<>(Arrays.asList(1, 0, "", null, "a", false)));
        c("slice", "slice .Values.list 1 3", "slice", v("list"), 1, 3);
        c("sliceFrom", "slice .Values.list 2", "slice", v("list"), 2);
        c("concat", "concat .Values.list .Values.nums", "concat", v("list"), v("nums"));
        c("chunk", "chunk 3 (list 1 2 3 4 5)", "chunk", 3, new ArrayList<>(List.of(1, 2, 3, 4, 5)));
        c("until", "until 4", "until", 4);
        c("untilStep", "untilStep 3 10 3", "untilStep", 3, 10, 3);
        c("seq", "seq 5", "seq", 5);
        c("seqDown", "seq 5 2", "seq", 5, 2);
        c("seqStep", "seq 0 2 7", "seq", 0, 2, 7);
        // dicts
        c("dict", "dict \"b\" 1 \"a\" .Values.s \"odd\"", "dict", "b", 1, "a", v("s"), "odd");
        c("get", "get .Values.labels \"app\"", "get", v("labels"), "app");
        c("getMissing", "get .Values.labels \"nope\"", "get", v("labels"), "nope");
        c("set", "set (dict \"a\" 1) \"b\" 2", "set", Dicts.dict("a", 1), "b", 2);
        c("unset", "unset (dict \"a\" 1 \"b\" 2) \"b\"", "unset", Dicts.dict("a", 1, "b", 2), "b");
        c("hasKey", "hasKey .Values.labels \"tier\"", "hasKey", v("labels"), "tier");
        c("pluck", "pluck \"a\" (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3)", "pluck", "a", Dicts.dict("a", 1), Dicts.dict("b", 2), Dicts.dict("a", 3));
        c("keys", "keys .Values.labels | sortAlpha", "keys", v("labels"));
        c("values", "values (dict \"a\" \"x\" \"b\" \"y\") | sortAlpha", "values", Dicts.dict("a", "x", "b", "y"));
        c("pick", "pick .Values.m \"a\" \"c\" \"zz\"", "pick", v("m"), "a", "c", "zz");
        c("omit", "omit .Values.m \"a\"", "omit", v("m"), "a");
        c("dig", "dig \"a\" \"b\" \"c\" \"dflt\" .Values.nested", "dig", "a", "b", "c", "dflt", v("nested"));
        c("digMissing", "dig \"a\" \"x\" \"dflt\" .Values.nested", "dig", "a", "x", "dflt", v("nested"));
        c("merge", "merge (dict \"a\" 1 \"e\" \"\" \"n\" (dict \"x\" 1)) (dict \"a\" 2 \"b\" 3 \"e\" \"set\" \"n\" (dict \"x\" 2 \"y\" 3))",
                "merge", Dicts.dict("a", 1, "e", "", "n", Dicts.dict("x", 1)),
                Dicts.dict("a", 2, "b", 3, "e", "set", "n", Dicts.dict("x", 2, "y", 3)));
        c("mergeOverwrite", "mergeOverwrite (dict \"a\" 1 \"l\" (list 1) \"n\" (dict \"x\" 1)) (dict \"a\" 2 \"l\" (list 2 3) \"n\" (dict \"x\" 2 \"y\" 3) \"z\" nil)",
                "mergeOverwrite", Dicts.dict("a", 1, "l", new ArrayList<>(List.of(1)), "n", Dicts.dict("x", 1)),
                Dicts.dict("a", 2, "l", new ArrayList<>(List.of(2, 3)), "n", Dicts.dict("x", 2, "y", 3), "z", null));
        c("mergeKeepsList", "merge (dict \"l\" (list 1)) (dict \"l\" (list 2 3) \"z\" nil)",
                "merge", Dicts.dict("l", new ArrayList<>(List.of(1))), Dicts.dict("l", new ArrayList<>(List.of(2, 3)), "z", null));
        c("deepCopy", "deepCopy .Values.m", "deepCopy", v("m"));
        // math
        c("add", "add 1 2 .Values.f \"4\"", "add", 1, 2, v("f"), "4");
        c("add1", "add1 .Values.i", "add1", v("i"));
        c("sub", "sub 10 .Values.neg", "sub", 10, v("neg"));
        c("mul", "mul 2 3 .Values.f", "mul", 2, 3, v("f"));
        c("div", "div 7 2", "div", 7, 2);
        c("mod", "mod -7 3", "mod", -7, 3);
        c("max", "max 1 5 .Values.i 3", "max", 1, 5, v("i"), 3);
        c("min", "min 1 -5 .Values.neg", "min", 1, -5, v("neg"));
        c("floor", "floor .Values.neg", "floor", v("neg"));
        c("ceil", "ceil 1.2", "ceil", 1.2);
        c("round", "round 123.5555 3", "round", 123.5555, 3);
        c("roundOn", "round 123.5 0 0.6", "round", 123.5, 0, 0.6);
        c("int", "int .Values.neg", "int", v("neg"));
        c("intString", "int \"0x1F\"", "int", "0x1F");
        c("intFloatString", "int \"3.0\"", "int", "3.0");
        c("int64", "int64 .Values.big", "int64", v("big"));
        c("float64", "float64 \"1.5e3\"", "float64", "1.5e3");
        c("atoi", "atoi \"42\"", "atoi", "42");
        c("atoiBad", "atoi \"4x\"", "atoi", "4x");
        c("addf", "addf 1.1 2.2", "addf", 1.1, 2.2);
        c("subf", "subf 1.5 0.25", "subf", 1.5, 0.25);
        c("mulf", "mulf 1.1 3", "mulf", 1.1, 3);
        c("divf", "divf 10 3", "divf", 10, 3);
        c("maxf", "maxf 1 2.5 .Values.f", "maxf", 1, 2.5, v("f"));
        c("toDecimal", "toDecimal \"0777\"", "toDecimal", "0777");
        // defaults and reflection
        c("default", "default \"d\" .Values.empty", "default", "d", v("empty"));
        c("defaultZero", "default 5 .Values.zero", "default", 5, v("zero"));
        c("defaultSet", "default \"d\" .Values.s", "default", "d", v("s"));
        c("defaultNone", "default \"d\"", "default", "d");
        c("empty", "empty .Values.zero", "empty", v("zero"));
        c("emptyMap", "empty .Values.labels", "empty", v("labels"));
        c("coalesce", "coalesce .Values.empty 0 \"x\"", "coalesce", v("empty"), 0, "x");
        c("all", "all 1 \"a\" .Values.zero", "all", 1, "a", v("zero"));
        c("any", "any 0 \"\" .Values.s", "any", 0, "", v("s"));
        c("ternary", "ternary \"yes\" \"no\" false", "ternary", "yes", "no", false);
        c("typeOfFloat", "typeOf .Values.i", "typeOf", v("i"));
        c("typeOfList", "typeOf .Values.list", "typeOf", v("list"));
        c("typeOfMap", "typeOf .Values.m", "typeOf", v("m"));
        c("typeOfNil", "typeOf nil", "typeOf", (Object) null);
        c("typeOfSplitList", "typeOf (splitList \",\" \"a\")", "typeOf", dev.helmshift.template.funcs.value.TypedList.strings(List.of("a")));
        c("typeOfAdd", "typeOf (add 1 2)", "typeOf", 3L);
        c("typeOfSemver", "typeOf (semver \"1.2.3\")", "typeOf", dev.helmshift.template.funcs.sprig.SemverVersion.parse("1.2.3"));
        c("kindOf", "kindOf .Values.list", "kindOf", v("list"));
        c("kindOfNil", "kindOf nil", "kindOf", (Object) null);
        c("typeIs", "typeIs \"string\" .Values.s", "typeIs", "string", v("s"));
        c("kindIs", "kindIs \"map\" .Values.m", "kindIs", "map", v("m"));
        c("deepEqual", "deepEqual .Values.list (list \"b\" \"a\" \"c\" \"a\")", "deepEqual", v("list"), new ArrayList<>(List.of("b", "a", "c", "a")));
        // encodings
        c("b64enc", "b64enc \"hello world\"", "b64enc", "hello world");
        c("b64dec", "b64dec \"aGVsbG8gd29ybGQ=\"", "b64dec", "aGVsbG8gd29ybGQ=");
        c("b64decBad", "b64dec \"abc\"", "b64dec", "abc");
        c("b32enc", "b32enc \"hello\"", "b32enc", "hello");
        c("b32dec", "b32dec \"NBSWY3DP\"", "b32dec", "NBSWY3DP");
        c("sha1sum", "sha1sum \"hello\"", "sha1sum", "hello");
        c("sha256sum", "sha256sum \"hello\"", "sha256sum", "hello");
        c("adler32sum", "adler32sum \"hello\"", "adler32sum", "hello");
        c("toJson", "toJson .Values.m", "toJson", v("m"));
        c("toJsonHtml", "toJson \"<a&b>\"", "toJson", "<a&b>");
        c("toJsonFloats", "toJson (list .Values.big .Values.f 1e21 0.0000001)", "toJson", new ArrayList<>(List.of(1000000.0, 1.5, 1e21, 1e-7)));
        c("toRawJson", "toRawJson \"<a&b>\"", "toRawJson", "<a&b>");
        c("toPrettyJson", "toPrettyJson .Values.labels", "toPrettyJson", v("labels"));
        c("fromJson", "fromJson \"{\\\"a\\\": [1, 2.5, \\\"x\\\"], \\\"b\\\": null}\"", "fromJson", "{\"a\": [1, 2.5, \"x\"], \"b\": null}");
        c("fromJsonError", "fromJson \"{x\"", "fromJson", "{x");
        c("fromJsonArray", "fromJsonArray \"[1, {\\\"a\\\": true}]\"", "fromJsonArray", "[1, {\"a\": true}]");
        c("fromJsonArrayError", "fromJsonArray \"{}\"", "fromJsonArray", "{}");
        c("toYaml", "toYaml .Values.m", "toYaml", v("m"));
        c("toYamlList", "toYaml .Values.list", "toYaml", v("list"));
        c("toYamlPretty", "toYamlPretty (dict \"m\" .Values.m \"nested\" .Values.nested)", "toYamlPretty", Dicts.dict("m", values().get("m"), "nested", values().get("nested")));
        c("fromYaml", "fromYaml .Values.yamlish", "fromYaml", v("yamlish"));
        c("fromYamlNotMap", "fromYaml \"- a\"", "fromYaml", "- a");
        c("fromYamlArray", "fromYamlArray \"- 1\\n- b: yes\"", "fromYamlArray", "- 1\n- b: yes");
        c("fromYamlArrayNotList", "fromYamlArray \"a: 1\"", "fromYamlArray", "a: 1");
        c("toToml", "toToml .Values.m", "toToml", v("m"));
        // regex
        c("regexMatch", "regexMatch \"^[a-z]+\\\\d$\" \"abc1\"", "regexMatch", "^[a-z]+\\d$", "abc1");
        c("regexMatchBad", "regexMatch \"(\" \"abc\"", "regexMatch", "(", "abc");
        c("regexFind", "regexFind \"[0-9]+\" \"ab12cd345\"", "regexFind", "[0-9]+", "ab12cd345");
        c("regexFindAll", "regexFindAll \"[0-9]+\" \"ab12cd345e6\" 2", "regexFindAll", "[0-9]+", "ab12cd345e6", 2);
        c("regexFindAllEmpty", "regexFindAll \"a*\" \"baaab\" -1", "regexFindAll", "a*", "baaab", -1);
        c("regexReplaceAll", "regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"${1}W\"", "regexReplaceAll", "a(x*)b", "-ab-axxb-", "${1}W");
        c("regexReplaceAllName", "regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"$1W\"", "regexReplaceAll", "a(x*)b", "-ab-axxb-", "$1W");
        c("regexReplaceAllEmpty", "regexReplaceAll \"x*\" \"abc\" \"-\"", "regexReplaceAll", "x*", "abc", "-");
        c("regexReplaceAllLiteral", "regexReplaceAllLiteral \"a(x*)b\" \"-ab-axxb-\" \"${1}\"", "regexReplaceAllLiteral", "a(x*)b", "-ab-axxb-", "${1}");
        c("regexSplit", "regexSplit \"z+\" \"pizza\" -1", "regexSplit", "z+", "pizza", -1);
        c("regexSplitN", "regexSplit \"a\" \"banana\" 2", "regexSplit", "a", "banana", 2);
        c("regexQuoteMeta", "regexQuoteMeta \"1.2+[x]\"", "regexQuoteMeta", "1.2+[x]");
        // semver
        c("semver", "semver \"v1.2\"", "semver", "v1.2");
        c("semverCompare", "semverCompare \">=1.2.0\" \"1.4.6\"", "semverCompare", ">=1.2.0", "1.4.6");
        c("semverComparePre", "semverCompare \">=1.2.0\" \"1.4.6-rc.1\"", "semverCompare", ">=1.2.0", "1.4.6-rc.1");
        c("semverComparePreOk", "semverCompare \">=1.2.0-0\" \"1.4.6-rc.1\"", "semverCompare", ">=1.2.0-0", "1.4.6-rc.1");
        c("semverCompareTiller", "semverCompare \">=2.10.0-0\" \"v2.16.12\"", "semverCompare", ">=2.10.0-0", "v2.16.12");
        c("semverCompareTilde", "semverCompare \"~1.2.3\" \"1.2.9\"", "semverCompare", "~1.2.3", "1.2.9");
        c("semverCompareTildeOut", "semverCompare \"~1.2.3\" \"1.3.0\"", "semverCompare", "~1.2.3", "1.3.0");
        c("semverCompareCaret", "semverCompare \"^0.2.3\" \"0.2.9\"", "semverCompare", "^0.2.3", "0.2.9");
        c("semverCompareCaretOut", "semverCompare \"^0.2.3\" \"0.3.0\"", "semverCompare", "^0.2.3", "0.3.0");
        c("semverCompareWildcard", "semverCompare \"1.2.x\" \"1.2.7\"", "semverCompare", "1.2.x", "1.2.7");
        c("semverCompareRange", "semverCompare \"1.2 - 1.4.5\" \"1.4.6\"", "semverCompare", "1.2 - 1.4.5", "1.4.6");
        c("semverCompareOr", "semverCompare \"<1.0 || >=2.0, <3\" \"2.5.0\"", "semverCompare", "<1.0 || >=2.0, <3", "2.5.0");
        c("semverCompareGtMinorWild", "semverCompare \">1.2\" \"1.2.5\"", "semverCompare", ">1.2", "1.2.5");
        c("semverCompareNotEq", "semverCompare \"!=1.2.x\" \"1.3.0\"", "semverCompare", "!=1.2.x", "1.3.0");
        c("semverCompareLe", "semverCompare \"<=1.2\" \"1.2.9\"", "semverCompare", "<=1.2", "1.2.9");
        c("semverCompareKube", "semverCompare \">=1.21-0\" \"v1.35.0\"", "semverCompare", ">=1.21-0", "v1.35.0");
        // paths
        c("base", "base \"/a/b/c.json\"", "base", "/a/b/c.json");
        c("dir", "dir \"/a/b/c.json\"", "dir", "/a/b/c.json");
        c("dirRelative", "dir \"c.json\"", "dir", "c.json");
        c("ext", "ext \"a/b.tar.gz\"", "ext", "a/b.tar.gz");
        c("clean", "clean \"a//b/../c/.\"", "clean", "a//b/../c/.");
        c("isAbs", "isAbs \"/a\"", "isAbs", "/a");

        // edge cases of the YAML and JSON codecs
        c("toYamlOddKeys", "toYaml (dict \"a: b\" 1 \"-x\" 2 \"\" 3 \"k\\nl\" 4 \"yes\" 5 \"123\" 6 \"null\" 7 \"x y\" 8)",
                "toYaml", Dicts.dict("a: b", 1, "-x", 2, "", 3, "k\nl", 4, "yes", 5, "123", 6, "null", 7, "x y", 8));
        c("toYamlOddStrings", "toYaml (list \"---x\" \"--- x\" \"...\" \"x:\" \"x: \" \"#\" \"emoji \\U0001F600\" \"a\\r\\nb\" \"a\\u0085b\" \"a\\u2028b\" \"\\ufeffbom\" \"-\" \"-1\" \"- \" \":\" \"?\" \"<<\" \"=\" \"0b101\" \"1e\" \"1.\" \"+.inf\" \"0o\" \"x\\ty\")",
                "toYaml", new ArrayList<>(List.of("---x", "--- x", "...", "x:", "x: ", "#", "emoji \uD83D\uDE00", "a\r\nb", "a\u0085b",
                        "a\u2028b", "\ufeffbom", "-", "-1", "- ", ":", "?", "<<", "=", "0b101", "1e", "1.", "+.inf", "0o", "x\ty")));
        c("toYamlFoldSpaces", "toYaml (dict \"k\" \"aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa a  bb   cc dd ee\")",
                "toYaml", Dicts.dict("k", "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa a  bb   cc dd ee"));
        c("toYamlFoldQuoted", "toYaml (list \"'aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa  bb cc\" \"aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aa\\t  bb cc dd\")",
                "toYaml", new ArrayList<>(List.of("'aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa  bb cc",
                        "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aa\t  bb cc dd")));
        c("toYamlEmptiesInList", "toYaml (list (dict) (list) nil \"\" (list (list)))",
                "toYaml", new ArrayList<>(Arrays.asList(new LinkedHashMap<>(), new ArrayList<>(), null, "", new ArrayList<>(List.of(new ArrayList<>())))));
        c("toYamlMultiline", "toYaml (dict \"a\" \"x\\n\\ny\\n\" \"b\" \"\\nlead\" \"c\" \"trail \\nx\" \"d\" \"x\\n \\ny\")",
                "toYaml", Dicts.dict("a", "x\n\ny\n", "b", "\nlead", "c", "trail \nx", "d", "x\n \ny"));
        c("toYamlInts", "toYaml (list 1 -3 (int64 9007199254740993) 0.1 -0.0 1e100 123456789012.0)",
                "toYaml", new ArrayList<>(List.of(1, -3, 9007199254740993L, 0.1, -0.0, 1e100, 123456789012.0)));
        c("fromYamlAnchors", "fromYaml \"base: &b {x: 1}\\nder:\\n  <<: *b\\n  y: 2\"", "fromYaml", "base: &b {x: 1}\nder:\n  <<: *b\n  y: 2");
        c("fromYamlScalars", "fromYaml \"a: 017\\nb: 0x1F\\nc: on\\nd: 1_000\\ne: 1e3\\nf: .5\\ng: ~\\nh: 2001-12-14\\ni: 12:30\\nj: 0b11\\nk: -.inf0\\nl: 'on'\\nm: 08\"",
                "fromYaml", "a: 017\nb: 0x1F\nc: on\nd: 1_000\ne: 1e3\nf: .5\ng: ~\nh: 2001-12-14\ni: 12:30\nj: 0b11\nk: -.inf0\nl: 'on'\nm: 08");
        c("fromYamlKeys", "fromYaml \"1: a\\ntrue: b\\n1.5: c\\nn: d\"", "fromYaml", "1: a\ntrue: b\n1.5: c\nn: d");
        c("fromYamlMultiDoc", "fromYaml \"a: 1\\n---\\nb: 2\"", "fromYaml", "a: 1\n---\nb: 2");
        c("fromYamlEmpty", "fromYaml \"\"", "fromYaml", "");
        c("fromYamlScalar", "fromYaml \"hello\"", "fromYaml", "hello");
        c("fromJsonEmpty", "fromJson \"\"", "fromJson", "");
        c("fromJsonTruncated", "fromJson \"[1,\"", "fromJson", "[1,");
        c("fromJsonMissingColon", "fromJson \"{\\\"a\\\" 1}\"", "fromJson", "{\"a\" 1}");
        c("fromJsonBadLiteral", "fromJson \"tru\"", "fromJson", "tru");
        c("fromJsonBadLiteral2", "fromJson \"trux\"", "fromJson", "trux");
        c("fromJsonTwoValues", "fromJson \"1 2\"", "fromJson", "1 2");
        c("fromJsonLeadingZero", "fromJson \"01\"", "fromJson", "01");
        c("fromJsonNull", "fromJson \"null\"", "fromJson", "null");
        c("fromJsonNumber", "fromJson \"1.5\"", "fromJson", "1.5");
        c("fromJsonBadEscape", "fromJson \"\\\"a\\\\x\\\"\"", "fromJson", "\"a\\x\"");
        c("toJsonControl", "toJson \"\\u2028 \\u007f \\b \\x1f \\t\"", "toJson", "\u2028 \u007f \b \u001f \t");
        c("toJsonNested", "toJson (dict \"z\" (list (dict \"b\" 1 \"a\" nil)) \"a\" (int64 5))", "toJson",
                Dicts.dict("z", new ArrayList<>(List.of(Dicts.dict("b", 1, "a", null))), "a", 5L));
        c("toPrettyJsonEmpty", "toPrettyJson (dict \"a\" (list) \"b\" (dict))", "toPrettyJson", Dicts.dict("a", new ArrayList<>(), "b", new LinkedHashMap<>()));
        c("toTomlTables", "toToml (dict \"name\" \"x\" \"srv\" (dict \"port\" 80 \"tls\" (dict \"on\" true)) \"hosts\" (list (dict \"h\" \"a\") (dict \"h\" \"b\")) \"odd key\" 1.5 \"n\" nil)",
                "toToml", Dicts.dict("name", "x", "srv", Dicts.dict("port", 80, "tls", Dicts.dict("on", true)),
                        "hosts", new ArrayList<>(List.of(Dicts.dict("h", "a"), Dicts.dict("h", "b"))), "odd key", 1.5, "n", null));
        c("b64decNoPad", "b64dec \"YQ\"", "b64dec", "YQ");
        c("b64decOnePad", "b64dec \"YQ=\"", "b64dec", "YQ=");
        c("b64decPadded", "b64dec \"YQ==\"", "b64dec", "YQ==");
        c("b64decTooMuchPad", "b64dec \"Y===\"", "b64dec", "Y===");
        c("b64decBadChar", "b64dec \"YW!j\"", "b64dec", "YW!j");
        c("b64decNewline", "b64dec \"YW\\nJj\"", "b64dec", "YW\nJj");
        c("quoteList", "quote .Values.list .Values.labels", "quote", v("list"), v("labels"));
        c("regexFindAllZero", "regexFindAll \"a\" \"aaa\" 0", "regexFindAll", "a", "aaa", 0);
        c("regexSplitEmptyRegex", "regexSplit \"\" \"abc\" -1", "regexSplit", "", "abc", -1);
        c("regexReplaceUnicode", "regexReplaceAll \"\\\\p{L}\" \"aé1\" \"X\"", "regexReplaceAll", "\\p{L}", "aé1", "X");
        c("semverPrerelease", "semver \"1.2.3-beta.1+build.5\"", "semver", "1.2.3-beta.1+build.5");
        // helm
        c("lookup", "lookup \"v1\" \"Pod\" \"ns\" \"name\"", "lookup", "v1", "Pod", "ns", "name");
        c("required", "required \"msg\" .Values.s", "required", "msg", v("s"));
        // dates that do not depend on the clock or zone
        c("dateInZone", "dateInZone \"2006-01-02T15:04:05Z07:00 Mon Jan _2 3PM .000\" (toDate \"2006-01-02 15:04:05\" \"2024-03-05 17:08:09\") \"UTC\"",
                "dateInZone", "2006-01-02T15:04:05Z07:00 Mon Jan _2 3PM .000",
                dev.helmshift.template.funcs.sprig.GoTime.unix(1709658489L), "UTC");
        c("duration", "duration \"95\"", "duration", "95");
        c("durationRound", "durationRound \"2h10m\"", "durationRound", "2h10m");
        c("unixEpoch", "unixEpoch (toDate \"2006-01-02 15:04:05 -0700\" \"2024-03-05 17:08:09 +0000\")", "unixEpoch",
                new dev.helmshift.template.funcs.sprig.GoTime(java.time.ZonedDateTime.of(2024, 3, 5, 17, 8, 9, 0, java.time.ZoneOffset.UTC)));
        // helm v4 functions added for the whole function map: URLs, TOML, crypto with deterministic output
        c("urlParseFull", "urlParse \"https://u%40:p%3A@Host:8443/a%2Fb%20c?x=1&y=%zz#frag%20x\"", "urlParse", "https://u%40:p%3A@Host:8443/a%2Fb%20c?x=1&y=%zz#frag%20x");
        c("urlParseOpaque", "urlParse \"mailto:a@b.c\"", "urlParse", "mailto:a@b.c");
        c("urlParseRelative", "urlParse \"/rel/path?q#f\"", "urlParse", "/rel/path?q#f");
        c("urlParseNetPath", "urlParse \"//host/path\"", "urlParse", "//host/path");
        c("urlParseIpv6", "urlParse \"http://[fe80::1%25en0]:8080/\"", "urlParse", "http://[fe80::1%25en0]:8080/");
        c("urlParseV4Mapped", "urlParse \"http://[::ffff:1.2.3.4]/\"", "urlParse", "http://[::ffff:1.2.3.4]/");
        c("urlParseColonsInHost", "urlParse \"http://::1/\"", "urlParse", "http://::1/");
        c("urlParseForceQuery", "urlParse \"http://h/p?\"", "urlParse", "http://h/p?");
        c("urlParseStar", "urlParse \"*\"", "urlParse", "*");
        c("urlParseEmpty", "urlParse \"\"", "urlParse", "");
        c("urlParseUpperScheme", "urlParse \"HTTP://Host/%7Efoo\"", "urlParse", "HTTP://Host/%7Efoo");
        c("urlParseAtInUser", "urlParse \"http://a@b@c/\"", "urlParse", "http://a@b@c/");
        c("urlParseUnicodeHost", "urlParse \"http://%C3%A9.example/\"", "urlParse", "http://%C3%A9.example/");
        c("urlJoinFull", "urlJoin (dict \"scheme\" \"http\" \"host\" \"h é:80\" \"path\" \"/a b?c\" \"query\" \"x=1 2\" \"fragment\" \"f g#!(*)'\" \"userinfo\" \"us%20er:p@w\")", "urlJoin", Dicts.dict("scheme", "http", "host", "h é:80", "path", "/a b?c", "query", "x=1 2", "fragment", "f g#!(*)'", "userinfo", "us%20er:p@w"));
        c("urlJoinOpaque", "urlJoin (dict \"scheme\" \"mailto\" \"opaque\" \"x@y\" \"query\" \"q\")", "urlJoin", Dicts.dict("scheme", "mailto", "opaque", "x@y", "query", "q"));
        c("urlJoinColonPath", "urlJoin (dict \"path\" \"a:b/c\")", "urlJoin", Dicts.dict("path", "a:b/c"));
        c("urlJoinHostRelativePath", "urlJoin (dict \"host\" \"h\" \"path\" \"p\")", "urlJoin", Dicts.dict("host", "h", "path", "p"));
        c("urlJoinSchemeOnly", "urlJoin (dict \"scheme\" \"http\")", "urlJoin", Dicts.dict("scheme", "http"));
        c("urlJoinStar", "urlJoin (dict \"path\" \"*\")", "urlJoin", Dicts.dict("path", "*"));
        c("urlJoinUserWithSlash", "urlJoin (dict \"userinfo\" \"a/b\" \"host\" \"h\")", "urlJoin", Dicts.dict("userinfo", "a/b", "host", "h"));
        c("urlJoinUserColons", "urlJoin (dict \"userinfo\" \"a:b:c\" \"host\" \"h\")", "urlJoin", Dicts.dict("userinfo", "a:b:c", "host", "h"));
        c("urlJoinIpv6", "urlJoin (dict \"scheme\" \"http\" \"host\" \"[::1]:80\" \"path\" \"/x y\" \"fragment\" \"a b\")", "urlJoin", Dicts.dict("scheme", "http", "host", "[::1]:80", "path", "/x y", "fragment", "a b"));
        c("urlJoinEmpty", "urlJoin (dict)", "urlJoin", new LinkedHashMap<String, Object>());
        c("urlJoinNil", "urlJoin nil", "urlJoin", (Object) null);
        c("urlRoundTrip", "urlJoin (urlParse \"https://u:p@h:8/a%2Fb?q#f%2F\")", "urlJoin", dev.helmshift.template.funcs.sprig.Urls.urlParse("https://u:p@h:8/a%2Fb?q#f%2F"));
        c("fromTomlTypes", "fromToml \"a = 1\\nb = 'x'\\nc = 1.5\\nd = true\\ne = [1, 'x', [2], {f = 3}]\\n[t]\\ng = -0\"", "fromToml", "a = 1\nb = 'x'\nc = 1.5\nd = true\ne = [1, 'x', [2], {f = 3}]\n[t]\ng = -0");
        c("fromTomlTimes", "fromToml \"a = 1979-05-27T07:32:00Z\\nb = 1979-05-27T00:32:00.999999-07:00\\nc = 1979-05-27T07:32:00\\nd = 1979-05-27\\ne = 07:32:00\\nf = 07:32\\ng = 1979-05-27T07:32\\nh = 1979-05-27 07:32:00.123456789123Z\"", "fromToml", "a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00.999999-07:00\nc = 1979-05-27T07:32:00\nd = 1979-05-27\ne = 07:32:00\nf = 07:32\ng = 1979-05-27T07:32\nh = 1979-05-27 07:32:00.123456789123Z");
        c("fromTomlArrayOfTables", "fromToml \"[[fruit]]\\nname = 'apple'\\n[[fruit.variety]]\\nname = 'red'\\n[[fruit]]\\nname = 'banana'\"", "fromToml", "[[fruit]]\nname = 'apple'\n[[fruit.variety]]\nname = 'red'\n[[fruit]]\nname = 'banana'");
        c("fromTomlDottedKeys", "fromToml \"a.b.c = 1\\na.b.d = 2\\n\\\"quoted key\\\" = 3\\n'lit.key' = 4\\n\\\"\\\" = 5\\nx = {y.z = 6, w = 7}\"", "fromToml", "a.b.c = 1\na.b.d = 2\n\"quoted key\" = 3\n'lit.key' = 4\n\"\" = 5\nx = {y.z = 6, w = 7}");
        c("fromTomlNumbers", "fromToml \"a = 0x1F\\nb = 0o17\\nc = 0b101\\nd = 1_000\\ne = +5\\nf = inf\\ng = -inf\\nh = nan\\ni = 6.02e+23\\nj = 1_0.5\"", "fromToml", "a = 0x1F\nb = 0o17\nc = 0b101\nd = 1_000\ne = +5\nf = inf\ng = -inf\nh = nan\ni = 6.02e+23\nj = 1_0.5");
        c("fromTomlStrings", "fromToml \"s = \\\"a\\\\tb\\\\u00e9\\\\U0001F600\\\\e\\\\x41\\\"\\nr = '''\\nraw\\nline'''\\nm = \\\"\\\"\\\"\\none \\\\\\n   two\\\"\\\"\\\"\"", "fromToml", "s = \"a\\tb\\u00e9\\U0001F600\\e\\x41\"\nr = '''\nraw\nline'''\nm = \"\"\"\none \\\n   two\"\"\"");
        c("fromTomlComments", "fromToml \"a = [\\n 1, # one\\n 2,\\n]\\n# full line\\nb = {c = 1,\\n d = 2,}  # TOML 1.1\"", "fromToml", "a = [\n 1, # one\n 2,\n]\n# full line\nb = {c = 1,\n d = 2,}  # TOML 1.1");
        c("fromTomlEmpty", "fromToml \"\"", "fromToml", "");
        c("fromTomlDuplicateKey", "fromToml \"a = 1\\na = 2\"", "fromToml", "a = 1\na = 2");
        c("fromTomlMissingValue", "fromToml \"a = \"", "fromToml", "a = ");
        c("fromTomlBareKey", "fromToml \"a\"", "fromToml", "a");
        c("fromTomlTableTwice", "fromToml \"[a]\\nb = 1\\n[a]\"", "fromToml", "[a]\nb = 1\n[a]");
        c("fromTomlLeadingZero", "fromToml \"a = 01\"", "fromToml", "a = 01");
        c("fromTomlUnderscores", "fromToml \"a = 1__0\"", "fromToml", "a = 1__0");
        c("fromTomlIntRange", "fromToml \"a = 9223372036854775808\"", "fromToml", "a = 9223372036854775808");
        c("fromTomlFloatRange", "fromToml \"a = 1e400\"", "fromToml", "a = 1e400");
        c("fromTomlFloatDot", "fromToml \"a = 1.\"", "fromToml", "a = 1.");
        c("fromTomlSignedHex", "fromToml \"a = +0x1\"", "fromToml", "a = +0x1");
        c("fromTomlUnterminated", "fromToml \"a = \\\"x\"", "fromToml", "a = \"x");
        c("fromTomlNewlineInString", "fromToml \"a = \\\"x\\ny\\\"\"", "fromToml", "a = \"x\ny\"");
        c("fromTomlBadBool", "fromToml \"a = tru\"", "fromToml", "a = tru");
        c("fromTomlDoubleComma", "fromToml \"a = [1,,2]\"", "fromToml", "a = [1,,2]");
        c("fromTomlInlineUnclosed", "fromToml \"a = {b = 1\"", "fromToml", "a = {b = 1");
        c("fromTomlBadEscape", "fromToml \"a = \\\"\\\\q\\\"\"", "fromToml", "a = \"\\q\"");
        c("fromTomlSurrogateEscape", "fromToml \"a = \\\"\\\\uD800\\\"\"", "fromToml", "a = \"\\uD800\"");
        c("fromTomlBadDate", "fromToml \"a = 1979-02-30\"", "fromToml", "a = 1979-02-30");
        c("fromTomlShortHour", "fromToml \"a = 1979-05-27T7:32:00Z\"", "fromToml", "a = 1979-05-27T7:32:00Z");
        c("fromTomlControl", "fromToml \"a = 1\\u0001\"", "fromToml", "a = 1\u0001");
        c("fromTomlKeyIsTable", "fromToml \"a = 1\\n[a]\"", "fromToml", "a = 1\n[a]");
        c("fromTomlArrayThenTables", "fromToml \"a = [1]\\n[[a]]\"", "fromToml", "a = [1]\n[[a]]");
        c("fromTomlImplicitTable", "fromToml \"[x]\\ny.z = 1\\n[x.y]\"", "fromToml", "[x]\ny.z = 1\n[x.y]");
        c("fromTomlLastKeyQuoted", "fromToml \"[table.\\\"sub table\\\"]\\nx = 1\\nx = 2\"", "fromToml", "[table.\"sub table\"]\nx = 1\nx = 2");
        c("fromTomlLineOfError", "fromToml \"a = 1\\n\\n\\nb = = 2\"", "fromToml", "a = 1\n\n\nb = = 2");
        c("fromTomlEofInArray", "fromToml \"\\n\\na = [1,\\n2,\\n\"", "fromToml", "\n\na = [1,\n2,\n");
        c("fromTomlSixQuotes", "fromToml \"a = \\\"\\\"\\\"x\\\"\\\"\\\"\\\"\\\"\\\"\"", "fromToml", "a = \"\"\"x\"\"\"\"\"\"");
        c("fromTomlRawQuotesBeforeClose", "fromToml \"a = '''x'''''\"", "fromToml", "a = '''x'''''");
        c("fromTomlRawSixQuotes", "fromToml \"a = '''x''''''\"", "fromToml", "a = '''x''''''");
        c("fromTomlEscapedQuoteBeforeClose", "fromToml \"a = \\\"\\\"\\\"x\\\\\\\"\\\"\\\"\\\"\\\"\\\"\"", "fromToml", "a = \"\"\"x\\\"\"\"\"\"\"");
        c("fromTomlTypeOfTables", "typeOf (fromToml \"[[t]]\\na = 1\").t", "typeOf", dev.helmshift.template.funcs.helm.HelmFunctions.fromToml("[[t]]\na = 1").get("t"));
        c("fromTomlTypeOfInt", "typeOf (fromToml \"a = 1\").a", "typeOf", dev.helmshift.template.funcs.helm.HelmFunctions.fromToml("a = 1").get("a"));
        c("fromTomlTypeOfTime", "typeOf (fromToml \"a = 1979-05-27\").a", "typeOf", dev.helmshift.template.funcs.helm.HelmFunctions.fromToml("a = 1979-05-27").get("a"));
        c("toTomlFromTomlTimes", "toToml (fromToml \"a = 1979-05-27T07:32:00Z\\nb = 1979-05-27\\nc = 07:32:00\\nd = 1979-05-27T07:32:00\\ne = 1979-05-27T00:32:00-07:00\")", "toToml", dev.helmshift.template.funcs.helm.HelmFunctions.fromToml("a = 1979-05-27T07:32:00Z\nb = 1979-05-27\nc = 07:32:00\nd = 1979-05-27T07:32:00\ne = 1979-05-27T00:32:00-07:00"));
        c("toJsonTomlOffsets", "toJson (fromToml \"e = 1979-05-27T00:32:00-07:00\\nf = 1979-05-27T00:32:00+05:30\\ng = 1979-05-27T07:32:00.5Z\")", "toJson", dev.helmshift.template.funcs.helm.HelmFunctions.fromToml("e = 1979-05-27T00:32:00-07:00\nf = 1979-05-27T00:32:00+05:30\ng = 1979-05-27T07:32:00.5Z"));
        c("toTomlControlChars", "toToml (dict \"c\" \"\\u001b\\u000b\\u007f\")", "toToml", Dicts.dict("c", "\u001b\u000b\u007f"));
        c("derivePasswordLong", "derivePassword 1 \"long\" \"password\" \"user\" \"example.com\"", "derivePassword", 1L, "long", "password", "user", "example.com");
        c("derivePasswordMaximum", "derivePassword 7 \"maximum\" \"\" \"\" \"\"", "derivePassword", 7L, "maximum", "", "", "");
        c("derivePasswordPin", "derivePassword 2 \"pin\" \"pässwörd\" \"ünïcode\" \"site.example\"", "derivePassword", 2L, "pin", "pässwörd", "ünïcode", "site.example");
        c("derivePasswordBasic", "derivePassword 3 \"basic\" \"p\" \"u\" \"s\"", "derivePassword", 3L, "basic", "p", "u", "s");
        c("derivePasswordShort", "derivePassword 4 \"short\" \"p\" \"u\" \"s\"", "derivePassword", 4L, "short", "p", "u", "s");
        c("derivePasswordMedium", "derivePassword 4294967295 \"medium\" \"p\" \"u\" \"s\"", "derivePassword", 4294967295L, "medium", "p", "u", "s");
        c("derivePasswordUnknown", "derivePassword 1 \"x\" \"a\" \"b\" \"c\"", "derivePassword", 1L, "x", "a", "b", "c");
        c("decryptAESHelm", "decryptAES \"secret-key\" \"3XWSoLXcbJK+lRXqQjChclpyZnLdhGZ8VmLTYcs4AwQ=\"", "decryptAES", "secret-key", "3XWSoLXcbJK+lRXqQjChclpyZnLdhGZ8VmLTYcs4AwQ=");
        c("decryptAESLongPassword", "decryptAES \"a password that is longer than thirty-two bytes\" \"JzZP/mpEfRTNj0BX/nFk24l/jLkCqVPPGYHOYxRlX8a5AHr545yBuw+NEDvYJW56VdxRhZTF9nLcphcPUozDkw==\"", "decryptAES", "a password that is longer than thirty-two bytes", "JzZP/mpEfRTNj0BX/nFk24l/jLkCqVPPGYHOYxRlX8a5AHr545yBuw+NEDvYJW56VdxRhZTF9nLcphcPUozDkw==");
        c("decryptAESEmptyPassword", "decryptAES \"\" \"WtBaTuvglJend+7zZ+DTWK1B9iircjfSeiFwUUmFXIY=\"", "decryptAES", "", "WtBaTuvglJend+7zZ+DTWK1B9iircjfSeiFwUUmFXIY=");
        c("decryptAESEmpty", "decryptAES \"k\" \"\"", "decryptAES", "k", "");
        c("encryptAESEmpty", "encryptAES \"k\" \"\"", "encryptAES", "k", "");
        c("bcryptTooLong", "bcrypt (repeat 73 \"a\")", "bcrypt", "a".repeat(73));
        c("htpasswdBadUser", "htpasswd \"a:b\" \"x\"", "htpasswd", "a:b", "x");
        c("genPrivateKeyUnknown", "genPrivateKey \"foo\"", "genPrivateKey", "foo");
        c("randBytesZero", "randBytes 0", "randBytes", 0);
        c("getHostByNameWithoutDns", "getHostByName \"localhost\"", "getHostByName", "localhost");
        c("mustDateModifySnake", "must_date_modify \"-1h30m\" (toDate \"2006-01-02 15:04:05 -0700\" \"2024-03-05 17:08:09 +0000\")", "must_date_modify", "-1h30m", new dev.helmshift.template.funcs.sprig.GoTime(java.time.ZonedDateTime.of(2024, 3, 5, 17, 8, 9, 0, java.time.ZoneOffset.UTC)));
    }
}
