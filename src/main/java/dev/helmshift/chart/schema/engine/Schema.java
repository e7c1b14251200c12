package dev.helmshift.chart.schema.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One compiled schema node, the library's {@code Schema} struct: filled in once by the compiler, then only read.
 * Absent keywords are null. Subschemas point at other nodes, so references and cycles are plain object links.
 */
final class Schema {
    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int NUMBER = 4;
    static final int INTEGER = 8;
    static final int STRING = 16;
    static final int ARRAY = 32;
    static final int OBJECT = 64;
    static final int[] TYPE_ORDER = {NULL, BOOLEAN, NUMBER, INTEGER, STRING, ARRAY, OBJECT};

    /** A pattern property: the compiled regex and its schema. */
    record PatternProperty(Regex regex, Schema schema) {
    }

    /** {@code $dynamicRef}: the initial target and the anchor it names (empty when none). */
    record DynamicRef(Schema ref, String anchor) {
    }

    /** {@code enum}: the values and the set of their types, for a quick miss. */
    record Enumeration(List<Object> values, int types) {
    }

    final Urls.UrlPtr up;
    final String location;
    Schema resource;
    Map<String, Schema> dynamicAnchors;
    boolean allPropsEvaluated;
    boolean allItemsEvaluated;
    int numItemsEvaluated;
    int draftVersion;

    Boolean bool;
    Schema ref;
    Schema recursiveRef;
    boolean recursiveAnchor;
    DynamicRef dynamicRef;
    String dynamicAnchor = "";
    int types;
    Enumeration enumeration;
    boolean hasConst;
    Object constValue;
    Schema not;
    List<Schema> allOf;
    List<Schema> anyOf;
    List<Schema> oneOf;
    Schema ifSchema;
    Schema thenSchema;
    Schema elseSchema;
    Formats.Format format;

    Long maxProperties;
    Long minProperties;
    List<String> required;
    Schema propertyNames;
    Map<String, Schema> properties;
    List<PatternProperty> patternProperties;
    /** null, a Boolean, or a Schema. */
    Object additionalProperties;
    /** property name → a List of names or a Schema. */
    Map<String, Object> dependencies;
    Map<String, List<String>> dependentRequired;
    Map<String, Schema> dependentSchemas;
    Schema unevaluatedProperties;

    Long minItems;
    Long maxItems;
    boolean uniqueItems;
    Schema contains;
    Long minContains;
    Long maxContains;
    /** null, a List of schemas (tuple form, before 2020-12) or a Schema. */
    Object items;
    /** null, a Boolean or a Schema. */
    Object additionalItems;
    List<Schema> prefixItems;
    Schema items2020;
    Schema unevaluatedItems;

    Long minLength;
    Long maxLength;
    Regex pattern;

    BigDecimal maximum;
    BigDecimal minimum;
    BigDecimal exclusiveMaximum;
    BigDecimal exclusiveMinimum;
    BigDecimal multipleOf;

    Schema(Urls.UrlPtr up) {
        this.up = up;
        this.location = up.toString();
    }

    /** The JSON type names of a type set, in the library's order. */
    static List<String> typeNames(int types) {
        List<String> names = new java.util.ArrayList<>();
        for (int t : TYPE_ORDER) {
            if ((types & t) != 0) {
                names.add(typeName(t));
            }
        }
        return names;
    }

    static String typeName(int type) {
        return switch (type) {
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case INTEGER -> "integer";
            case STRING -> "string";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "";
        };
    }

    static int typeFromName(String name) {
        return switch (name) {
            case "null" -> NULL;
            case "boolean" -> BOOLEAN;
            case "number" -> NUMBER;
            case "integer" -> INTEGER;
            case "string" -> STRING;
            case "array" -> ARRAY;
            case "object" -> OBJECT;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return location;
    }
}
