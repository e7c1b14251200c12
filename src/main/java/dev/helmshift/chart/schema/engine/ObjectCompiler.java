package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoNumbers;
import dev.helmshift.chart.schema.golang.GoQuote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one schema object keyword by keyword, draft by draft, as the library's objCompiler: only the keywords
 * the draft (and the dialect's vocabularies) define; before 2019-09 a {@code $ref} makes its draft-4 siblings void.
 * A keyword whose value has the wrong JSON type is ignored here (the meta-schema has already said so).
 */
final class ObjectCompiler {
    private final Compiler compiler;
    private final Map<String, Object> obj;
    private final Urls.UrlPtr up;
    private final Root root;
    private final Root.Resource res;
    private final Compiler.Queue queue;

    ObjectCompiler(Compiler compiler, Map<String, Object> obj, Urls.UrlPtr up, Root root, Root.Resource res,
                   Compiler.Queue queue) {
        this.compiler = compiler;
        this.obj = obj;
        this.up = up;
        this.root = root;
        this.res = res;
        this.queue = queue;
    }

    void compile(Schema s) throws SchemaException {
        compileDraft4(s);
        if (s.draftVersion >= 6) {
            compileDraft6(s);
        }
        if (s.draftVersion >= 7) {
            compileDraft7(s);
        }
        if (s.draftVersion >= 2019) {
            compileDraft2019(s);
        }
        if (s.draftVersion >= 2020) {
            compileDraft2020(s);
        }
    }

    private boolean hasVocab(String name) {
        return res.dialect.hasVocab(name);
    }

    private void compileDraft4(Schema s) throws SchemaException {
        s.ref = enqueueRef("$ref");
        if (s.draftVersion < 2019 && s.ref != null) {
            return;
        }
        if (hasVocab("applicator")) {
            s.allOf = enqueueArr("allOf");
            s.anyOf = enqueueArr("anyOf");
            s.oneOf = enqueueArr("oneOf");
            s.not = enqueueProp("not");
            if (s.draftVersion < 2020 && obj.containsKey("items")) {
                if (obj.get("items") instanceof List) {
                    s.items = enqueueArr("items");
                    s.additionalItems = enqueueAdditional("additionalItems");
                } else {
                    s.items = enqueueProp("items");
                }
            }
            s.properties = enqueueMap("properties");
            Map<String, Schema> patterns = enqueueMap("patternProperties");
            if (patterns != null) {
                s.patternProperties = new ArrayList<>();
                for (Map.Entry<String, Schema> e : patterns.entrySet()) {
                    s.patternProperties.add(new Schema.PatternProperty(regex(e.getKey(), "patternProperties"), e.getValue()));
                }
            }
            s.additionalProperties = enqueueAdditional("additionalProperties");
            Map<String, Object> deps = objVal("dependencies");
            if (deps != null) {
                s.dependencies = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : deps.entrySet()) {
                    if (e.getValue() instanceof List<?> names) {
                        s.dependencies.put(e.getKey(), strings(names));
                    } else {
                        String ptr = Urls.append(Urls.append(up.ptr(), "dependencies"), e.getKey());
                        s.dependencies.put(e.getKey(), compiler.enqueue(queue, new Urls.UrlPtr(up.url(), ptr)));
                    }
                }
            }
        }
        if (hasVocab("validation")) {
            if (obj.containsKey("type")) {
                s.types = types(obj.get("type"));
            }
            List<Object> values = arrVal("enum");
            if (values != null) {
                int types = 0;
                for (Object item : values) {
                    types |= GoValues.typeOf(item);
                }
                s.enumeration = new Schema.Enumeration(values, types);
            }
            s.multipleOf = numVal("multipleOf");
            s.maximum = numVal("maximum");
            if (bool("exclusiveMaximum")) {
                s.exclusiveMaximum = s.maximum;
                s.maximum = null;
            } else {
                s.exclusiveMaximum = numVal("exclusiveMaximum");
            }
            s.minimum = numVal("minimum");
            if (bool("exclusiveMinimum")) {
                s.exclusiveMinimum = s.minimum;
                s.minimum = null;
            } else {
                s.exclusiveMinimum = numVal("exclusiveMinimum");
            }
            s.minLength = intVal("minLength");
            s.maxLength = intVal("maxLength");
            String pattern = strVal("pattern");
            if (pattern != null) {
                s.pattern = regex(pattern, "pattern");
            }
            s.minItems = intVal("minItems");
            s.maxItems = intVal("maxItems");
            s.uniqueItems = bool("uniqueItems");
            s.maxProperties = intVal("maxProperties");
            s.minProperties = intVal("minProperties");
            List<Object> required = arrVal("required");
            if (required != null) {
                s.required = strings(required);
            }
        }
        if (assertFormat(s.draftVersion)) {
            String format = strVal("format");
            if (format != null) {
                s.format = Formats.named(format);
            }
        }
    }

    private void compileDraft6(Schema s) {
        if (hasVocab("applicator")) {
            s.contains = enqueueProp("contains");
            s.propertyNames = enqueueProp("propertyNames");
        }
        if (hasVocab("validation") && obj.containsKey("const")) {
            s.hasConst = true;
            s.constValue = obj.get("const");
        }
    }

    private void compileDraft7(Schema s) {
        if (hasVocab("applicator")) {
            s.ifSchema = enqueueProp("if");
            if (s.ifSchema != null) {
                Boolean b = obj.get("if") instanceof Boolean x ? x : null;
                if (b == null || b) {
                    s.thenSchema = enqueueProp("then");
                }
                if (b == null || !b) {
                    s.elseSchema = enqueueProp("else");
                }
            }
        }
    }

    private void compileDraft2019(Schema s) throws SchemaException {
        s.recursiveRef = enqueueRef("$recursiveRef");
        s.recursiveAnchor = bool("$recursiveAnchor");
        if (hasVocab("validation")) {
            if (s.contains != null) {
                s.minContains = intVal("minContains");
                s.maxContains = intVal("maxContains");
            }
            Map<String, Object> dependentRequired = objVal("dependentRequired");
            if (dependentRequired != null) {
                s.dependentRequired = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : dependentRequired.entrySet()) {
                    if (e.getValue() instanceof List<?> names) {
                        s.dependentRequired.put(e.getKey(), strings(names));
                    }
                }
            }
        }
        if (hasVocab("applicator")) {
            s.dependentSchemas = enqueueMap("dependentSchemas");
        }
        boolean unevaluated = s.draftVersion == 2019 ? hasVocab("applicator") : hasVocab("unevaluated");
        if (unevaluated) {
            s.unevaluatedItems = enqueueProp("unevaluatedItems");
            s.unevaluatedProperties = enqueueProp("unevaluatedProperties");
        }
    }

    private void compileDraft2020(Schema s) throws SchemaException {
        Schema target = enqueueRef("$dynamicRef");
        if (target != null) {
            String frag = Urls.splitFragment(strVal("$dynamicRef")).frag();
            boolean anchor = !frag.isEmpty() && !frag.startsWith("/");
            s.dynamicRef = new Schema.DynamicRef(target, anchor ? frag : "");
        }
        s.dynamicAnchor = strVal("$dynamicAnchor") == null ? "" : strVal("$dynamicAnchor");
        if (hasVocab("applicator")) {
            s.prefixItems = enqueueArr("prefixItems");
            s.items2020 = enqueueProp("items");
        }
    }

    private boolean assertFormat(int draftVersion) {
        if (compiler.assertFormat || draftVersion < 2019) {
            return true;
        }
        return draftVersion == 2019 ? hasVocab("format") : hasVocab("format-assertion");
    }

    private Regex regex(String source, String keyword) throws SchemaException {
        try {
            return Regex.compile(source);
        } catch (SchemaException e) {
            throw new SchemaException("invalid regex " + GoQuote.quote(source) + " at " + GoQuote.quote(up.format(keyword))
                    + ": " + e.getMessage());
        }
    }

    // --- references and subschemas

    private Schema enqueueRef(String keyword) throws SchemaException {
        String ref = strVal(keyword);
        if (ref == null) {
            return null;
        }
        Urls.UrlFrag uf = Urls.join(res.id, ref);
        Urls.UrlPtr local = root.resolve(uf);
        if (local != null) {
            return compiler.enqueue(queue, new Urls.UrlPtr(up.url(), local.ptr()));
        }
        return compiler.enqueue(queue, compiler.roots.resolveFragment(uf));
    }

    private Schema enqueueProp(String keyword) {
        if (!obj.containsKey(keyword)) {
            return null;
        }
        return compiler.enqueue(queue, new Urls.UrlPtr(up.url(), Urls.append(up.ptr(), keyword)));
    }

    private List<Schema> enqueueArr(String keyword) {
        List<Object> arr = arrVal(keyword);
        if (arr == null) {
            return null;
        }
        List<Schema> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            String ptr = Urls.append(Urls.append(up.ptr(), keyword), Integer.toString(i));
            out.add(compiler.enqueue(queue, new Urls.UrlPtr(up.url(), ptr)));
        }
        return out;
    }

    private Map<String, Schema> enqueueMap(String keyword) {
        Map<String, Object> map = objVal(keyword);
        if (map == null) {
            return null;
        }
        Map<String, Schema> out = new LinkedHashMap<>();
        for (String key : map.keySet()) {
            String ptr = Urls.append(Urls.append(up.ptr(), keyword), key);
            out.put(key, compiler.enqueue(queue, new Urls.UrlPtr(up.url(), ptr)));
        }
        return out;
    }

    /** additionalProperties/additionalItems: a boolean, a schema, or absent. */
    private Object enqueueAdditional(String keyword) {
        if (obj.get(keyword) instanceof Boolean b) {
            return b;
        }
        return enqueueProp(keyword);
    }

    // --- values

    private boolean bool(String keyword) {
        return Boolean.TRUE.equals(obj.get(keyword));
    }

    private String strVal(String keyword) {
        return obj.get(keyword) instanceof String s ? s : null;
    }

    private BigDecimal numVal(String keyword) {
        Object v = obj.get(keyword);
        return GoNumbers.isNumber(v) ? GoNumbers.exact(v) : null;
    }

    /** A whole number as Go's int: the low 64 bits of the numerator, as {@code big.Int.Int64} gives them. */
    private Long intVal(String keyword) {
        BigDecimal n = numVal(keyword);
        if (n == null || !GoNumbers.isInteger(n)) {
            return null;
        }
        return n.toBigInteger().longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> objVal(String keyword) {
        return obj.get(keyword) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    private List<Object> arrVal(String keyword) {
        return obj.get(keyword) instanceof List<?> l ? (List<Object>) l : null;
    }

    private static List<String> strings(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    private static int types(Object v) {
        int types = 0;
        if (v instanceof String name) {
            types = Schema.typeFromName(name);
        } else if (v instanceof List<?> names) {
            for (Object name : names) {
                if (name instanceof String s) {
                    types |= Schema.typeFromName(s);
                }
            }
        }
        return types;
    }
}
