package dev.helmshift.template.funcs.sprig;

import dev.helmshift.semver.Constraints;
import dev.helmshift.semver.InvalidSemverException;
import dev.helmshift.template.exec.FunctionException;

/**
 * Sprig's view of {@link Constraints}: Masterminds' error text becomes the function's Go error
 * ({@code improper constraint: TEXT}).
 */
public final class SemverConstraints {
    private final Constraints constraints;

    private SemverConstraints(Constraints constraints) {
        this.constraints = constraints;
    }

    /** NewConstraint; throws FunctionException {@code improper constraint: TEXT} as Masterminds does. */
    public static SemverConstraints parse(String text) {
        try {
            return new SemverConstraints(Constraints.parse(text));
        } catch (InvalidSemverException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    /** Whether the version satisfies one of the alternatives. */
    public boolean check(SemverVersion v) {
        return constraints.check(v.version());
    }
}
