package dev.helmshift.template.builtin;

import dev.helmshift.template.exec.CallContext;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.GoValues;

/** Go's call: invokes a function value (a {@link GoFunction} held in the data) with the remaining arguments. */
final class Call {
    private Call() {
    }

    static Object call(CallContext ctx, Object[] a) {
        Object fn = a[0];
        if (fn == null) {
            throw new FunctionException("call of nil");
        }
        if (!(fn instanceof GoFunction f)) {
            throw new FunctionException("non-function " + fn + " of type " + GoValues.typeName(fn));
        }
        Object[] args = new Object[a.length - 1];
        System.arraycopy(a, 1, args, 0, args.length);
        int fixed = f.signature().params().size();
        if (f.signature().isVariadic() ? args.length < fixed : args.length != fixed) {
            throw new FunctionException("wrong number of args for " + f.name() + ": got " + args.length + " want "
                    + (f.signature().isVariadic() ? "at least " : "") + fixed);
        }
        return f.body().call(ctx, args);
    }
}
