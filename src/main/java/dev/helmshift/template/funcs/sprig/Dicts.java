package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.value.GoPrint;
import dev.helmshift.template.funcs.value.GoTypes;
import dev.helmshift.template.funcs.value.GoValues;
import dev.helmshift.template.funcs.value.TypedList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sprig's dict functions. Go iterates maps in random order, so {@code keys} and {@code values} have no defined order
 * in Helm; here they come sorted by key, one of the orders Helm may give (charts sort them with sortAlpha anyway).
 */
public final class Dicts {
    private Dicts() {
    }

    public static Map<String, Object> dict(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = GoValues.strval(pairs[i]);
            out.put(key, i + 1 < pairs.length ? pairs[i + 1] : "");
        }
        return out;
    }

    public static Object get(Map<String, Object> d, String key) {
        return d.containsKey(key) ? d.get(key) : "";
    }

    public static Map<String, Object> set(Map<String, Object> d, String key, Object value) {
        d.put(key, value);
        return d;
    }

    public static Map<String, Object> unset(Map<String, Object> d, String key) {
        d.remove(key);
        return d;
    }

    public static boolean hasKey(Map<String, Object> d, String key) {
        return d.containsKey(key);
    }

    public static List<Object> pluck(String name, Object... dicts) {
        List<Object> out = new ArrayList<>();
        for (Object d : dicts) {
            Map<?, ?> m = (Map<?, ?>) d;
            if (m != null && m.containsKey(name)) {
                out.add(m.get(name));
            }
        }
        return out;
    }

    public static List<Object> keys(Object... dicts) {
        List<String> out = new ArrayList<>();
        for (Object d : dicts) {
            if (d != null) {
                out.addAll(GoPrint.sortedKeys((Map<?, ?>) d));
            }
        }
        return TypedList.strings(out);
    }

    public static List<Object> values(Map<String, Object> d) {
        List<Object> out = new ArrayList<>();
        for (String k : GoPrint.sortedKeys(d)) {
            out.add(d.get(k));
        }
        return out;
    }

    public static Map<String, Object> pick(Map<String, Object> d, Object... keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object k : keys) {
            String key = (String) k;
            if (d.containsKey(key)) {
                out.put(key, d.get(key));
            }
        }
        return out;
    }

    public static Map<String, Object> omit(Map<String, Object> d, Object... keys) {
        List<Object> omitted = List.of(keys);
        Map<String, Object> out = new LinkedHashMap<>();
        d.forEach((k, v) -> {
            if (!omitted.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Sprig's {@code dig "a" "b" DEFAULT dict}: the value at a.b, or DEFAULT when a key is missing. */
    public static Object dig(Object... ps) {
        if (ps.length < 3) {
            throw new FunctionException("dig needs at least three arguments");
        }
        Object last = ps[ps.length - 1];
        if (!(last instanceof Map)) {
            throw GoPanic.interfaceConversion(GoTypes.typeName(last), "map[string]interface {}");
        }
        Object current = last;
        Object fallback = ps[ps.length - 2];
        for (int i = 0; i < ps.length - 2; i++) {
            if (!(ps[i] instanceof String key)) {
                throw GoPanic.interfaceConversion(GoTypes.typeName(ps[i]), "string");
            }
            if (!(current instanceof Map<?, ?> m)) {
                throw GoPanic.interfaceConversion(GoTypes.typeName(current), "map[string]interface {}");
            }
            if (!m.containsKey(key)) {
                return fallback;
            }
            current = m.get(key);
        }
        return current;
    }

    /** Sprig's {@code deepCopy}: maps and lists are copied all the way down; nil makes copystructure panic. */
    public static Object deepCopy(Object v) {
        if (v == null) {
            throw new FunctionException("reflect: call of reflect.Value.Type on zero Value");
        }
        return copy(v);
    }

    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), copy(val)));
            return out;
        }
        if (v instanceof TypedList typed) {
            return new TypedList(typed.goType(), typed);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(item -> out.add(copy(item)));
            return out;
        }
        return v;
    }

    /** Sprig's {@code merge}: mergo.Merge of each source into dst, which is changed in place and returned. */
    public static Map<String, Object> merge(Map<String, Object> dst, Object... srcs) {
        for (Object src : srcs) {
            if (src != null) {
                Mergo.merge(dst, castMap(src), false);
            }
        }
        return dst;
    }

    /** Sprig's {@code mergeOverwrite}: as merge, with values of later sources winning. */
    public static Map<String, Object> mergeOverwrite(Map<String, Object> dst, Object... srcs) {
        for (Object src : srcs) {
            if (src != null) {
                Mergo.merge(dst, castMap(src), true);
            }
        }
        return dst;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object v) {
        return (Map<String, Object>) v;
    }
}
