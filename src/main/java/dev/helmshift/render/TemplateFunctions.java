package dev.helmshift.render;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.FuncMap;

/** The functions helm v4 gives templates: Go's builtins, then Sprig's, then Helm's own (later names win, as in Helm). */
public final class TemplateFunctions {
    private TemplateFunctions() {
    }

    public static FuncMap helm() {
        return GoBuiltins.funcMap();
    }
}
