package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.funcs.value.GoValues;

import java.util.List;
import java.util.Map;

/**
 * The map merge of dario.cat/mergo as Sprig calls it, for the value model.
 * <ul>
 *   <li>A nil source value is skipped (with overwrite it sets the key to nil).</li>
 *   <li>Two maps merge recursively, in place.</li>
 *   <li>Otherwise the source value is taken when the destination has no value or an empty one (Go's zero values,
 *   empty lists and maps), and with overwrite always; a non-empty destination list is kept without overwrite.</li>
 * </ul>
 */
final class Mergo {
    private Mergo() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> dst, Map<String, Object> src, boolean overwrite) {
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (value == null) {
                if (overwrite) {
                    dst.put(key, null);
                }
                continue;
            }
            boolean present = dst.containsKey(key);
            Object existing = dst.get(key);
            if (value instanceof Map && existing instanceof Map) {
                merge((Map<String, Object>) existing, (Map<String, Object>) value, overwrite);
                continue;
            }
            if (present && !GoValues.empty(existing) && value instanceof List) {
                if (overwrite) {
                    dst.put(key, value);
                }
                continue;
            }
            if (overwrite || !present || GoValues.empty(existing)) {
                dst.put(key, value);
            }
        }
    }
}
