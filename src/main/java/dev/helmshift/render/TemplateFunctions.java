package dev.helmshift.render;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.SprigFunctions;

/** The functions helm v4 gives templates: Go's builtins, then Sprig's, then Helm's own (later names win, as in Helm). */
public final class TemplateFunctions {
    private TemplateFunctions() {
    }

    public static FuncMap helm() {
        FuncMap funcs = GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        HelmFunctions.register(funcs);
        return funcs;
    }
}
