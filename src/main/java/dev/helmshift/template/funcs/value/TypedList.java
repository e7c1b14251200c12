package dev.helmshift.template.funcs.value;

import dev.helmshift.template.exec.GoTyped;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A list that remembers the Go slice type it stands for ({@code []string}, {@code []int}), so that {@code typeOf},
 * {@code kindOf} and {@code %T} print what Go prints for Sprig results such as {@code splitList} or {@code until}.
 * Everywhere else it is an ordinary {@code List<Object>} of the value model.
 */
public final class TypedList extends ArrayList<Object> implements GoTyped {
    private final String goType;

    public TypedList(String goType, Collection<?> elements) {
        super(elements);
        this.goType = goType;
    }

    public static TypedList strings(Collection<String> elements) {
        return new TypedList("[]string", elements);
    }

    public static TypedList ints(Collection<Integer> elements) {
        return new TypedList("[]int", elements);
    }

    /** The Go type name, e.g. {@code []string}. */
    public String goType() {
        return goType;
    }

    @Override
    public String goTypeName() {
        return goType;
    }
}
