package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.value.Cast;
import dev.helmshift.template.funcs.value.GoTypes;
import dev.helmshift.template.funcs.value.GoValues;
import dev.helmshift.template.funcs.value.TypedList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sprig's list functions. Each {@code mustX} returns Sprig's error; {@code x} is the same call whose error Go turns
 * into a panic, which the template reports identically ({@code error calling x: Cannot find first on type string}).
 */
public final class Lists {
    private Lists() {
    }

    /** Sprig reads a list argument through reflection; nil has no type at all and panics. */
    private static List<?> asList(Object list, String what) {
        if (list == null) {
            throw GoPanic.nilPointer();
        }
        if (list instanceof List<?> l) {
            return l;
        }
        throw new FunctionException(what.formatted(GoTypes.kindName(list)));
    }

    public static List<Object> list(Object... items) {
        List<Object> out = new ArrayList<>(items.length);
        Collections.addAll(out, items);
        return out;
    }

    public static List<Object> push(Object list, Object v) {
        List<Object> out = new ArrayList<>(asList(list, "Cannot push on type %s"));
        out.add(v);
        return out;
    }

    public static List<Object> prepend(Object list, Object v) {
        List<Object> out = new ArrayList<>();
        out.add(v);
        out.addAll(asList(list, "Cannot prepend on type %s"));
        return out;
    }

    public static Object chunk(int size, Object list) {
        List<?> l = asList(list, "Cannot chunk type %s");
        List<Object> out = new ArrayList<>();
        if (size <= 0) {
            throw new FunctionException("runtime error: makeslice: len out of range");
        }
        for (int i = 0; i < l.size(); i += size) {
            out.add(new ArrayList<Object>(l.subList(i, Math.min(l.size(), i + size))));
        }
        return out;
    }

    public static Object first(Object list) {
        List<?> l = asList(list, "Cannot find first on type %s");
        return l.isEmpty() ? null : l.get(0);
    }

    public static Object last(Object list) {
        List<?> l = asList(list, "Cannot find last on type %s");
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    public static List<Object> rest(Object list) {
        List<?> l = asList(list, "Cannot find rest on type %s");
        // Go returns a nil []interface{}, which prints as [] (unlike first/last's untyped nil).
        return l.isEmpty() ? new ArrayList<>() : new ArrayList<Object>(l.subList(1, l.size()));
    }

    public static List<Object> initial(Object list) {
        List<?> l = asList(list, "Cannot find initial on type %s");
        return l.isEmpty() ? new ArrayList<>() : new ArrayList<Object>(l.subList(0, l.size() - 1));
    }

    public static List<Object> reverse(Object list) {
        List<Object> out = new ArrayList<>(asList(list, "Cannot find reverse on type %s"));
        Collections.reverse(out);
        return out;
    }

    public static List<Object> compact(Object list) {
        List<Object> out = new ArrayList<>();
        for (Object item : asList(list, "Cannot compact on type %s")) {
            if (!GoValues.empty(item)) {
                out.add(item);
            }
        }
        return out;
    }

    public static List<Object> uniq(Object list) {
        List<Object> out = new ArrayList<>();
        for (Object item : asList(list, "Cannot find uniq on type %s")) {
            if (!contains(out, item)) {
                out.add(item);
            }
        }
        return out;
    }

    public static List<Object> without(Object list, Object... omit) {
        List<Object> omitted = list(omit);
        List<Object> out = new ArrayList<>();
        for (Object item : asList(list, "Cannot find without on type %s")) {
            if (!contains(omitted, item)) {
                out.add(item);
            }
        }
        return out;
    }

    public static boolean has(Object needle, Object haystack) {
        if (haystack == null) {
            return false;
        }
        return contains(asList(haystack, "Cannot find has on type %s"), needle);
    }

    static boolean contains(List<?> list, Object item) {
        for (Object candidate : list) {
            if (GoValues.deepEqual(candidate, item)) {
                return true;
            }
        }
        return false;
    }

    /** Sprig's {@code slice list [start [end]]}; keeps the list's Go type, as reflect's Slice does. */
    public static Object slice(Object list, Object... indices) {
        List<?> l = asList(list, "list should be type of slice or array but %s");
        if (l.isEmpty()) {
            return null;
        }
        int start = indices.length > 0 ? Cast.toInt(indices[0]) : 0;
        int end = indices.length > 1 ? Cast.toInt(indices[1]) : l.size();
        if (start < 0 || end < start || end > l.size()) {
            throw new FunctionException("reflect: slice index out of range");
        }
        List<Object> part = new ArrayList<>(l.subList(start, end));
        return l instanceof TypedList typed ? new TypedList(typed.goType(), part) : part;
    }

    public static Object concat(Object... lists) {
        List<Object> out = new ArrayList<>();
        for (Object list : lists) {
            if (list == null) {
                throw GoPanic.nilPointer();
            }
            if (!(list instanceof List<?> l)) {
                throw new FunctionException("Cannot concat type " + GoTypes.kindName(list) + " as list");
            }
            out.addAll(l);
        }
        return out;
    }

    public static List<Object> until(int count) {
        return count < 0 ? untilStep(0, count, -1) : untilStep(0, count, 1);
    }

    public static List<Object> untilStep(int start, int stop, int step) {
        List<Integer> out = new ArrayList<>();
        if (stop < start) {
            if (step >= 0) {
                return TypedList.ints(out);
            }
            for (long i = start; i > stop; i += step) {
                out.add((int) i);
            }
            return TypedList.ints(out);
        }
        if (step <= 0) {
            return TypedList.ints(out);
        }
        for (long i = start; i < stop; i += step) {
            out.add((int) i);
        }
        return TypedList.ints(out);
    }

    /** Sprig's {@code seq}, like the Unix command: {@code seq 3} is "1 2 3", {@code seq 0 2 6} "0 2 4 6". */
    public static String seq(Object... params) {
        int[] p = new int[params.length];
        for (int i = 0; i < params.length; i++) {
            p[i] = ((Number) params[i]).intValue();
        }
        List<Object> numbers;
        switch (p.length) {
            case 1 -> {
                int increment = p[0] < 1 ? -1 : 1;
                numbers = untilStep(1, p[0] + increment, increment);
            }
            case 2 -> {
                int step = p[1] < p[0] ? -1 : 1;
                numbers = untilStep(p[0], p[1] + step, step);
            }
            case 3 -> {
                int increment = 1;
                if (p[2] < p[0]) {
                    increment = -1;
                    if (p[1] > 0) {
                        return "";
                    }
                }
                numbers = untilStep(p[0], p[2] + increment, p[1]);
            }
            default -> {
                return "";
            }
        }
        List<String> parts = new ArrayList<>();
        numbers.forEach(n -> parts.add(String.valueOf(n)));
        return String.join(" ", parts);
    }
}
