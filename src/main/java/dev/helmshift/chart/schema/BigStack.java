package dev.helmshift.chart.schema;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a check on its own thread with a 256 MiB stack: compiling and validating recurse once per schema level, and
 * helm (Go's growable stacks) accepts schemas nested thousands of levels deep, which a default 1 MiB Java stack
 * does not (about 300 levels).
 */
final class BigStack {
    private static final long STACK_BYTES = 256L << 20;

    private BigStack() {
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "helmshift-values-schema", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking values against a schema", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
