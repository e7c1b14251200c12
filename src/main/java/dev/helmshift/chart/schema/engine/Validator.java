package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validation of one value against one schema node, keyword by keyword in the library's order: type, const, enum,
 * format, {@code $ref}, the object/array/string/number keywords, then the dynamic references, not/allOf/anyOf/oneOf/
 * if, and the unevaluated keywords. Errors keep that order; where the library walks a Go map (an object's
 * properties, the unevaluated ones, dependencies), whose order Go randomises, properties are taken in ascending
 * key order, so the text is stable.
 *
 * <p>A validator in "boolean" mode (inside {@code not}, {@code if}, a {@code oneOf} after its first match) only
 * needs to know whether the value is valid: it stops early and its errors carry nothing.
 */
final class Validator {
    private final Object v;
    private final Location vloc;
    private Schema sch;
    private final Scope scp;
    private Uneval uneval;
    private final List<ValidationError> errors = new ArrayList<>();
    private final boolean boolResult;
    private Schema meta;
    private final Map<String, Root.Resource> resources;

    private Validator(Object v, Location vloc, Schema sch, Scope scp, Uneval uneval, boolean boolResult, Schema meta,
                      Map<String, Root.Resource> resources) {
        this.v = v;
        this.vloc = vloc;
        this.sch = sch;
        this.scp = scp;
        this.uneval = uneval;
        this.boolResult = boolResult;
        this.meta = meta;
        this.resources = resources;
    }

    /** An instance location: a persistent list of tokens, shared by siblings. */
    record Location(Location parent, String token) {
        static final Location ROOT = new Location(null, null);

        Location child(String tok) {
            return new Location(this, tok);
        }

        List<String> tokens() {
            List<String> out = new ArrayList<>();
            for (Location l = this; l.parent != null; l = l.parent) {
                out.add(l.token);
            }
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /** The schemas on the way to the current one, to find reference cycles and to name keyword locations. */
    record Scope(Schema sch, String refKeyword, int vid, Scope parent) {
        Scope child(Schema s, String refKw, int id) {
            return new Scope(s, refKw, id, this);
        }

        /** An enclosing scope validating the same value with the same schema, or null. */
        Scope cycle() {
            for (Scope s = parent; s != null; s = s.parent) {
                if (s.vid != vid) {
                    break;
                }
                if (s.sch == sch) {
                    return s;
                }
            }
            return null;
        }

        String keywordLocation() {
            StringBuilder loc = new StringBuilder();
            for (Scope s = this; s.parent != null; s = s.parent) {
                if (!s.refKeyword.isEmpty()) {
                    loc.insert(0, "/" + Urls.escape(s.refKeyword));
                } else {
                    String cur = s.sch.location;
                    String parentLocation = s.parent.sch.location;
                    loc.insert(0, cur.startsWith(parentLocation) ? cur.substring(parentLocation.length()) : cur);
                }
            }
            return loc.toString();
        }
    }

    /** Properties and items no keyword has evaluated yet, for unevaluatedProperties/Items. */
    static final class Uneval {
        Set<String> props;
        Set<Integer> items;

        static Uneval of(Object v, Schema sch, boolean callerNeeds) {
            Uneval u = new Uneval();
            if (v instanceof Map<?, ?> obj) {
                if (!sch.allPropsEvaluated && (callerNeeds || sch.unevaluatedProperties != null)) {
                    u.props = new TreeSet<>();
                    for (Object k : obj.keySet()) {
                        u.props.add((String) k);
                    }
                }
            } else if (v instanceof List<?> arr) {
                if (!sch.allItemsEvaluated && (callerNeeds || sch.unevaluatedItems != null)
                        && sch.numItemsEvaluated < arr.size()) {
                    u.items = new TreeSet<>();
                    for (int i = sch.numItemsEvaluated; i < arr.size(); i++) {
                        u.items.add(i);
                    }
                }
            }
            return u;
        }

        void merge(Uneval other) {
            if (props != null) {
                props.removeIf(k -> other.props == null || !other.props.contains(k));
            }
            if (items != null) {
                items.removeIf(i -> other.items == null || !other.items.contains(i));
            }
        }

        boolean isEmpty() {
            return (props == null || props.isEmpty()) && (items == null || items.isEmpty());
        }
    }

    /**
     * {@code Schema.validate}: null when valid, else an error of kind {@link ErrorKind.SchemaRoot} whose causes are
     * the failures. {@code meta} and {@code resources} are set when validating a schema document against its
     * meta-schema (embedded resources may switch the meta-schema).
     */
    static ValidationError validateRoot(Schema sch, Object v, Schema meta, Map<String, Root.Resource> resources) {
        Validator vd = new Validator(v, Location.ROOT, sch, new Scope(sch, "", 0, null), Uneval.of(v, sch, false),
                false, meta, resources);
        ValidationError err = vd.validate();
        if (err == null) {
            return null;
        }
        ValidationError root = new ValidationError(sch.location, null, new ErrorKind.SchemaRoot(sch.location));
        if (err.kind instanceof ErrorKind.Group) {
            root.causes = err.causes;
        } else {
            root.causes.add(err);
        }
        return root;
    }

    /** Validates; on success returns null and leaves what stays unevaluated in {@link #uneval}. */
    private ValidationError validate() {
        Schema s = sch;
        if (s.bool != null) {
            return s.bool ? null : error(new ErrorKind.FalseSchema());
        }
        Scope cycle = scp.cycle();
        if (cycle != null) {
            return error(new ErrorKind.RefCycle(s.location, scp.keywordLocation(), cycle.keywordLocation()));
        }
        int t = GoValues.typeOf(v);
        if (t == 0) {
            return error(new ErrorKind.InvalidJsonValue(dev.helmshift.chart.schema.golang.GoTypes.name(v)));
        }
        if (s.types != 0) {
            boolean matched = (s.types & t) != 0
                    || (s.types & Schema.INTEGER) != 0 && t == Schema.NUMBER && GoNumbers.isInteger(GoNumbers.exact(v));
            if (!matched) {
                return error(new ErrorKind.Type(Schema.typeName(t), Schema.typeNames(s.types)));
            }
        }
        if (s.hasConst && !GoValues.equals(v, s.constValue)) {
            return error(new ErrorKind.Const(v, s.constValue));
        }
        if (s.enumeration != null) {
            boolean matched = false;
            if ((s.enumeration.types() & t) != 0) {
                for (Object item : s.enumeration.values()) {
                    if (GoValues.equals(v, item)) {
                        matched = true;
                        break;
                    }
                }
            }
            if (!matched) {
                return error(new ErrorKind.Enum(v, s.enumeration.values()));
            }
        }
        if (s.format != null) {
            String err = s.format.checker().check(v);
            if (err != null) {
                return error(new ErrorKind.Format(v, s.format.name(), err));
            }
        }
        if (s.ref != null) {
            ValidationError err = validateRef(s.ref, "$ref");
            if (s.draftVersion < 2019) {
                return err;
            }
            addErr(err);
        }
        if (v instanceof Map<?, ?> obj) {
            objValidate(obj);
        } else if (v instanceof List<?> arr) {
            arrValidate(arr);
        } else if (v instanceof String str) {
            strValidate(str);
        } else if (t == Schema.NUMBER) {
            numValidate();
        }
        if (errors.isEmpty() || !boolResult) {
            if (s.draftVersion >= 2019) {
                validateRefs();
            }
            condValidate();
            if (s.draftVersion >= 2019) {
                unevalValidate();
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        if (errors.size() == 1) {
            return errors.get(0);
        }
        ValidationError group = error(new ErrorKind.Group());
        group.causes = new ArrayList<>(errors);
        return group;
    }

    private void objValidate(Map<?, ?> obj) {
        Schema s = sch;
        if (s.minProperties != null && obj.size() < s.minProperties) {
            addError(new ErrorKind.CountBound("minProperties", obj.size(), s.minProperties));
        }
        if (s.maxProperties != null && obj.size() > s.maxProperties) {
            addError(new ErrorKind.CountBound("maxProperties", obj.size(), s.maxProperties));
        }
        if (s.required != null && !s.required.isEmpty()) {
            List<String> missing = findMissing(obj, s.required);
            if (missing != null) {
                addError(new ErrorKind.Required(missing));
            }
        }
        if (boolResult && !errors.isEmpty()) {
            return;
        }
        if (s.dependencies != null) {
            for (String pname : new TreeSet<>(s.dependencies.keySet())) {
                if (!obj.containsKey(pname)) {
                    continue;
                }
                Object dep = s.dependencies.get(pname);
                if (dep instanceof Schema depSchema) {
                    addErr(validateSelf(depSchema, "", false));
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> names = (List<String>) dep;
                    List<String> missing = findMissing(obj, names);
                    if (missing != null) {
                        addError(new ErrorKind.Dependency(pname, missing));
                    }
                }
            }
        }
        List<String> additional = new ArrayList<>();
        for (String pname : sortedKeys(obj)) {
            if (boolResult && !errors.isEmpty()) {
                return;
            }
            Object pvalue = obj.get(pname);
            boolean evaluated = false;
            if (s.properties != null && s.properties.containsKey(pname)) {
                evaluated = true;
                addErr(validateVal(s.properties.get(pname), pvalue, pname));
            }
            if (s.patternProperties != null) {
                for (Schema.PatternProperty pp : s.patternProperties) {
                    if (pp.regex().matches(pname)) {
                        evaluated = true;
                        addErr(validateVal(pp.schema(), pvalue, pname));
                    }
                }
            }
            if (!evaluated && s.additionalProperties != null) {
                evaluated = true;
                if (s.additionalProperties instanceof Boolean allowed) {
                    if (!allowed) {
                        additional.add(pname);
                    }
                } else {
                    addErr(validateVal((Schema) s.additionalProperties, pvalue, pname));
                }
            }
            if (evaluated && uneval.props != null) {
                uneval.props.remove(pname);
            }
        }
        if (!additional.isEmpty()) {
            addError(new ErrorKind.AdditionalProperties(additional));
        }
        if (s.draftVersion == 4) {
            return;
        }
        if (s.propertyNames != null) {
            for (String pname : sortedKeys(obj)) {
                Schema namesSchema = s.propertyNames;
                Schema namesMeta = meta;
                Root.Resource res = metaResource(namesSchema);
                if (res != null) {
                    namesMeta = res.dialect.metaSchema();
                    namesSchema = namesMeta;
                }
                ValidationError err = validateRoot(namesSchema, pname, namesMeta, resources);
                if (err != null) {
                    err.schemaUrl = s.propertyNames.location;
                    err.kind = new ErrorKind.PropertyNames(pname);
                    addErr(err);
                }
            }
        }
        if (s.draftVersion == 6) {
            return;
        }
        if (s.dependentSchemas != null) {
            for (String pname : new TreeSet<>(s.dependentSchemas.keySet())) {
                if (obj.containsKey(pname)) {
                    addErr(validateSelf(s.dependentSchemas.get(pname), "", false));
                }
            }
        }
        if (s.dependentRequired != null) {
            for (String pname : new TreeSet<>(s.dependentRequired.keySet())) {
                if (obj.containsKey(pname)) {
                    List<String> missing = findMissing(obj, s.dependentRequired.get(pname));
                    if (missing != null) {
                        addError(new ErrorKind.DependentRequired(pname, missing));
                    }
                }
            }
        }
    }

    private void arrValidate(List<?> arr) {
        Schema s = sch;
        if (s.minItems != null && arr.size() < s.minItems) {
            addError(new ErrorKind.CountBound("minItems", arr.size(), s.minItems));
        }
        if (s.maxItems != null && arr.size() > s.maxItems) {
            addError(new ErrorKind.CountBound("maxItems", arr.size(), s.maxItems));
        }
        if (s.uniqueItems && arr.size() > 1) {
            int[] dup = duplicates(arr);
            if (dup != null) {
                addError(new ErrorKind.UniqueItems(dup[0], dup[1]));
            }
        }
        if (s.draftVersion < 2020) {
            int evaluated = 0;
            if (s.items instanceof Schema itemSchema) {
                for (int i = 0; i < arr.size(); i++) {
                    addErr(validateVal(itemSchema, arr.get(i), Integer.toString(i)));
                }
                evaluated = arr.size();
            } else if (s.items instanceof List<?> tuple) {
                int n = Math.min(arr.size(), tuple.size());
                for (int i = 0; i < n; i++) {
                    addErr(validateVal((Schema) tuple.get(i), arr.get(i), Integer.toString(i)));
                }
                evaluated = n;
            }
            if (s.additionalItems instanceof Boolean allowed) {
                if (!allowed && evaluated != arr.size()) {
                    addError(new ErrorKind.AdditionalItems(arr.size() - evaluated));
                }
            } else if (s.additionalItems instanceof Schema additional) {
                for (int i = evaluated; i < arr.size(); i++) {
                    addErr(validateVal(additional, arr.get(i), tailIndex(i, evaluated)));
                }
            }
        } else {
            int evaluated = Math.min(s.prefixItems == null ? 0 : s.prefixItems.size(), arr.size());
            for (int i = 0; i < evaluated; i++) {
                addErr(validateVal(s.prefixItems.get(i), arr.get(i), Integer.toString(i)));
            }
            if (s.items2020 != null) {
                for (int i = evaluated; i < arr.size(); i++) {
                    addErr(validateVal(s.items2020, arr.get(i), tailIndex(i, evaluated)));
                }
            }
        }
        if (s.contains != null) {
            List<ValidationError> failures = new ArrayList<>();
            List<Integer> matched = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                ValidationError err = validateVal(s.contains, arr.get(i), Integer.toString(i));
                if (err != null) {
                    failures.add(err);
                } else {
                    matched.add(i);
                    if (s.draftVersion >= 2020 && uneval.items != null) {
                        uneval.items.remove(i);
                    }
                }
            }
            if (s.minContains != null) {
                if (matched.size() < s.minContains) {
                    addErrors(failures, new ErrorKind.MinContains(matched, s.minContains));
                }
            } else if (matched.isEmpty()) {
                addErrors(failures, new ErrorKind.Contains());
            }
            if (s.maxContains != null && matched.size() > s.maxContains) {
                addError(new ErrorKind.MaxContains(matched, s.maxContains));
            }
        }
    }

    /**
     * The location token of an item after the first {@code evaluated} ones: v6.0.2 counts from the start of that
     * tail (item 2 after two prefix items is {@code /0}), a slip fixed only in v6.0.3, and helm 4.1.4 prints it so.
     */
    private static String tailIndex(int i, int evaluated) {
        return Integer.toString(i - evaluated);
    }

    private void strValidate(String str) {
        Schema s = sch;
        int length = -1;
        if (s.minLength != null || s.maxLength != null) {
            length = str.codePointCount(0, str.length());
        }
        if (s.minLength != null && length < s.minLength) {
            addError(new ErrorKind.CountBound("minLength", length, s.minLength));
        }
        if (s.maxLength != null && length > s.maxLength) {
            addError(new ErrorKind.CountBound("maxLength", length, s.maxLength));
        }
        if (s.pattern != null && !s.pattern.matches(str)) {
            addError(new ErrorKind.Pattern(str, s.pattern.toString()));
        }
    }

    private void numValidate() {
        Schema s = sch;
        if (s.minimum == null && s.maximum == null && s.exclusiveMinimum == null && s.exclusiveMaximum == null
                && s.multipleOf == null) {
            return;
        }
        BigDecimal num = GoNumbers.exact(v);
        if (s.minimum != null && num.compareTo(s.minimum) < 0) {
            addError(new ErrorKind.NumberBound("minimum", num, s.minimum));
        }
        if (s.maximum != null && num.compareTo(s.maximum) > 0) {
            addError(new ErrorKind.NumberBound("maximum", num, s.maximum));
        }
        if (s.exclusiveMinimum != null && num.compareTo(s.exclusiveMinimum) <= 0) {
            addError(new ErrorKind.NumberBound("exclusiveMinimum", num, s.exclusiveMinimum));
        }
        if (s.exclusiveMaximum != null && num.compareTo(s.exclusiveMaximum) >= 0) {
            addError(new ErrorKind.NumberBound("exclusiveMaximum", num, s.exclusiveMaximum));
        }
        if (s.multipleOf != null && num.remainder(s.multipleOf).signum() != 0) {
            addError(new ErrorKind.NumberBound("multipleOf", num, s.multipleOf));
        }
    }

    private void condValidate() {
        Schema s = sch;
        if (s.not != null && validateSelf(s.not, "", true) == null) {
            addError(new ErrorKind.Not());
        }
        if (s.allOf != null && !s.allOf.isEmpty()) {
            List<ValidationError> failures = new ArrayList<>();
            for (Schema sub : s.allOf) {
                ValidationError err = validateSelf(sub, "", false);
                if (err != null) {
                    failures.add(err);
                    if (boolResult) {
                        break;
                    }
                }
            }
            if (!failures.isEmpty()) {
                addErrors(failures, new ErrorKind.AllOf());
            }
        }
        if (s.anyOf != null && !s.anyOf.isEmpty()) {
            boolean matched = false;
            List<ValidationError> failures = new ArrayList<>();
            for (Schema sub : s.anyOf) {
                ValidationError err = validateSelf(sub, "", false);
                if (err != null) {
                    failures.add(err);
                } else {
                    matched = true;
                    // for unevaluated keywords every subschema must be evaluated
                    if (uneval.isEmpty()) {
                        break;
                    }
                }
            }
            if (!matched) {
                addErrors(failures, new ErrorKind.AnyOf());
            }
        }
        if (s.oneOf != null && !s.oneOf.isEmpty()) {
            int matched = -1;
            List<ValidationError> failures = new ArrayList<>();
            for (int i = 0; i < s.oneOf.size(); i++) {
                ValidationError err = validateSelf(s.oneOf.get(i), "", matched != -1);
                if (err != null) {
                    if (matched == -1) {
                        failures.add(err);
                    }
                } else if (matched == -1) {
                    matched = i;
                } else {
                    addError(new ErrorKind.OneOf(List.of(matched, i)));
                    break;
                }
            }
            if (matched == -1) {
                addErrors(failures, new ErrorKind.OneOf(List.of()));
            }
        }
        if (s.ifSchema != null) {
            if (validateSelf(s.ifSchema, "", true) == null) {
                if (s.thenSchema != null) {
                    addErr(validateSelf(s.thenSchema, "", false));
                }
            } else if (s.elseSchema != null) {
                addErr(validateSelf(s.elseSchema, "", false));
            }
        }
    }

    private void unevalValidate() {
        Schema s = sch;
        if (v instanceof Map<?, ?> obj && s.unevaluatedProperties != null) {
            if (uneval.props != null) {
                for (String pname : new ArrayList<>(uneval.props)) {
                    if (obj.containsKey(pname)) {
                        addErr(validateVal(s.unevaluatedProperties, obj.get(pname), pname));
                    }
                }
            }
            uneval.props = null;
        }
        if (v instanceof List<?> arr && s.unevaluatedItems != null) {
            if (uneval.items != null) {
                for (Integer i : new ArrayList<>(uneval.items)) {
                    addErr(validateVal(s.unevaluatedItems, arr.get(i), Integer.toString(i)));
                }
            }
            uneval.items = null;
        }
    }

    /** The same value against another schema (allOf, $ref, ...): what it evaluates counts for this one too. */
    private ValidationError validateSelf(Schema sub, String refKw, boolean boolMode) {
        Validator subvd = new Validator(v, vloc, sub, scp.child(sub, refKw, scp.vid), Uneval.of(v, sub, !uneval.isEmpty()),
                boolResult || boolMode, meta, resources);
        subvd.handleMeta();
        ValidationError err = subvd.validate();
        if (err == null) {
            uneval.merge(subvd.uneval);
        }
        return err;
    }

    /** A property or item against its schema. */
    private ValidationError validateVal(Schema sub, Object value, String token) {
        Validator subvd = new Validator(value, vloc.child(token), sub, scp.child(sub, "", scp.vid + 1),
                Uneval.of(value, sub, false), boolResult, meta, resources);
        subvd.handleMeta();
        return subvd.validate();
    }

    /** When validating a document against its meta-schema, an embedded resource is checked with its own dialect. */
    private Root.Resource metaResource(Schema s) {
        if (s != meta || meta == null) {
            return null;
        }
        return resources.get(Urls.jsonPtr(vloc.tokens()));
    }

    private void handleMeta() {
        Root.Resource res = metaResource(sch);
        if (res == null) {
            return;
        }
        Schema m = res.dialect.metaSchema();
        meta = m;
        sch = m;
    }

    private ValidationError validateRef(Schema target, String keyword) {
        ValidationError err = validateSelf(target, keyword, false);
        if (err == null) {
            return null;
        }
        ValidationError refErr = error(new ErrorKind.Reference(keyword, target.location));
        if (err.kind instanceof ErrorKind.Group) {
            refErr.causes = err.causes;
        } else {
            refErr.causes.add(err);
        }
        return refErr;
    }

    private void validateRefs() {
        Schema recursive = sch.recursiveRef;
        if (recursive != null) {
            Schema target = recursive;
            if (target.recursiveAnchor) {
                for (Scope s = scp; s != null; s = s.parent()) {
                    if (s.sch().resource.recursiveAnchor) {
                        target = s.sch();
                    }
                }
            }
            addErr(validateRef(target, "$recursiveRef"));
        }
        Schema.DynamicRef dref = sch.dynamicRef;
        if (dref != null) {
            Schema target = dref.ref();
            if (!dref.anchor().isEmpty() && dref.anchor().equals(target.dynamicAnchor)) {
                for (Scope s = scp; s != null; s = s.parent()) {
                    Map<String, Schema> anchors = s.sch().resource.dynamicAnchors;
                    if (anchors != null && anchors.containsKey(dref.anchor())) {
                        target = anchors.get(dref.anchor());
                    }
                }
            }
            addErr(validateRef(target, "$dynamicRef"));
        }
    }

    private ValidationError error(ErrorKind kind) {
        if (boolResult) {
            return new ValidationError(null, null, null);
        }
        return new ValidationError(sch.location, vloc.tokens(), kind);
    }

    private void addErr(ValidationError err) {
        if (err != null) {
            errors.add(err);
        }
    }

    private void addError(ErrorKind kind) {
        errors.add(error(kind));
    }

    private void addErrors(List<ValidationError> causes, ErrorKind kind) {
        ValidationError err = error(kind);
        err.causes = causes;
        errors.add(err);
    }

    /** The required names absent from the object; null when none (in boolean mode, an empty list at the first). */
    private List<String> findMissing(Map<?, ?> obj, List<String> required) {
        List<String> missing = null;
        for (String pname : required) {
            if (!obj.containsKey(pname)) {
                if (boolResult) {
                    return List.of();
                }
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(pname);
            }
        }
        return missing;
    }

    private static List<String> sortedKeys(Map<?, ?> obj) {
        List<String> keys = new ArrayList<>(obj.size());
        for (Object k : obj.keySet()) {
            keys.add((String) k);
        }
        boolean sorted = obj instanceof java.util.SortedMap<?, ?> sortedMap && sortedMap.comparator() == null;
        if (!sorted && keys.size() > 1) {
            keys.sort(null);
        }
        return keys;
    }

    /** The first pair of equal items (earlier, later), as the library finds it, or null. */
    private static int[] duplicates(List<?> arr) {
        if (arr.size() <= 20) {
            for (int i = 1; i < arr.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (GoValues.equals(arr.get(i), arr.get(j))) {
                        return new int[] {j, i};
                    }
                }
            }
            return null;
        }
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        for (int i = 0; i < arr.size(); i++) {
            List<Integer> same = byHash.computeIfAbsent(GoValues.hash(arr.get(i)), h -> new ArrayList<>());
            for (int j : same) {
                if (GoValues.equals(arr.get(i), arr.get(j))) {
                    return new int[] {j, i};
                }
            }
            same.add(i);
        }
        return null;
    }
}
