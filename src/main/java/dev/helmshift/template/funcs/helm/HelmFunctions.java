package dev.helmshift.template.funcs.helm;

import dev.helmshift.template.TemplateException;
import dev.helmshift.template.exec.CallContext;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.Signature;
import dev.helmshift.template.funcs.codec.GoJsonDecoder;
import dev.helmshift.template.funcs.codec.GoJsonEncoder;
import dev.helmshift.template.funcs.codec.GoJsonException;
import dev.helmshift.template.funcs.codec.GoTomlDecoder;
import dev.helmshift.template.funcs.codec.GoTomlEncoder;
import dev.helmshift.template.funcs.codec.GoYaml;
import dev.helmshift.template.funcs.codec.GoYamlDecoder;
import dev.helmshift.template.funcs.sprig.GoTime;
import dev.helmshift.template.funcs.value.GoStrconv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.helmshift.template.exec.GoType.ANY;
import static dev.helmshift.template.exec.GoType.STRING;

/**
 * Helm's own template functions (helm v4 pkg/engine): toYaml, mustToYaml, toYamlPretty, fromYaml, fromYamlArray,
 * toJson, mustToJson, fromJson, fromJsonArray, toToml, fromToml, include, tpl, required, fail and lookup, and Helm's
 * getHostByName. Register them after Sprig's, as Helm does, so Helm's toJson/fromJson/fail win.
 *
 * <p>{@code required} and {@code fail} wrap their message in {@link #ERR_START}/{@link #ERR_END}, as Helm does, so
 * the renderer can print Helm's {@code execution error at (FILE:LINE:COL): MESSAGE}; see {@link #unwrapError}.
 * {@code lookup} returns an empty map, as {@code helm template} does without a cluster. {@code getHostByName}
 * returns "" unless DNS lookups are enabled (helm's {@code --enable-dns}), in which case Sprig's resolving one stays.
 */
public final class HelmFunctions {
    private HelmFunctions() {
    }

    /** The markers Helm puts around the messages of required and fail. */
    public static final String ERR_START = "HELM_ERR_START";
    public static final String ERR_END = "HELM_ERR_END";

    /** The name Helm v4 gives the template that tpl parses its text as (and that include errors mention). */
    public static final String TPL_TEMPLATE_NAME = "gotpl";

    /** Helm stops an include chain that names the same template more often than this. */
    static final int MAX_INCLUDE_DEPTH = 1000;

    private static final String INCLUDE_COUNTS = HelmFunctions.class.getName() + ".includes";

    public static FuncMap funcMap() {
        FuncMap map = new FuncMap();
        register(map);
        return map;
    }

    /** Helm's functions, with DNS lookups disabled (Helm's default). */
    public static void register(FuncMap map) {
        register(map, false);
    }

    /**
     * Helm's functions. Without {@code enableDns} getHostByName returns "", as Helm's engine makes it; with it,
     * the Sprig function registered before (a real lookup) is kept.
     */
    public static void register(FuncMap map, boolean enableDns) {
        map.put("toYaml", Signature.of(ANY), (c, a) -> toYaml(a[0]));
        map.put("mustToYaml", Signature.of(ANY).withError(), (c, a) -> mustToYaml(a[0]));
        map.put("toYamlPretty", Signature.of(ANY), (c, a) -> toYamlPretty(a[0]));
        map.put("fromYaml", Signature.of(STRING), (c, a) -> fromYaml((String) a[0]));
        map.put("fromYamlArray", Signature.of(STRING), (c, a) -> fromYamlArray((String) a[0]));
        map.put("toJson", Signature.of(ANY), (c, a) -> toJson(a[0]));
        map.put("mustToJson", Signature.of(ANY).withError(), (c, a) -> mustToJson(a[0]));
        map.put("fromJson", Signature.of(STRING), (c, a) -> fromJson((String) a[0]));
        map.put("fromJsonArray", Signature.of(STRING), (c, a) -> fromJsonArray((String) a[0]));
        map.put("toToml", Signature.of(ANY), (c, a) -> GoTomlEncoder.encode(a[0]));
        map.put("fromToml", Signature.of(STRING), (c, a) -> fromToml((String) a[0]));
        map.put("include", Signature.of(STRING, ANY).withError(), (c, a) -> include(c, (String) a[0], a[1]));
        map.put("tpl", Signature.of(STRING, ANY).withError(), (c, a) -> tpl(c, (String) a[0], a[1]));
        map.put("required", Signature.of(STRING, ANY).withError(), (c, a) -> required((String) a[0], a[1]));
        map.put("fail", Signature.of(STRING).withError(), (c, a) -> {
            throw new FunctionException(wrap((String) a[0]));
        });
        map.put("lookup", Signature.of(STRING, STRING, STRING, STRING).withError(),
                (c, a) -> new LinkedHashMap<String, Object>());
        if (!enableDns) {
            map.put("getHostByName", Signature.of(STRING), (c, a) -> "");
        }
    }

    /** fromToml: the document's table; one that does not parse gives a map with the error text under "Error". */
    public static Map<String, Object> fromToml(String text) {
        try {
            return GoTomlDecoder.decode(text, GoTime::new);
        } catch (GoTomlDecoder.TomlException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("Error", e.getMessage());
            return out;
        }
    }

    /** toYaml: go-yaml output without its final newline; "" when the value cannot be marshalled. */
    public static String toYaml(Object v) {
        try {
            return trimFinalNewline(GoYaml.marshalLikeHelm(v));
        } catch (GoJsonException e) {
            return "";
        }
    }

    public static String mustToYaml(Object v) {
        try {
            return trimFinalNewline(GoYaml.marshalLikeHelm(v));
        } catch (GoJsonException e) {
            throw new FunctionException("error marshaling into JSON: " + e.getMessage());
        }
    }

    public static String toYamlPretty(Object v) {
        return trimFinalNewline(GoYaml.marshalPretty(v));
    }

    private static String trimFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** fromYaml: a map; a document that fails or is not a map gives a map with the error text under "Error". */
    public static Map<String, Object> fromYaml(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Object decoded = GoYamlDecoder.parse(text);
            if (decoded instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put((String) k, v));
            } else if (decoded != null) {
                out.put("Error", GoYamlDecoder.typeMismatch(decoded, "map[string]interface {}"));
            }
        } catch (GoYamlDecoder.YamlDecodeException e) {
            out.put("Error", e.getMessage());
        }
        return out;
    }

    /** fromYamlArray: a list; on failure a one-element list holding the error text. */
    public static List<Object> fromYamlArray(String text) {
        try {
            Object decoded = GoYamlDecoder.parse(text);
            if (decoded instanceof List<?> list) {
                return new ArrayList<>(list);
            }
            if (decoded == null) {
                return new ArrayList<>();
            }
            return new ArrayList<>(List.of(GoYamlDecoder.typeMismatch(decoded, "[]interface {}")));
        } catch (GoYamlDecoder.YamlDecodeException e) {
            return new ArrayList<>(List.of(e.getMessage()));
        }
    }

    public static String toJson(Object v) {
        try {
            return GoJsonEncoder.marshal(v);
        } catch (GoJsonException e) {
            return "";
        }
    }

    public static String mustToJson(Object v) {
        try {
            return GoJsonEncoder.marshal(v);
        } catch (GoJsonException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    public static Map<String, Object> fromJson(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Object decoded = GoJsonDecoder.parse(text);
            if (decoded instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put((String) k, v));
            } else if (decoded != null) {
                out.put("Error", "json: cannot unmarshal " + GoJsonDecoder.jsonKind(decoded)
                        + " into Go value of type map[string]interface {}");
            }
        } catch (GoJsonException e) {
            out.put("Error", e.getMessage());
        }
        return out;
    }

    public static List<Object> fromJsonArray(String text) {
        try {
            Object decoded = GoJsonDecoder.parse(text);
            if (decoded instanceof List<?> list) {
                return new ArrayList<>(list);
            }
            if (decoded == null) {
                return new ArrayList<>();
            }
            return new ArrayList<>(List.of("json: cannot unmarshal " + GoJsonDecoder.jsonKind(decoded)
                    + " into Go value of type []interface {}"));
        } catch (GoJsonException e) {
            return new ArrayList<>(List.of(e.getMessage()));
        }
    }

    /** required: the value, unless it is nil or the empty string. */
    public static Object required(String message, Object value) {
        if (value == null || "".equals(value)) {
            throw new FunctionException(wrap(message));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static String include(CallContext context, String name, Object data) {
        Map<String, Integer> counts = (Map<String, Integer>) context.executionState()
                .computeIfAbsent(INCLUDE_COUNTS, k -> new java.util.HashMap<String, Integer>());
        int depth = counts.getOrDefault(name, 0);
        if (depth > MAX_INCLUDE_DEPTH) {
            throw new FunctionException("rendering template has a nested reference name: " + name
                    + ": unable to execute template");
        }
        counts.put(name, depth + 1);
        try {
            return context.executeTemplate(name, data);
        } catch (TemplateException e) {
            throw new FunctionException(e.getMessage(), e);
        } finally {
            counts.put(name, counts.get(name) - 1);
        }
    }

    static String tpl(CallContext context, String text, Object data) {
        try {
            return context.parseAndExecute(TPL_TEMPLATE_NAME, text, data).replace("<no value>", "");
        } catch (TemplateException e) {
            String frame = e.phase() == TemplateException.Phase.PARSE
                    ? "cannot parse template " : "error during tpl function execution for ";
            throw new FunctionException(frame + GoStrconv.quote(text) + ": " + e.getMessage(), e);
        }
    }

    static String wrap(String message) {
        return ERR_START + message + ERR_END;
    }

    /**
     * The message between Helm's markers in an error text, or null when there are none: what Helm prints as
     * {@code execution error at (LOCATION): MESSAGE}.
     */
    public static String unwrapError(String errorText) {
        int start = errorText.indexOf(ERR_START);
        int end = errorText.lastIndexOf(ERR_END);
        if (start < 0 || end < start) {
            return null;
        }
        return errorText.substring(start + ERR_START.length(), end);
    }
}
