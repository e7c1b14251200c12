package dev.helmshift.template;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.ExecResult;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.TemplateSet;

/** Small helpers for engine tests: render one template text with Go's builtins. */
final class TemplateTesting {
    static final String NAME = "t.yaml";

    private TemplateTesting() {
    }

    static ExecResult run(String template, Object data, ExecOptions options) {
        return run(GoBuiltins.funcMap(), template, data, options);
    }

    static ExecResult run(FuncMap funcs, String template, Object data, ExecOptions options) {
        TemplateSet set = TemplateSet.create(funcs);
        set.parse(NAME, template);
        return set.execute(NAME, data, options);
    }

    static String render(String template, Object data) {
        return run(template, data, ExecOptions.helm()).output();
    }

    static TemplateException failure(String template, Object data) {
        return failure(template, data, ExecOptions.helm());
    }

    static TemplateException failure(String template, Object data, ExecOptions options) {
        try {
            String out = run(template, data, options).output();
            throw new AssertionError("expected a TemplateException, rendered: " + out);
        } catch (TemplateException e) {
            return e;
        }
    }
}
