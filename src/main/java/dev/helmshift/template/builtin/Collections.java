package dev.helmshift.template.builtin;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Go's len, index and slice on the value model. */
final class Collections {
    private Collections() {
    }

    static int length(Object item) {
        if (item == null) {
            // A nil map entry: Go says "len of nil pointer" (a nil that went through a pipeline fails differently).
            throw new FunctionException("len of nil pointer");
        }
        if (item instanceof String s) {
            return GoBytes.byteLength(s);
        }
        if (item instanceof List<?> l) {
            return l.size();
        }
        if (item instanceof Map<?, ?> m) {
            return m.size();
        }
        if (item instanceof byte[] b) {
            return b.length;
        }
        throw new FunctionException("len of type " + GoValues.typeName(item));
    }

    private static int indexArg(Object index, int cap) {
        long x;
        if (index instanceof Integer || index instanceof Long) {
            x = ((Number) index).longValue();
        } else if (index == null) {
            throw new FunctionException("cannot index slice/array with nil");
        } else {
            throw new FunctionException("cannot index slice/array with type " + GoValues.typeName(index));
        }
        if (x < 0 || x > cap) {
            throw new FunctionException("index out of range: " + x);
        }
        return (int) x;
    }

    static Object index(Object item, Object... indexes) {
        if (item == null) {
            throw new FunctionException("index of untyped nil");
        }
        for (Object index : indexes) {
            if (item == null) {
                throw new FunctionException("index of nil pointer");
            }
            if (item instanceof List<?> list) {
                int x = indexArg(index, list.size());
                if (x == list.size()) {
                    throw new FunctionException("reflect: slice index out of range");
                }
                item = list.get(x);
            } else if (item instanceof byte[] bytes) {
                // a []byte (.Files.GetBytes): its elements are uint8, shown as numbers like a string's bytes below
                int x = indexArg(index, bytes.length);
                if (x == bytes.length) {
                    throw new FunctionException("reflect: slice index out of range");
                }
                item = bytes[x] & 0xff;
            } else if (item instanceof String s) {
                byte[] bytes = GoBytes.encode(s);
                int x = indexArg(index, bytes.length);
                if (x == bytes.length) {
                    throw new FunctionException("reflect: string index out of range");
                }
                item = bytes[x] & 0xff;
            } else if (item instanceof Map<?, ?> map) {
                if (index == null) {
                    throw new FunctionException("value is nil; should be of type string");
                }
                if (!(index instanceof String)) {
                    throw new FunctionException("value has type " + GoValues.typeName(index) + "; should be string");
                }
                item = map.get(index);
            } else {
                throw new FunctionException("can't index item of type " + GoValues.typeName(item));
            }
        }
        return item;
    }

    static Object slice(Object item, Object... indexes) {
        if (item == null) {
            throw new FunctionException("slice of untyped nil");
        }
        if (indexes.length > 3) {
            throw new FunctionException("too many slice indexes: " + indexes.length);
        }
        int len;
        if (item instanceof String s) {
            if (indexes.length == 3) {
                throw new FunctionException("cannot 3-index slice a string");
            }
            len = GoBytes.byteLength(s);
        } else if (item instanceof List<?> l) {
            len = l.size();
        } else {
            throw new FunctionException("can't slice item of type " + GoValues.typeName(item));
        }
        int[] idx = {0, len, 0};
        for (int i = 0; i < indexes.length; i++) {
            idx[i] = indexArg(indexes[i], len);
        }
        if (idx[0] > idx[1]) {
            throw new FunctionException("invalid slice index: " + idx[0] + " > " + idx[1]);
        }
        if (indexes.length == 3 && idx[1] > idx[2]) {
            throw new FunctionException("invalid slice index: " + idx[1] + " > " + idx[2]);
        }
        if (item instanceof String s) {
            byte[] bytes = GoBytes.encode(s);
            return GoBytes.decode(bytes, idx[0], idx[1] - idx[0]);
        }
        return new ArrayList<>(((List<?>) item).subList(idx[0], idx[1]));
    }
}
