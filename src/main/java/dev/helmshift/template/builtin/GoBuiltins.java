package dev.helmshift.template.builtin;

import dev.helmshift.template.exec.FuncMap;

/**
 * Go text/template's predefined functions: and, or, not, len, index, slice, print, printf, println, html, js,
 * urlquery, call, eq, ne, lt, le, gt, ge.
 */
public final class GoBuiltins {
    private GoBuiltins() {
    }

    /** A new FuncMap holding Go's builtins; the embedder adds its own functions on top. */
    public static FuncMap funcMap() {
        return new FuncMap();
    }
}
