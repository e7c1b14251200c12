package dev.helmshift.template;

import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.ExecResult;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CURRENT follows Go >= 1.18; LEGACY renders as Go <= 1.13 (Helm 2) did and reports each rescue. */
class GoCompatTest {
    private static final ExecOptions LEGACY = ExecOptions.helm(GoCompat.LEGACY);

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Map.of("Values", m);
    }

    @Test
    void currentModeRejectsArgumentsAfterAParenthesizedPipeline() {
        TemplateException e = TemplateTesting.failure(
                "x\n{{ if (.Values.a) and (.Values.b) }}yes{{ end }}", values("a", true, "b", false));
        assertThat(e.getMessage()).isEqualTo("template: t.yaml:2:6: executing \"t.yaml\" at "
                + "<(.Values.a) and (.Values.b)>: can't give argument to non-function .Values.a");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void legacyModeEvaluatesOnlyTheParenthesizedPipelineAndReportsTheFix() {
        ExecResult r = TemplateTesting.run(
                "x\n{{ if (.Values.a) and (.Values.b) }}yes{{ else }}no{{ end }}", values("a", true, "b", false),
                LEGACY);
        assertThat(r.output()).isEqualTo("x\nyes");
        assertThat(r.diagnostics()).containsExactly(new CompatDiagnostic("t.yaml", 2, 6,
                "(.Values.a) and (.Values.b)",
                "legacy Go (<= 1.13) ignored the arguments after (.Values.a); current Go fails with "
                        + "\"can't give argument to non-function .Values.a\"",
                "write \"and (.Values.a) (.Values.b)\""));
    }

    @Test
    void legacyModeIgnoresTheRestEvenWhenItWouldFail() {
        ExecResult r = TemplateTesting.run("{{ if (.Values.a) and eq .Values.p \"jaeger\" }}on{{ end }}",
                values("a", false), LEGACY);
        assertThat(r.output()).isEmpty();
        assertThat(r.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.fix()).isEqualTo("write \"and (.Values.a) eq .Values.p \"jaeger\"\""));
    }

    @Test
    void aRescueInsideALoopIsReportedOnce() {
        ExecResult r = TemplateTesting.run("{{ range .Values.l }}{{ if (.) or false }}{{ . }}{{ end }}{{ end }}",
                values("l", java.util.List.of("a", "b")), LEGACY);
        assertThat(r.output()).isEqualTo("ab");
        assertThat(r.diagnostics()).hasSize(1);
    }

    @Test
    void currentModeShortCircuitsAndAndOr() {
        assertThat(TemplateTesting.render("{{ and false .Values.a.b }} {{ or 1 .Values.a.b }}", values()))
                .isEqualTo("false 1");
    }

    @Test
    void legacyModeEvaluatesEveryArgumentOfAndAndOr() {
        TemplateException e = TemplateTesting.failure("{{ or true .Values.a.b }}", values(), LEGACY);
        assertThat(e.detail()).isEqualTo("nil pointer evaluating interface {}.b");
        assertThat(e.column()).isEqualTo(18); // Go positions .a.b chains at their second field
    }

    @Test
    void legacyAndOrStillPickTheDecidingValue() {
        assertThat(TemplateTesting.run("{{ and 1 0 2 }} {{ or 0 \"\" \"x\" }} {{ or 0 \"\" }}", values(), LEGACY)
                .output()).isEqualTo("0 x ");
    }

    @Test
    void currentModeHasNoDiagnostics() {
        ExecResult r = TemplateTesting.run("{{ if and .Values.a .Values.b }}y{{ end }}", values("a", 1.0, "b", 2.0),
                ExecOptions.helm());
        assertThat(r.output()).isEqualTo("y");
        assertThat(r.diagnostics()).isEmpty();
    }
}
