package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.ConflictException;
import dev.helmshift.k8s.EventRecorder;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeException;
import dev.helmshift.k8s.RouteEditor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carries out one step (or one manual command) for one policy: read the VirtualService, observe the gates, let the
 * planner decide, write weights and state in ONE JSON Patch that tests the resourceVersion that was read, record an Event.
 * A conflict means someone else acted meanwhile: read again and decide again, never overwrite.
 */
public final class ShiftRunner {
    private static final Logger LOG = Logger.getLogger(ShiftRunner.class);
    /** Attempts of read-decide-write before giving up on a busy object. */
    public static final int MAX_ATTEMPTS = 5;

    private final IstioApi istio;
    private final ClusterReads reads;
    private final ClusterReads liveReads;
    private final GateObserver gates;
    private final EventRecorder events;
    private final Clock clock;
    private final Runnable beforeWrite;

    public ShiftRunner(IstioApi istio, GateObserver gates, Clock clock) {
        this(istio, gates, clock, () -> { });
    }

    /** {@code beforeWrite} runs between decision and write; tests use it to simulate a process killed right there. */
    public ShiftRunner(IstioApi istio, GateObserver gates, Clock clock, Runnable beforeWrite) {
        this(istio, new LiveReads(istio), gates, clock, beforeWrite);
    }

    /** Reads the VirtualService of each invocation first through {@code reads} (a pass's lists), re-reads live. */
    ShiftRunner(IstioApi istio, ClusterReads reads, GateObserver gates, Clock clock, Runnable beforeWrite) {
        this.istio = istio;
        this.reads = reads;
        this.liveReads = new LiveReads(istio);
        this.gates = gates;
        this.events = new EventRecorder(istio.api());
        this.clock = clock;
        this.beforeWrite = beforeWrite;
    }

    /** One health-gated step; with {@code dryRun} the decision is computed but nothing is written. */
    public StepResult step(ShiftPolicy policy, boolean dryRun) {
        return run(policy, dryRun, null);
    }

    /** A manual command (promote, abort, pause, resume, retry). */
    public StepResult apply(ShiftPolicy policy, ManualCommand command, boolean dryRun) {
        return run(policy, dryRun, command);
    }

    /** The stored state and the live route, without deciding anything. */
    public Snapshot status(ShiftPolicy policy) {
        ObjectNode vs = read(policy, reads);
        LiveRoute live = live(policy, vs);
        Optional<RolloutState> state = StateCodec.read(vs);
        return new Snapshot(policy, live, state.orElseGet(() -> StepPlanner.fresh(policy, live)), state.isPresent());
    }

    /** What {@code status} shows for one policy. */
    public record Snapshot(ShiftPolicy policy, LiveRoute live, RolloutState state, boolean stored) {
    }

    /**
     * One clock per invocation: {@code now} is taken once, before the first read, and every decision of this invocation
     * (also after re-reading on a conflict, however long the failed write or the gates took) judges the interval
     * against it; it is also the transition time written, so a stored time is never later than its write. A stepper
     * that started within the interval of someone else's transition therefore never advances again after it reads
     * that transition.
     */
    private StepResult run(ShiftPolicy policy, boolean dryRun, ManualCommand command) {
        Instant now = clock.instant();
        int conflicts = 0;
        while (true) {
            ObjectNode vs = read(policy, conflicts == 0 ? reads : liveReads);
            LiveRoute live = live(policy, vs);
            RolloutState state = StateCodec.read(vs).orElse(null);
            Decision decision;
            if (command == null) {
                GateNeeds needs = StepPlanner.needs(policy, state, live, now);
                Observations observed = gates.observe(policy, needs, live);
                decision = StepPlanner.decide(policy, state, observed, now);
            } else {
                decision = ManualPlanner.decide(command, policy, state, live, now);
            }
            if (!decision.write() || dryRun) {
                LOG.infof("[%s] policy=%s %s%s: %s", policy.target(), policy.name(), dryRun ? "dry-run " : "",
                        decision.action(), decision.reason());
                return new StepResult(policy, decision, live, decision.next(), false, dryRun, conflicts);
            }
            ObjectNode updated = vs.deepCopy();
            RouteEditor editor = editor(policy);
            if (decision.movesTraffic(live)) {
                editor.setWeights(updated, policy.headerRouteHeaders(), decision.targetWeight());
                if (decision.headerRoute()) {
                    editor.addHeaderRoute(updated, policy.headerRouteHeaders());
                } else {
                    editor.removeHeaderRoute(updated, policy.headerRouteHeaders());
                }
            }
            StateCodec.write(updated, decision.next());
            beforeWrite.run();
            ObjectNode written;
            try {
                written = istio.patchVirtualService(vs, updated);
            } catch (ConflictException e) {
                conflicts++;
                LOG.infof("[%s] policy=%s conflict on write (attempt %d/%d): someone else changed it; reading again",
                        policy.target(), policy.name(), conflicts, MAX_ATTEMPTS);
                if (conflicts >= MAX_ATTEMPTS) {
                    throw new ShiftException("VirtualService " + policy.target() + " kept changing under us (" + conflicts
                            + " conflicts); nothing was overwritten", "run the step again", e);
                }
                continue;
            }
            LOG.infof("[%s] policy=%s %s %s=%d%%: %s", policy.target(), policy.name(), decision.action(), policy.to(),
                    decision.targetWeight(), decision.reason());
            RolloutState after = decision.next();
            if (decision.action() == Decision.Action.ROLLBACK) {
                after = verifyRollback(policy, after, now);
            }
            event(policy, written, decision, after, now);
            return new StepResult(policy, decision, live, after, true, false, conflicts);
        }
    }

    /** Reads the weights back after a rollback; if they are not 100% source, marks the rollout Failed. */
    private RolloutState verifyRollback(ShiftPolicy policy, RolloutState rolledBack, Instant now) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            ObjectNode vs = read(policy, liveReads);
            LiveRoute live = live(policy, vs);
            if (live.fromWeight() == 100 && live.toWeight() == 0 && !live.headerRoute()) {
                LOG.infof("[%s] policy=%s rollback verified: %s=100%%", policy.target(), policy.name(), policy.from());
                return rolledBack;
            }
            String why = "rollback not confirmed: read back " + policy.from() + "=" + live.fromWeight() + " " + policy.to() + "="
                    + live.toWeight() + "; check the VirtualService by hand";
            RolloutState failed = new RolloutState(Phase.Failed, live.toWeight(), rolledBack.stepIndex(), live.headerRoute(),
                    rolledBack.failedChecks(), rolledBack.inconclusiveChecks(), now, why, rolledBack.history())
                    .withHistory(new HistoryEntry(now, "Failed", live.toWeight(), why, List.of()));
            ObjectNode updated = vs.deepCopy();
            StateCodec.write(updated, failed);
            try {
                istio.patchVirtualService(vs, updated);
                LOG.errorf("[%s] policy=%s %s", policy.target(), policy.name(), why);
                return failed;
            } catch (ConflictException e) {
                LOG.infof("[%s] policy=%s conflict while recording a failed rollback; reading again", policy.target(), policy.name());
            }
        }
        throw new ShiftException("could not confirm the rollback of " + policy.target(), "check the VirtualService by hand");
    }

    private void event(ShiftPolicy policy, ObjectNode vs, Decision decision, RolloutState after, Instant now) {
        if (decision.eventReason() == null) {
            return;
        }
        boolean failed = after.phase() == Phase.Failed;
        try {
            events.record(vs, failed ? "Failed" : decision.eventReason(), "policy " + policy.name() + ": " + after.message(),
                    decision.warning() || failed, now);
        } catch (KubeException e) {
            LOG.warnf("[%s] policy=%s could not record the Event %s: %s", policy.target(), policy.name(),
                    decision.eventReason(), e.getMessage());
        }
    }

    private static ObjectNode read(ShiftPolicy policy, ClusterReads from) {
        return from.virtualService(policy)
                .orElseThrow(() -> new ShiftException("VirtualService " + policy.target() + " not found (policy " + policy.name()
                        + ", " + policy.source() + ")", "create it first (kubectl get virtualservices -n " + policy.namespace()
                        + ") or fix spec.virtualService"));
    }

    private static RouteEditor editor(ShiftPolicy policy) {
        return new RouteEditor(policy.namespace(), policy.host(), policy.from(), policy.to());
    }

    private static LiveRoute live(ShiftPolicy policy, ObjectNode vs) {
        RouteEditor.LiveRoute r = editor(policy).read(vs, policy.headerRouteHeaders());
        return new LiveRoute(r.fromWeight(), r.toWeight(), r.headerRoute());
    }
}
