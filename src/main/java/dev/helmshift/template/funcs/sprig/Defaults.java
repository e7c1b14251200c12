package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.funcs.value.GoTypes;
import dev.helmshift.template.funcs.value.GoValues;

/** Sprig's default, empty, coalesce, all, any, ternary and the reflection functions typeOf/kindOf/typeIs/kindIs. */
public final class Defaults {
    private Defaults() {
    }

    /** {@code default D V}: V unless it is missing or empty (nil, false, 0, "", empty list or map). */
    public static Object dfault(Object d, Object... given) {
        if (given.length == 0 || GoValues.empty(given[0])) {
            return d;
        }
        return given[0];
    }

    public static Object coalesce(Object... values) {
        for (Object v : values) {
            if (!GoValues.empty(v)) {
                return v;
            }
        }
        return null;
    }

    public static boolean all(Object... values) {
        for (Object v : values) {
            if (GoValues.empty(v)) {
                return false;
            }
        }
        return true;
    }

    public static boolean any(Object... values) {
        for (Object v : values) {
            if (!GoValues.empty(v)) {
                return true;
            }
        }
        return false;
    }

    public static Object ternary(Object whenTrue, Object whenFalse, boolean condition) {
        return condition ? whenTrue : whenFalse;
    }

    public static String typeOf(Object v) {
        return GoTypes.typeName(v);
    }

    public static String kindOf(Object v) {
        return GoTypes.kindName(v);
    }

    public static boolean typeIs(String target, Object v) {
        return target.equals(GoTypes.typeName(v));
    }

    /** Sprig's typeIsLike: the type, or the type behind one pointer ({@code *T} is like {@code T}). */
    public static boolean typeIsLike(String target, Object v) {
        String t = GoTypes.typeName(v);
        return target.equals(t) || ("*" + target).equals(t);
    }

    public static boolean kindIs(String target, Object v) {
        return target.equals(GoTypes.kindName(v));
    }
}
