package dev.helmshift.goyaml;

import dev.helmshift.gobytes.GoBytes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How encoding/json fills a Go struct from a JSON object that sigs.k8s.io/yaml made: keys are visited in the order
 * json.Marshal wrote them (sorted), a key fills the field of that name or, failing that, the field whose name equals
 * it ignoring case, a later key overwrites an earlier one, and a JSON null leaves the field as it was. The first type
 * error in that order is the one Go reports, so callers check the values in the order given here.
 */
public final class GoJsonFields {
    private GoJsonFields() {
    }

    /** Field name → JSON value, in the order encoding/json assigns them; fields without a key are absent. */
    public static Map<String, Object> assign(Map<String, Object> object, List<String> fields) {
        List<String> keys = new ArrayList<>(object.keySet());
        keys.sort(GoBytes::compare);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            String field = field(key, fields);
            Object value = object.get(key);
            if (field != null && value != null) {
                out.put(field, value);
            }
        }
        return out;
    }

    private static String field(String key, List<String> fields) {
        if (fields.contains(key)) {
            return key;
        }
        for (String f : fields) {
            if (f.equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }

    /** encoding/json's type error for a struct field, e.g. {@code json: cannot unmarshal array into Go struct field
     * Metadata.name of type string}. */
    public static String typeError(Object json, String field, String goType) {
        return "json: cannot unmarshal " + SigsYaml.jsonKind(json) + " into Go struct field " + field + " of type "
                + goType;
    }

    /** encoding/json's type error for the whole value, e.g. {@code ... into Go value of type chart.Metadata}. */
    public static String valueTypeError(Object json, String goType) {
        return "json: cannot unmarshal " + SigsYaml.jsonKind(json) + " into Go value of type " + goType;
    }
}
