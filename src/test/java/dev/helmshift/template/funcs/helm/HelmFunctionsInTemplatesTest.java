package dev.helmshift.template.funcs.helm;

import dev.helmshift.template.TemplateException;
import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.TemplateSet;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Helm's and Sprig's functions called from real templates of the engine. Expected texts come from helm v4.1.4
 * rendering the same template text as {@code c/templates/t.txt} of a probe chart (values {@code coreDNSTag: 1.2.2});
 * helm's file name is replaced by this test's template name.
 */
class HelmFunctionsInTemplatesTest {
    private static final String NAME = "t.txt";

    private static FuncMap funcs() {
        FuncMap map = GoBuiltins.funcMap();
        SprigFunctions.register(map);
        HelmFunctions.register(map);
        return map;
    }

    private static Map<String, Object> data() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("coreDNSTag", "1.2.2");
        values.put("f", 1.5);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Values", values);
        return data;
    }

    private static String render(String template) {
        TemplateSet set = TemplateSet.create(funcs());
        set.parse(NAME, template);
        return set.execute(NAME, data(), ExecOptions.helm()).output();
    }

    private static TemplateException failure(String template) {
        return catchThrowableOfType(TemplateException.class, () -> render(template));
    }

    @Test
    void includeRendersADefineWithItsOwnDot() {
        assertThat(render("{{ define \"a\" }}A{{ .x }}{{ end }}{{ include \"a\" (dict \"x\" 1) | lower }}"))
                .isEqualTo("a1");
    }

    /**
     * Helm's tpl runs the tree it just parsed: a nested {@code tpl ""} (grafana/promtail's empty config snippets)
     * prints nothing, though Go keeps the outer text under the name; running the name again never ended.
     */
    @Test
    void nestedTplOfEmptyOrBlankTextPrintsItsOwnText() {
        String outer = "a{{ tpl \\\"\\\" . }}b{{ tpl \\\"  \\\" . }}c";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> render("[{{ tpl \"" + outer + "\" . }}]")))
                .isEqualTo("[ab  c]");
    }

    /**
     * A variable that holds no value ({@code $s := (lookup ...).data}, as bitnami's mariadb chart does) reaches Sprig's
     * map functions as Go's nil map: it reads as empty, prints {@code map[]}, marshals as null and cannot be set.
     * Expectations from helm v4.1.4 on the same templates.
     */
    @Test
    void sprigMapFunctionsSeeAVariableWithoutValueAsGosNilMap() {
        String nil = "{{- $n := .missing }}";
        assertThat(render(nil + "{{ hasKey $n \"x\" }}|{{ get $n \"x\" }}|{{ keys $n | toJson }}|"
                + "{{ pick $n \"x\" | toJson }}|{{ omit $n \"x\" }}|{{ values $n | toJson }}|{{ unset $n \"x\" }}|"
                + "{{ unset $n \"x\" | toJson }}|{{ unset $n \"x\" | toYaml }}|{{ merge $n (dict \"a\" 1) | toJson }}|"
                + "{{ mergeOverwrite $n (dict \"a\" 1) }}|{{ empty $n }}"))
                .isEqualTo("false||[]|{}|map[]|[]|map[]|null|null|{\"a\":1}|map[a:1]|true");
        assertThat(failure(nil + "{{ set $n \"x\" 1 }}").getMessage())
                .endsWith("error calling set: assignment to entry in nil map");
        assertThat(failure(nil + "{{ deepCopy $n }}").getMessage())
                .endsWith("error calling deepCopy: reflect: call of reflect.Value.Type on zero Value");
    }

    @Test
    void tplSeesItsOwnDefinesAndDropsNoValue() {
        assertThat(render("{{ tpl \"{{ define \\\"t\\\" }}T{{ end }}{{ include \\\"t\\\" . }}\" . }}|{{ tpl \"{{ .missing }}\" . }}|"))
                .isEqualTo("T||");
    }

    @Test
    void requiredFailsWithHelmsMarkedMessage() {
        TemplateException e = failure("{{ required \"need x\" .Values.x }}");
        assertThat(e.getMessage()).isEqualTo("template: t.txt:1:3: executing \"t.txt\" at <required \"need x\" .Values.x>: "
                + "error calling required: HELM_ERR_STARTneed xHELM_ERR_END");
        // helm prints: Error: execution error at (c/templates/t.txt:1:3): need x
        assertThat(HelmFunctions.unwrapError(e.getMessage())).isEqualTo("need x");
    }

    @Test
    void requiredRejectsTheEmptyStringButPassesOtherValues() {
        assertThat(HelmFunctions.unwrapError(failure("{{ required \"need s\" \"\" }}").getMessage())).isEqualTo("need s");
        assertThat(render("{{ required \"m\" 0 }}|{{ required \"m\" false }}")).isEqualTo("0|false");
    }

    @Test
    void failIsHelmsMarkedFailure() {
        TemplateException e = failure("{{ fail \"boom\" }}");
        assertThat(HelmFunctions.unwrapError(e.getMessage())).isEqualTo("boom");
    }

    @Test
    void includeOfAMissingTemplateNamesHelmsRootTemplate() {
        assertThat(failure("{{ include \"nope\" . }}").getMessage()).endsWith(
                "error calling include: template: no template \"nope\" associated with template \"gotpl\"");
    }

    @Test
    void tplReportsParseErrorsWithTheTemplateText() {
        assertThat(failure("{{ tpl \"{{ .x\" . }}").getMessage()).isEqualTo(
                "template: t.txt:1:3: executing \"t.txt\" at <tpl \"{{ .x\" .>: error calling tpl: "
                        + "cannot parse template \"{{ .x\": template: gotpl:1: unclosed action");
    }

    @Test
    void tplReportsExecutionErrorsWithTheInnerPosition() {
        assertThat(failure("{{ tpl \"{{ .Values.x.y }}\" . }}").getMessage()).isEqualTo(
                "template: t.txt:1:3: executing \"t.txt\" at <tpl \"{{ .Values.x.y }}\" .>: error calling tpl: "
                        + "error during tpl function execution for \"{{ .Values.x.y }}\": template: gotpl:1:10: "
                        + "executing \"gotpl\" at <.Values.x.y>: nil pointer evaluating interface {}.y");
    }

    @Test
    void tplPassesAMarkedRequiredThrough() {
        assertThat(HelmFunctions.unwrapError(failure("{{ tpl \"{{ required \\\"inner\\\" .Values.x }}\" . }}").getMessage()))
                .isEqualTo("inner");
    }

    @Test
    void includeStopsARecursiveTemplateAfterAThousandLevels() {
        String message = failure("{{ define \"r\" }}{{ include \"r\" . }}{{ end }}{{ include \"r\" . }}").getMessage();
        assertThat(message).endsWith("error calling include: rendering template has a nested reference name: r: "
                + "unable to execute template");
        assertThat(message.split("error calling include", -1)).hasSize(1003);
    }

    @Test
    void semverVersionsCompareThroughTheirMethods() {
        assertThat(render("{{ if eq -1 (semver .Values.coreDNSTag | (semver \"1.4.0\").Compare) }}older{{ end }}"
                + "|{{ typeOf ((semver \"1.4.0\").Compare (semver \"1.0.0\")) }}|{{ semver \"v1.4\" }}"))
                .isEqualTo("|int|1.4.0");
        assertThat(render("{{ toYaml (semver \"1.4.0\") }}|{{ toJson (semver \"v1.4\") }}")).isEqualTo("1.4.0|\"1.4.0\"");
    }

    @Test
    void argumentsAreCheckedAgainstSprigsGoSignatures() {
        assertThat(failure("{{ trunc .Values.f \"abc\" }}").getMessage())
                .endsWith("wrong type for value; expected int; got float64");
    }

    @Test
    void panickingSprigFunctionsFailLikeGoErrors() {
        assertThat(failure("{{ first \"abc\" }}").getMessage()).isEqualTo(
                "template: t.txt:1:3: executing \"t.txt\" at <first \"abc\">: error calling first: Cannot find first on type string");
        assertThat(failure("{{ semver \"foo\" }}").getMessage()).endsWith("error calling semver: invalid semantic version");
        assertThat(failure("{{ semverCompare \">=1.0\" \"bar\" }}").getMessage())
                .endsWith("error calling semverCompare: invalid semantic version");
        assertThat(failure("{{ semverCompare \"~~1\" \"1.0.0\" }}").getMessage())
                .endsWith("error calling semverCompare: improper constraint: ~~1");
    }

    @Test
    void lookupIsEmptyOffline() {
        assertThat(render("{{ lookup \"v1\" \"Pod\" \"ns\" \"n\" }}|{{ typeOf (lookup \"v1\" \"Pod\" \"\" \"\") }}"))
                .isEqualTo("map[]|map[string]interface {}");
    }
}
