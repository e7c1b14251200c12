package dev.helmshift.template;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.MissingKey;
import dev.helmshift.template.exec.Signature;
import dev.helmshift.template.exec.TemplateSet;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's evaluation rules that the helm golden cases do not reach: structs, the function contract, options. */
class ExecSemanticsTest {

    /** A stand-in for Helm's *chartutil.Capabilities with an APIVersions value that has a Has method. */
    record Capabilities(List<String> apiVersions) implements GoStruct {
        @Override
        public String goTypeName() {
            return "*chartutil.Capabilities";
        }

        @Override
        public Object field(String name) {
            return switch (name) {
                case "APIVersions" -> new VersionSet(apiVersions);
                case "KubeVersion" -> Map.of("Major", "1", "Minor", "35");
                case "Nothing" -> null;
                default -> NO_FIELD;
            };
        }

        @Override
        public String goString() {
            return "&{" + dev.helmshift.template.exec.GoFmt.formatValue(apiVersions) + "}";
        }
    }

    record VersionSet(List<String> versions) implements GoStruct {
        @Override
        public String goTypeName() {
            return "chartutil.VersionSet";
        }

        @Override
        public Object field(String name) {
            return NO_FIELD;
        }

        @Override
        public GoFunction method(String name) {
            if (name.equals("Has")) {
                return GoFunction.of("Has", Signature.of(GoType.STRING), (ctx, a) -> versions.contains(a[0]));
            }
            return null;
        }
    }

    /** Like Helm's engine.files: a map[string][]byte with methods. */
    static final class Files extends java.util.TreeMap<String, Object> implements GoStruct {
        Files(Map<String, Object> entries) {
            super(entries);
        }

        @Override
        public String goTypeName() {
            return "engine.files";
        }

        @Override
        public Object field(String name) {
            return NO_FIELD;
        }

        @Override
        public GoFunction method(String name) {
            if (name.equals("Get")) {
                return GoFunction.of("Get", Signature.of(GoType.STRING), (ctx, a) -> String.valueOf(get(a[0])));
            }
            return null;
        }
    }

    @Test
    void aMapTypeWithMethodsFindsMethodsFirstAndRangesAsAMap() {
        Map<String, Object> d = Map.of("Files", new Files(Map.of("b.json", "B", "a.json", "A", "Get", "key")));
        assertThat(TemplateTesting.render(
                "{{ range $p, $c := .Files }}{{ $p }}={{ $c }};{{ end }}{{ .Files.Get \"a.json\" }}{{ printf \"%T\" .Files }}",
                d)).isEqualTo("Get=key;a.json=A;b.json=B;Aengine.files");
    }

    private static Map<String, Object> data() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Capabilities", new Capabilities(List.of("apps/v1", "v1")));
        d.put("Values", new LinkedHashMap<>(Map.of("name", "web")));
        return d;
    }

    @Test
    void callsStructMethodsWithArguments() {
        assertThat(TemplateTesting.render(
                "{{ .Capabilities.APIVersions.Has \"apps/v1\" }} {{ .Capabilities.APIVersions.Has \"x/v9\" }}", data()))
                .isEqualTo("true false");
    }

    @Test
    void readsStructFieldsAndPrintsStructsWithTheirGoString() {
        assertThat(TemplateTesting.render("{{ .Capabilities.KubeVersion.Minor }} {{ .Capabilities }}", data()))
                .isEqualTo("35 &{[apps/v1 v1]}");
    }

    @Test
    void reportsAMissingStructFieldWithTheStaticGoType() {
        TemplateException fromMap = TemplateTesting.failure("{{ .Capabilities.Tiller }}", data());
        assertThat(fromMap.detail()).isEqualTo("can't evaluate field Tiller in type interface {}");
        TemplateException fromVar = TemplateTesting.failure("{{ $c := .Capabilities }}{{ $c.Tiller }}", data());
        assertThat(fromVar.detail()).isEqualTo("can't evaluate field Tiller in type *chartutil.Capabilities");
    }

    @Test
    void rejectsArgumentsToAStructField() {
        assertThat(TemplateTesting.failure("{{ .Capabilities.KubeVersion 1 }}", data()).detail())
                .isEqualTo("KubeVersion has arguments but cannot be invoked as function");
    }

    @Test
    void aNilStructFieldIsANilPointerWhenWalkedThrough() {
        assertThat(TemplateTesting.failure("{{ .Capabilities.Nothing.X }}", data()).detail())
                .isEqualTo("nil pointer evaluating interface {}.X");
    }

    @Test
    void checksMethodArgumentTypes() {
        assertThat(TemplateTesting.failure("{{ .Capabilities.APIVersions.Has 1 }}", data()).detail())
                .isEqualTo("expected string; found 1");
    }

    private static FuncMap withFunctions() {
        FuncMap funcs = GoBuiltins.funcMap();
        funcs.put("fail", Signature.of(GoType.STRING).withError(), (ctx, a) -> {
            throw new FunctionException((String) a[0]);
        });
        funcs.put("repeat", Signature.of(GoType.INT, GoType.STRING), (ctx, a) -> ((String) a[1]).repeat((Integer) a[0]));
        funcs.put("join", Signature.variadic(GoType.STRING, GoType.STRING),
                (ctx, a) -> String.join((String) a[0], java.util.Arrays.copyOfRange(a, 1, a.length, String[].class)));
        funcs.put("include", Signature.of(GoType.STRING, GoType.ANY).withError(),
                (ctx, a) -> ctx.executeTemplate((String) a[0], a[1]));
        funcs.put("tpl", Signature.of(GoType.STRING, GoType.ANY).withError(),
                (ctx, a) -> ctx.parseAndExecute(ctx.templateName(), (String) a[0], a[1]));
        funcs.put("count", Signature.of(), (ctx, a) -> {
            int n = (Integer) ctx.executionState().merge("count", 1, (x, y) -> (Integer) x + (Integer) y);
            return n;
        });
        return funcs;
    }

    @Test
    void reportsAFunctionErrorAsErrorCalling() {
        TemplateException e = failureWith("a\n  {{ fail \"boom\" }}");
        assertThat(e.getMessage())
                .isEqualTo("template: t.yaml:2:5: executing \"t.yaml\" at <fail \"boom\">: error calling fail: boom");
    }

    private static TemplateException failureWith(String template) {
        try {
            TemplateTesting.run(withFunctions(), template, Map.of("Values", Map.of("n", 2.0)), ExecOptions.helm());
        } catch (TemplateException e) {
            return e;
        }
        throw new AssertionError("expected a failure of " + template);
    }

    private static String renderWith(String template, Object data) {
        return TemplateTesting.run(withFunctions(), template, data, ExecOptions.helm()).output();
    }

    @Test
    void convertsIntegerLiteralsToIntParametersButNotFloatValues() {
        assertThat(renderWith("{{ repeat 3 \"ab\" }}", Map.of())).isEqualTo("ababab");
        assertThat(failureWith("{{ repeat .Values.n \"ab\" }}").detail())
                .isEqualTo("wrong type for value; expected int; got float64");
    }

    @Test
    void passesVariadicArgumentsAndThePipelineValueLast() {
        assertThat(renderWith("{{ join \",\" \"a\" \"b\" }}|{{ \"c\" | join \"-\" \"a\" \"b\" }}", Map.of()))
                .isEqualTo("a,b|a-b-c");
        assertThat(failureWith("{{ join }}").detail()).isEqualTo("wrong number of args for join: want at least 1 got 0");
    }

    @Test
    void includeExecutesANamedTemplateOfTheSameSet() {
        assertThat(renderWith("{{ define \"x\" }}<{{ . }}>{{ end }}{{ include \"x\" 5 | printf \"%s!\" }}", Map.of()))
                .isEqualTo("<5>!");
        assertThat(failureWith("{{ include \"nope\" 1 }}").detail()).isEqualTo(
                "error calling include: template: no template \"nope\" associated with template \"gotpl\"");
    }

    @Test
    void tplParsesAStringInACopyOfTheSet() {
        TemplateSet set = TemplateSet.create(withFunctions());
        set.parse("main", "{{ define \"helper\" }}H{{ end }}{{ tpl \"{{ define \\\"local\\\" }}L{{ end }}"
                + "{{ template \\\"helper\\\" }}{{ template \\\"local\\\" }}{{ .v }}\" . }}");
        assertThat(set.execute("main", Map.of("v", "V"), ExecOptions.helm()).output()).isEqualTo("HLV");
        assertThat(set.has("local")).isFalse();
    }

    @Test
    void executionStateIsSharedAcrossNestedExecutions() {
        assertThat(renderWith("{{ define \"c\" }}{{ count }}{{ end }}{{ count }}{{ include \"c\" . }}{{ count }}",
                Map.of())).isEqualTo("123");
    }

    @Test
    void missingKeyDefaultLetsFieldsOfAMissingKeyBeEmpty() {
        var options = ExecOptions.helm().withMissingKey(MissingKey.DEFAULT);
        assertThat(TemplateTesting.run("{{ .a }}|{{ .a.b }}", Map.of(), options).output())
                .isEqualTo("<no value>|<no value>");
    }

    @Test
    void missingKeyZeroPrintsNoValueAndFailsOnFieldsOfIt() {
        assertThat(TemplateTesting.render("{{ .a }}", Map.of())).isEqualTo("<no value>");
        assertThat(TemplateTesting.failure("{{ .a.b }}", Map.of()).detail())
                .isEqualTo("nil pointer evaluating interface {}.b");
    }

    @Test
    void missingKeyErrorNamesTheKey() {
        var options = ExecOptions.helm().withMissingKey(MissingKey.ERROR);
        assertThat(TemplateTesting.failure("{{ .a }}", Map.of(), options).detail())
                .isEqualTo("map has no entry for key \"a\"");
    }

    @Test
    void recursionStopsAtTheDepthBoundWithGosError() {
        var options = new ExecOptions(MissingKey.ZERO, GoCompat.CURRENT, 50);
        TemplateException e = TemplateTesting.failure("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}"
                + "{{ template \"r\" . }}", Map.of(), options);
        assertThat(e.detail()).isEqualTo("exceeded maximum template depth (50)");
        assertThat(e.executing()).isEqualTo("r");
    }

    @Test
    void goesDeepAsGoDoesBeforeStopping() {
        TemplateException e = TemplateTesting.failure("{{ define \"r\" }}{{ if true }}{{ template \"r\" . }}{{ end }}"
                + "{{ end }}{{ template \"r\" . }}", Map.of());
        assertThat(e.detail()).isEqualTo("exceeded maximum template depth (100000)");
    }

    @Test
    void rangeOverAnIntegerCountsFromZero() {
        assertThat(TemplateTesting.render("{{ range $i := 3 }}{{ $i }}{{ end }}", Map.of())).isEqualTo("012");
    }

    @Test
    void breakAndContinueIdentifiersAreFunctionsWhenTheFuncMapDefinesThem() {
        FuncMap funcs = GoBuiltins.funcMap();
        funcs.put("break", Signature.of(), (ctx, a) -> "B");
        assertThat(TemplateTesting.run(funcs, "{{ break }}", Map.of(), ExecOptions.helm()).output()).isEqualTo("B");
    }

    @Test
    void laterDefinitionsWinButAnEmptyOneDoesNotReplace() {
        TemplateSet set = TemplateSet.create(GoBuiltins.funcMap());
        set.parse("a", "{{ define \"x\" }}from a{{ end }}{{ define \"y\" }}y from a{{ end }}");
        set.parse("b", "{{ define \"x\" }}from b{{ end }}{{ define \"y\" }} {{ end }}");
        set.parse("main", "{{ template \"x\" }}|{{ template \"y\" }}");
        assertThat(set.execute("main", null, ExecOptions.helm()).output()).isEqualTo("from b|y from a");
    }

    @Test
    void anUnknownTemplateNameIsGosAssociationError() {
        TemplateSet set = TemplateSet.create(GoBuiltins.funcMap());
        try {
            set.execute("missing.yaml", null, ExecOptions.helm());
            throw new AssertionError("expected failure");
        } catch (TemplateException e) {
            assertThat(e.getMessage())
                    .isEqualTo("template: no template \"missing.yaml\" associated with template \"gotpl\"");
            assertThat(e.line()).isEqualTo(-1);
        }
    }

    @Test
    void columnsCountUtf8Bytes() {
        TemplateException e = TemplateTesting.failure("é{{ .a.b }}", Map.of());
        assertThat(e.column()).isEqualTo(7); // é is two bytes; .b (the chain position) starts at byte 7
    }
}
