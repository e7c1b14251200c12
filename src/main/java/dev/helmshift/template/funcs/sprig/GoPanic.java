package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;

/**
 * The texts of Go runtime panics that Sprig functions raise on bad input. Go's text/template recovers a panicking
 * function and reports it like an error result ({@code error calling NAME: TEXT}), so both become FunctionException.
 */
final class GoPanic {
    private GoPanic() {
    }

    static FunctionException nilPointer() {
        return new FunctionException("runtime error: invalid memory address or nil pointer dereference");
    }

    static FunctionException integerDivideByZero() {
        return new FunctionException("runtime error: integer divide by zero");
    }

    static FunctionException negativeRepeat() {
        return new FunctionException("strings: negative Repeat count");
    }

    /** {@code s[start:end]} out of range on a string or slice of length {@code len}. */
    static FunctionException sliceBounds(Integer start, Integer end, int len) {
        if (end != null && (end > len || end < 0)) {
            return new FunctionException("runtime error: slice bounds out of range [:" + end + "] with length " + len);
        }
        int s = start == null ? 0 : start;
        int e = end == null ? len : end;
        if (start != null && end == null && s > len) {
            return new FunctionException("runtime error: slice bounds out of range [" + s + ":" + len + "]");
        }
        return new FunctionException("runtime error: slice bounds out of range [" + s + ":" + e + "]");
    }

    /** A failed type assertion {@code v.(T)} on an interface{} value. */
    static FunctionException interfaceConversion(String actual, String wanted) {
        if ("<nil>".equals(actual)) {
            return new FunctionException("interface conversion: interface {} is nil, not " + wanted);
        }
        return new FunctionException("interface conversion: interface {} is " + actual + ", not " + wanted);
    }
}
