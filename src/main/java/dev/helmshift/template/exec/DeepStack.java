package dev.helmshift.template.exec;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs parsing and execution on pooled threads with a large stack, so that deeply recursive templates hit Go's depth
 * bound (an error) rather than the JVM's default stack. Nested work on such a thread (include, tpl) runs inline.
 */
final class DeepStack {
    private static final long STACK_BYTES = 1L << 30;
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);
    private static final ExecutorService POOL = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(null, () -> {
            INSIDE.set(true);
            work.run();
        }, "helmshift-template", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private DeepStack() {
    }

    static <T> T call(Supplier<T> work) {
        if (INSIDE.get()) {
            return work.get();
        }
        Future<T> future = POOL.submit(work::get);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running a template", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
