package dev.helmshift.shift;

import dev.helmshift.k8s.IstioApi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * One pass of a command over many policies: up to {@code parallelism} policies at once, each with its own step (its
 * own clock, reads, gates, write and Event), their first reads answered from per-namespace lists ({@link PassReads}).
 * A policy that fails, whatever the failure, never stops the others: its outcome carries the exception. Outcomes come
 * back in the order of the policies.
 */
public final class ShiftPass {
    /** What the command did for one policy: a value, or the exception that stopped it (never both). */
    public record Outcome<T>(ShiftPolicy policy, T value, RuntimeException error) {
    }

    private ShiftPass() {
    }

    public static <T> List<Outcome<T>> run(IstioApi istio, Clock clock, List<ShiftPolicy> policies, int parallelism,
                                           BiFunction<ShiftRunner, ShiftPolicy, T> action) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        PassReads reads = new PassReads(istio, policies);
        ShiftRunner runner = new ShiftRunner(istio, reads, new ClusterGates(reads), clock, () -> { });
        int threads = Math.min(parallelism, policies.size());
        if (threads <= 1) {
            return policies.stream().map(p -> outcome(runner, p, action)).toList();
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "shift-pass-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (ShiftPolicy policy : policies) {
                futures.add(pool.submit(() -> outcome(runner, policy, action)));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShiftException("interrupted during the pass over " + policies.size() + " policies", null, e);
        } catch (ExecutionException e) {
            // outcome() catches every RuntimeException; what is left (an Error) ends the process as it would inline.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> outcome(ShiftRunner runner, ShiftPolicy policy, BiFunction<ShiftRunner, ShiftPolicy, T> action) {
        try {
            return new Outcome<>(policy, action.apply(runner, policy), null);
        } catch (RuntimeException e) {
            return new Outcome<>(policy, null, e);
        }
    }
}
