package dev.helmshift.shift;

import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.shift.demo.ApiServerLikeDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step judges the interval with the one time it took when it started, however long it then waits: two steppers
 * that start within one interval never advance twice, even when the loser of the write learns it lost only after the
 * interval has passed (an API server slow to answer a failed {@code test}) or when its gates are slow. Time is a
 * shared manual clock, so "longer than the interval" costs no real minutes; each round starts both steppers at the
 * same instant and forces the collision (both have read before either writes).
 */
class OneClockPerStepTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(1);
    static final Duration ROUND = INTERVAL.multipliedBy(3);
    static final int ROUNDS = 50;

    final Flaskapp.ManualClock clock = new Flaskapp.ManualClock(T0);
    final AtomicReference<Runnable> onRefusedPatch = new AtomicReference<>(() -> { });
    CrudApiServer server;
    ExecutorService pool;
    ShiftPolicy policy;

    @BeforeEach
    void start() {
        ApiServerLikeDispatcher dispatcher = new ApiServerLikeDispatcher() {
            @Override
            public MockResponse handlePatch(RecordedRequest request) {
                MockResponse response = super.handlePatch(request);
                if (response.code() == 422) {
                    onRefusedPatch.get().run();
                }
                return response;
            }
        };
        server = new CrudApiServer(dispatcher);
        Flaskapp.seed(api(), null);
        pool = Executors.newFixedThreadPool(2);
        policy = new PolicyLoader().loadText("one-clock.yaml", """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp, namespace: default}
                spec:
                  virtualService: flaskapp
                  host: flaskapp
                  from: v1
                  to: v2
                  stepWeight: 1
                  maxWeight: 100
                  interval: 1m
                  gates: {readiness: {deployment: flaskapp-v2}}
                """, null).get(0);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        server.close();
    }

    @Test
    void aLoserThatLearnsOfTheFailedTestOnlyAfterTheIntervalNeverAdvancesASecondTime() throws Exception {
        AtomicReference<CountDownLatch> bothRead = new AtomicReference<>();
        onRefusedPatch.set(() -> {
            clock.advance(INTERVAL.multipliedBy(2));
            sleep(50);
        });
        List<ShiftRunner> runners = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            IstioApi istio = new IstioApi(api());
            runners.add(new ShiftRunner(istio, new ClusterGates(istio), clock, () -> rendezvous(bothRead.get())));
        }
        for (int round = 1; round <= ROUNDS; round++) {
            Instant start = T0.plus(ROUND.multipliedBy(round));
            clock.set(start);
            bothRead.set(new CountDownLatch(2));
            List<StepResult> results = concurrently(() -> runners.get(0).step(policy, false), () -> runners.get(1).step(policy, false));
            assertOneAdvance(round, start, results);
        }
    }

    @Test
    void slowGatesNeverLetTheSecondStepperAdvanceAgainAfterItReadsTheFirstOnesWrite() throws Exception {
        AtomicReference<CountDownLatch> bothObserving = new AtomicReference<>();
        AtomicReference<CountDownLatch> fastOneDone = new AtomicReference<>();
        IstioApi slowIstio = new IstioApi(api());
        ClusterGates slowGates = new ClusterGates(slowIstio);
        GateObserver slow = (p, needs, live) -> {
            if (bothObserving.get().getCount() > 0) {
                rendezvous(bothObserving.get());
                await(fastOneDone.get());
                clock.advance(INTERVAL.multipliedBy(2));
            }
            return slowGates.observe(p, needs, live);
        };
        IstioApi fastIstio = new IstioApi(api());
        ClusterGates fastGates = new ClusterGates(fastIstio);
        GateObserver fast = (p, needs, live) -> {
            rendezvous(bothObserving.get());
            return fastGates.observe(p, needs, live);
        };
        ShiftRunner slowRunner = new ShiftRunner(slowIstio, slow, clock);
        ShiftRunner fastRunner = new ShiftRunner(fastIstio, fast, clock);
        for (int round = 1; round <= ROUNDS; round++) {
            Instant start = T0.plus(ROUND.multipliedBy(round));
            clock.set(start);
            bothObserving.set(new CountDownLatch(2));
            CountDownLatch done = new CountDownLatch(1);
            fastOneDone.set(done);
            List<StepResult> results = concurrently(() -> slowRunner.step(policy, false), () -> {
                try {
                    return fastRunner.step(policy, false);
                } finally {
                    done.countDown();
                }
            });
            assertOneAdvance(round, start, results);
        }
    }

    /** Exactly one of the two wrote, the weight moved by one step, and the recorded time is the round's start. */
    private void assertOneAdvance(int round, Instant start, List<StepResult> results) {
        assertThat(results.stream().filter(StepResult::written).count()).as("writers in round " + round).isEqualTo(1);
        assertThat(results.stream().mapToInt(StepResult::conflicts).sum()).as("the collision was forced in round " + round).isEqualTo(1);
        RolloutState state = Flaskapp.state(api());
        assertThat(state.weight()).as("weight after round " + round).isEqualTo(round);
        assertThat(state.lastTransitionTime()).as("no later than the write: the step's start").isEqualTo(start);
        List<HistoryEntry> advances = state.history().stream().filter(h -> h.action().equals("Advance")).toList();
        for (int i = 1; i < advances.size(); i++) {
            assertThat(Duration.between(advances.get(i - 1).time(), advances.get(i).time())).isGreaterThanOrEqualTo(INTERVAL);
        }
    }

    private interface Step {
        StepResult run() throws Exception;
    }

    private List<StepResult> concurrently(Step a, Step b) throws Exception {
        Future<StepResult> first = pool.submit(a::run);
        Future<StepResult> second = pool.submit(b::run);
        return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
    }

    private KubeApi api() {
        return server.client();
    }

    /** Counts down and waits for the other stepper; a no-op once both have arrived (retries pass straight through). */
    private static void rendezvous(CountDownLatch latch) {
        latch.countDown();
        await(latch);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other stepper arrived").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
