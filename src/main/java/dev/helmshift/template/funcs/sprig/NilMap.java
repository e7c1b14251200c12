package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.funcs.codec.JsonValue;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Go's nil {@code map[string]interface {}}: what a Sprig map function sees when a template passes a variable holding
 * no value ({@code $s := (lookup ...).data}, then {@code hasKey $s "k"}). It reads as empty and prints
 * {@code map[]}; it cannot be written to; JSON (and so toYaml) writes it as {@code null}, as Go does.
 */
final class NilMap extends AbstractMap<String, Object> implements JsonValue {
    static final NilMap INSTANCE = new NilMap();

    private NilMap() {
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Set.of();
    }

    @Override
    public Object jsonValue() {
        return null;
    }
}
