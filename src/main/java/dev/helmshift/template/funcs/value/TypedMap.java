package dev.helmshift.template.funcs.value;

import dev.helmshift.template.exec.GoTyped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that remembers the Go map type it stands for ({@code map[string]string} from Sprig's {@code split}), so
 * reflection functions print Go's type. Everywhere else it is an ordinary {@code Map<String, Object>}.
 */
public final class TypedMap extends LinkedHashMap<String, Object> implements GoTyped {
    private final String goType;

    public TypedMap(String goType, Map<String, ?> entries) {
        super(entries);
        this.goType = goType;
    }

    public static TypedMap ofStrings(Map<String, String> entries) {
        return new TypedMap("map[string]string", entries);
    }

    public String goType() {
        return goType;
    }

    @Override
    public String goTypeName() {
        return goType;
    }
}
