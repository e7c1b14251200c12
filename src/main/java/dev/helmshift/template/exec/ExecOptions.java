package dev.helmshift.template.exec;

import dev.helmshift.template.GoCompat;

import java.util.Objects;

/**
 * Options of one execution.
 *
 * @param missingKey Go's missingkey option; Helm uses {@link MissingKey#ZERO}
 * @param compat     which Go behaviour to follow
 * @param maxDepth   the bound on nested template calls (Go's maxExecDepth, 100000)
 */
public record ExecOptions(MissingKey missingKey, GoCompat compat, int maxDepth) {
    public static final int GO_MAX_EXEC_DEPTH = 100_000;

    public ExecOptions {
        Objects.requireNonNull(missingKey, "missingKey");
        Objects.requireNonNull(compat, "compat");
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive, got " + maxDepth);
        }
    }

    /** What Helm uses: missingkey=zero, current Go. */
    public static ExecOptions helm() {
        return new ExecOptions(MissingKey.ZERO, GoCompat.CURRENT, GO_MAX_EXEC_DEPTH);
    }

    public static ExecOptions helm(GoCompat compat) {
        return new ExecOptions(MissingKey.ZERO, compat, GO_MAX_EXEC_DEPTH);
    }

    public ExecOptions withCompat(GoCompat newCompat) {
        return new ExecOptions(missingKey, newCompat, maxDepth);
    }

    public ExecOptions withMissingKey(MissingKey newMissingKey) {
        return new ExecOptions(newMissingKey, compat, maxDepth);
    }
}
