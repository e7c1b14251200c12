package dev.helmshift.template.exec;

import java.util.function.Supplier;

/**
 * Runs an execution on a thread with a large stack, so that deeply recursive templates hit Go's depth bound
 * (an error) rather than the JVM's default stack. Nested executions on that thread run inline.
 */
final class DeepStack {
    private static final long STACK_BYTES = 1L << 30;
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    private DeepStack() {
    }

    static <T> T call(Supplier<T> work) {
        if (INSIDE.get()) {
            return work.get();
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            INSIDE.set(true);
            try {
                result[0] = work.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "helmshift-template", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while executing a template", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
