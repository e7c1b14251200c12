package dev.helmshift.template.exec;

/**
 * Go's {@code and} and {@code or}. The executor evaluates them itself, lazily in {@link dev.helmshift.template.GoCompat#CURRENT}
 * mode (short circuit) and eagerly in LEGACY mode; the bodies here serve calls through {@code call}.
 */
public final class LogicFunctions {
    private LogicFunctions() {
    }

    /** {@code and x y...}: the first falsy argument, or the last one. */
    public static final GoFunction AND = GoFunction.of("and", Signature.variadic(GoType.ANY, GoType.ANY),
            (ctx, args) -> pick(args, false));

    /** {@code or x y...}: the first truthy argument, or the last one. */
    public static final GoFunction OR = GoFunction.of("or", Signature.variadic(GoType.ANY, GoType.ANY),
            (ctx, args) -> pick(args, true));

    static Object pick(Object[] args, boolean wanted) {
        for (int i = 0; i < args.length - 1; i++) {
            if (GoValues.isTrue(args[i]) == wanted) {
                return args[i];
            }
        }
        return args[args.length - 1];
    }
}
