package dev.helmshift.template.builtin;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoFmt;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.exec.GoValues;

import java.util.List;
import java.util.Map;

/** Go's eq, lt and le on basic kinds, with its error texts. */
final class Comparisons {
    private Comparisons() {
    }

    private enum Kind { INVALID, BOOL, INT, FLOAT, STRING }

    private static Kind kind(Object v) {
        if (v instanceof Boolean) {
            return Kind.BOOL;
        }
        if (v instanceof Integer || v instanceof Long) {
            return Kind.INT;
        }
        if (v instanceof Double || v instanceof Float) {
            return Kind.FLOAT;
        }
        if (v instanceof String) {
            return Kind.STRING;
        }
        return Kind.INVALID;
    }

    private static FunctionException incompatible(Object a, Object b) {
        return new FunctionException("incompatible types for comparison: " + GoValues.typeName(a) + " and "
                + GoValues.typeName(b));
    }

    static boolean eq(Object arg1, Object... others) {
        if (others.length == 0) {
            throw new FunctionException("missing argument for comparison");
        }
        Kind k1 = kind(arg1);
        for (Object arg : others) {
            Kind k2 = kind(arg);
            boolean truth;
            if (k1 != k2) {
                if (arg1 != null && arg != null) {
                    throw incompatible(arg1, arg);
                }
                truth = false;
            } else {
                truth = switch (k1) {
                    case BOOL -> arg1.equals(arg);
                    case STRING -> GoBytes.equal((String) arg1, (String) arg);
                    case INT -> ((Number) arg1).longValue() == ((Number) arg).longValue();
                    case FLOAT -> ((Number) arg1).doubleValue() == ((Number) arg).doubleValue();
                    case INVALID -> eqOther(arg1, arg);
                };
            }
            if (truth) {
                return true;
            }
        }
        return false;
    }

    /** Go's default branch: nil-able and struct values. */
    private static boolean eqOther(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        boolean sameShape = (a instanceof List && b instanceof List) || (a instanceof Map && b instanceof Map)
                || (a instanceof GoStruct && b instanceof GoStruct);
        if (!sameShape) {
            throw new FunctionException("non-comparable types " + GoFmt.sprintf("%s", a) + ": "
                    + GoValues.typeName(a) + ", " + GoValues.typeName(b) + ": " + GoFmt.formatValue(b));
        }
        if (a instanceof GoStruct) {
            return a == b;
        }
        throw new FunctionException("non-comparable type " + GoFmt.sprintf("%s", b) + ": " + GoValues.typeName(b));
    }

    static boolean lt(Object arg1, Object arg2) {
        Kind k1 = kind(arg1);
        if (k1 == Kind.INVALID) {
            throw new FunctionException("invalid type for comparison");
        }
        Kind k2 = kind(arg2);
        if (k2 == Kind.INVALID) {
            throw new FunctionException("invalid type for comparison");
        }
        if (k1 != k2) {
            throw incompatible(arg1, arg2);
        }
        return switch (k1) {
            case BOOL, INVALID -> throw new FunctionException("invalid type for comparison");
            case INT -> ((Number) arg1).longValue() < ((Number) arg2).longValue();
            case FLOAT -> ((Number) arg1).doubleValue() < ((Number) arg2).doubleValue();
            case STRING -> GoBytes.compare((String) arg1, (String) arg2) < 0;
        };
    }

    static boolean le(Object arg1, Object arg2) {
        if (lt(arg1, arg2)) {
            return true;
        }
        return eq(arg1, arg2);
    }
}
