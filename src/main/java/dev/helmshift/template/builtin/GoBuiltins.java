package dev.helmshift.template.builtin;

import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.GoFmt;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.LogicFunctions;
import dev.helmshift.template.exec.Signature;

/**
 * Go text/template's predefined functions: and, or, not, len, index, slice, print, printf, println, html, js,
 * urlquery, call, eq, ne, lt, le, gt, ge.
 */
public final class GoBuiltins {
    private GoBuiltins() {
    }

    /** A new FuncMap holding Go's builtins; the embedder adds its own functions on top. */
    public static FuncMap funcMap() {
        FuncMap m = new FuncMap();
        m.put(LogicFunctions.AND);
        m.put(LogicFunctions.OR);
        m.put("not", Signature.of(GoType.ANY), (ctx, a) -> !dev.helmshift.template.exec.GoValues.isTrue(a[0]));
        m.put("len", Signature.of(GoType.ANY).withError(), (ctx, a) -> Collections.length(a[0]));
        m.put("index", Signature.variadic(GoType.ANY, GoType.ANY).withError(),
                (ctx, a) -> Collections.index(a[0], rest(a)));
        m.put("slice", Signature.variadic(GoType.ANY, GoType.ANY).withError(),
                (ctx, a) -> Collections.slice(a[0], rest(a)));
        m.put("print", Signature.variadic(GoType.ANY), (ctx, a) -> GoFmt.sprint(a));
        m.put("printf", Signature.variadic(GoType.ANY, GoType.STRING),
                (ctx, a) -> GoFmt.sprintf((String) a[0], rest(a)));
        m.put("println", Signature.variadic(GoType.ANY), (ctx, a) -> GoFmt.sprintln(a));
        m.put("html", Signature.variadic(GoType.ANY), (ctx, a) -> Escapers.html(Escapers.evalArgs(a)));
        m.put("js", Signature.variadic(GoType.ANY), (ctx, a) -> Escapers.js(Escapers.evalArgs(a)));
        m.put("urlquery", Signature.variadic(GoType.ANY), (ctx, a) -> Escapers.urlQuery(Escapers.evalArgs(a)));
        m.put("call", Signature.variadic(GoType.ANY, GoType.ANY).withError(), Call::call);
        m.put("eq", Signature.variadic(GoType.ANY, GoType.ANY).withError(), (ctx, a) -> Comparisons.eq(a[0], rest(a)));
        m.put("ne", Signature.of(GoType.ANY, GoType.ANY).withError(), (ctx, a) -> !Comparisons.eq(a[0], a[1]));
        m.put("lt", Signature.of(GoType.ANY, GoType.ANY).withError(), (ctx, a) -> Comparisons.lt(a[0], a[1]));
        m.put("le", Signature.of(GoType.ANY, GoType.ANY).withError(), (ctx, a) -> Comparisons.le(a[0], a[1]));
        m.put("gt", Signature.of(GoType.ANY, GoType.ANY).withError(), (ctx, a) -> !Comparisons.le(a[0], a[1]));
        m.put("ge", Signature.of(GoType.ANY, GoType.ANY).withError(), (ctx, a) -> !Comparisons.lt(a[0], a[1]));
        return m;
    }

    private static Object[] rest(Object[] a) {
        Object[] r = new Object[a.length - 1];
        System.arraycopy(a, 1, r, 0, r.length);
        return r;
    }
}
