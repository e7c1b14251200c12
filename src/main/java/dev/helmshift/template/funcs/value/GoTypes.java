package dev.helmshift.template.funcs.value;

import dev.helmshift.template.exec.GoStruct;

import java.util.List;
import java.util.Map;

/** Go's names for the types and kinds of the value model, as {@code %T} and {@code reflect.Kind} print them. */
public final class GoTypes {
    private GoTypes() {
    }

    /** {@code fmt.Sprintf("%T", v)}: {@code <nil>}, {@code string}, {@code float64}, {@code []interface {}}, ... */
    public static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof TypedList typed) {
            return typed.goType();
        }
        if (v instanceof TypedMap typed) {
            return typed.goType();
        }
        if (v instanceof GoStruct struct) {
            return struct.goTypeName();
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof byte[]) {
            return "[]uint8";   // .Files.GetBytes, and each file of .Files.Glob
        }
        return v.getClass().getSimpleName();
    }

    /** {@code reflect.ValueOf(v).Kind().String()}: {@code invalid} for nil, {@code slice}, {@code map}, {@code ptr}, ... */
    public static String kindName(Object v) {
        if (v == null) {
            return "invalid";
        }
        if (v instanceof List || v instanceof byte[]) {
            return "slice";
        }
        if (v instanceof Map) {
            return "map";
        }
        if (v instanceof GoStruct struct) {
            return struct.goTypeName().startsWith("*") ? "ptr" : "struct";
        }
        return typeName(v);
    }

    /** The kind as Sprig's list functions print it in errors ({@code Cannot find first on type string}). */
    public static boolean isList(Object v) {
        return v instanceof List;
    }
}
