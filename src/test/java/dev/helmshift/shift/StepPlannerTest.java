package dev.helmshift.shift;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepPlannerTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final CheckResult READY = CheckResult.success("readiness", 1.0, "deployment flaskapp-v2: 1/1 available");
    static final CheckResult NOT_READY = CheckResult.failure("readiness", 0.0, "deployment flaskapp-v2: 0/1 available");
    static final CheckResult GOOD = CheckResult.success("prometheus.successRate", 100.0, "ok");
    static final CheckResult BAD = CheckResult.failure("prometheus.successRate", 80.0, "success rate 80%");
    static final CheckResult UNKNOWN = CheckResult.inconclusive("prometheus", "Prometheus unreachable");

    static ShiftPolicy policy(List<Integer> steps, boolean header, int threshold) {
        return new ShiftPolicy("flaskapp", "default", "test.yaml", "flaskapp", "flaskapp", "v1", "v2", null, steps,
                Duration.ofMinutes(1), header ? new ObjectMapper().createObjectNode().set("x-canary",
                new ObjectMapper().createObjectNode().put("exact", "true")) : null, ShiftPolicy.Gates.none(), threshold);
    }

    static final ShiftPolicy POLICY = policy(List.of(10, 25, 50, 100), false, 3);

    static RolloutState progressing(int weight, int stepIndex, Instant since, int failed) {
        return new RolloutState(Phase.Progressing, weight, stepIndex, false, failed, 0, since, "", List.of());
    }

    static Observations seen(int toWeight, CheckResult readiness, CheckResult... checks) {
        return new Observations(new LiveRoute(100 - toWeight, toWeight, false), readiness, List.of(checks));
    }

    @Test
    void firstStepWithoutStateMovesToTheFirstWeightWhenTheTargetIsReady() {
        Decision d = StepPlanner.decide(POLICY, null, seen(0, READY), T0);
        assertThat(d.action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(d.targetWeight()).isEqualTo(10);
        assertThat(d.next().phase()).isEqualTo(Phase.Progressing);
        assertThat(d.next().stepIndex()).isZero();
        assertThat(d.next().lastTransitionTime()).isEqualTo(T0);
        assertThat(d.next().history()).hasSize(1);
        assertThat(d.next().history().get(0).action()).isEqualTo("Advance");
    }

    @Test
    void holdsWithoutCountingAFailureWhileTheTargetIsNotReadyAndGetsNoTraffic() {
        Decision d = StepPlanner.decide(POLICY, null, seen(0, NOT_READY), T0);
        assertThat(d.action()).isEqualTo(Decision.Action.HOLD);
        assertThat(d.targetWeight()).isZero();
        assertThat(d.next().phase()).isEqualTo(Phase.Pending);
        assertThat(d.next().failedChecks()).isZero();
        assertThat(d.reason()).isEqualTo("waiting for v2 to be ready: deployment flaskapp-v2: 0/1 available");
        assertThat(d.write()).isTrue();
        Decision again = StepPlanner.decide(POLICY, d.next(), seen(0, NOT_READY), T0.plusSeconds(60));
        assertThat(again.write()).as("an unchanged wait is not written again").isFalse();
    }

    @ParameterizedTest(name = "at {0}% after {1}s: {2} to {3}%")
    @CsvSource({
            "10, 58, NOOP, 10",
            "10, 60, ADVANCE, 25",
            "25, 61, ADVANCE, 50",
            "50, 60, PROMOTE, 100",
    })
    void honoursTheIntervalThenTakesTheNextStep(int weight, int seconds, Decision.Action action, int target) {
        int index = POLICY.steps().indexOf(weight);
        Decision d = StepPlanner.decide(POLICY, progressing(weight, index, T0, 0), seen(weight, READY, GOOD), T0.plusSeconds(seconds));
        assertThat(d.action()).isEqualTo(action);
        assertThat(d.targetWeight()).isEqualTo(target);
    }

    @Test
    void theIntervalHasAGraceOfATenthAtMostOneSecond() {
        RolloutState s = progressing(10, 0, T0, 0);
        assertThat(StepPlanner.decide(POLICY, s, seen(10, READY, GOOD), T0.plusMillis(58_999)).action()).isEqualTo(Decision.Action.NOOP);
        assertThat(StepPlanner.decide(POLICY, s, seen(10, READY, GOOD), T0.plusMillis(59_000)).action()).isEqualTo(Decision.Action.ADVANCE);
    }

    @Test
    void promotionSetsEverythingToTheTargetAndResetsCounters() {
        Decision d = StepPlanner.decide(POLICY, progressing(50, 2, T0, 1), seen(50, READY, GOOD), T0.plusSeconds(60));
        assertThat(d.action()).isEqualTo(Decision.Action.PROMOTE);
        assertThat(d.next().phase()).isEqualTo(Phase.Promoted);
        assertThat(d.next().weight()).isEqualTo(100);
        assertThat(d.next().stepIndex()).isEqualTo(3);
        assertThat(d.next().failedChecks()).isZero();
        assertThat(d.headerRoute()).isFalse();
    }

    @Test
    void stepsBelowOneHundredAreFollowedByPromotion() {
        ShiftPolicy capped = policy(List.of(20, 40), false, 3);
        Decision d = StepPlanner.decide(capped, progressing(40, 1, T0, 0), seen(40, READY, GOOD), T0.plusSeconds(60));
        assertThat(d.action()).isEqualTo(Decision.Action.PROMOTE);
        assertThat(d.next().stepIndex()).isEqualTo(2);
    }

    @ParameterizedTest(name = "threshold {0}: failure number {1} -> {2}")
    @CsvSource({
            "3, 0, HOLD",
            "3, 1, HOLD",
            "3, 2, ROLLBACK",
            "1, 0, ROLLBACK",
    })
    void rollsBackExactlyAtTheFailureThreshold(int threshold, int failedBefore, Decision.Action expected) {
        ShiftPolicy p = policy(List.of(10, 25, 50, 100), false, threshold);
        Decision d = StepPlanner.decide(p, progressing(25, 1, T0, failedBefore), seen(25, READY, BAD), T0.plusSeconds(60));
        assertThat(d.action()).isEqualTo(expected);
        if (expected == Decision.Action.ROLLBACK) {
            assertThat(d.targetWeight()).isZero();
            assertThat(d.next().phase()).isEqualTo(Phase.RolledBack);
            assertThat(d.next().failedChecks()).isEqualTo(failedBefore + 1);
            assertThat(d.warning()).isTrue();
        } else {
            assertThat(d.targetWeight()).isEqualTo(25);
            assertThat(d.next().failedChecks()).isEqualTo(failedBefore + 1);
            assertThat(d.next().lastTransitionTime()).as("a hold keeps the transition time").isEqualTo(T0);
            assertThat(d.next().history().get(d.next().history().size() - 1).checks()).contains(BAD);
        }
    }

    @Test
    void inconclusiveChecksHoldAndAreCountedSeparately() {
        Decision d = StepPlanner.decide(POLICY, progressing(25, 1, T0, 1), seen(25, READY, UNKNOWN), T0.plusSeconds(60));
        assertThat(d.action()).isEqualTo(Decision.Action.HOLD);
        assertThat(d.next().failedChecks()).isEqualTo(1);
        assertThat(d.next().inconclusiveChecks()).isEqualTo(1);
        assertThat(d.targetWeight()).isEqualTo(25);
    }

    @Test
    void aFailureWinsOverAnInconclusiveCheck() {
        Decision d = StepPlanner.decide(POLICY, progressing(25, 1, T0, 0), seen(25, READY, UNKNOWN, BAD), T0.plusSeconds(60));
        assertThat(d.next().failedChecks()).isEqualTo(1);
        assertThat(d.next().inconclusiveChecks()).isZero();
    }

    @Test
    void aTargetThatStopsBeingReadyUnderTrafficCountsAsAFailure() {
        Decision d = StepPlanner.decide(POLICY, progressing(25, 1, T0, 0), seen(25, NOT_READY), T0.plusSeconds(60));
        assertThat(d.action()).isEqualTo(Decision.Action.HOLD);
        assertThat(d.next().failedChecks()).isEqualTo(1);
    }

    @Test
    void handEditedWeightsPauseTheRolloutWithoutTouchingThem() {
        Decision d = StepPlanner.decide(POLICY, progressing(25, 1, T0, 0), seen(40, READY, GOOD), T0.plusSeconds(60));
        assertThat(d.action()).isEqualTo(Decision.Action.PAUSE);
        assertThat(d.targetWeight()).isEqualTo(40);
        assertThat(d.movesTraffic(new LiveRoute(60, 40, false))).isFalse();
        assertThat(d.next().phase()).isEqualTo(Phase.Paused);
        assertThat(d.reason()).startsWith("live weights v1=60 v2=40 differ from the recorded v2=25");
    }

    @Test
    void driftIsCheckedEvenBeforeTheIntervalElapses() {
        Decision d = StepPlanner.decide(POLICY, progressing(25, 1, T0, 0), seen(0, READY), T0.plusSeconds(1));
        assertThat(d.action()).isEqualTo(Decision.Action.PAUSE);
    }

    @Test
    void finishedAndPausedRolloutsDoNothing() {
        for (Phase phase : List.of(Phase.Promoted, Phase.RolledBack, Phase.Failed, Phase.Paused)) {
            RolloutState s = new RolloutState(phase, 0, -1, false, 0, 0, T0, "", List.of());
            Decision d = StepPlanner.decide(POLICY, s, seen(0, READY, GOOD), T0.plusSeconds(600));
            assertThat(d.action()).as(phase.name()).isEqualTo(Decision.Action.NOOP);
            assertThat(d.write()).isFalse();
            assertThat(StepPlanner.needs(POLICY, s, new LiveRoute(100, 0, false), T0.plusSeconds(600))).isEqualTo(GateNeeds.NONE);
        }
    }

    @Test
    void theHeaderRouteStageComesBeforeAnyWeight() {
        ShiftPolicy p = policy(List.of(50, 100), true, 3);
        Decision first = StepPlanner.decide(p, null, seen(0, READY), T0);
        assertThat(first.action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(first.targetWeight()).isZero();
        assertThat(first.headerRoute()).isTrue();
        assertThat(first.next().headerRoute()).isTrue();
        assertThat(first.next().stepIndex()).isEqualTo(-1);
        Observations withHeader = new Observations(new LiveRoute(100, 0, true), READY, List.of(GOOD));
        Decision second = StepPlanner.decide(p, first.next(), withHeader, T0.plusSeconds(60));
        assertThat(second.targetWeight()).isEqualTo(50);
        assertThat(second.headerRoute()).as("the header route stays until promotion").isTrue();
        Observations at50 = new Observations(new LiveRoute(50, 50, true), READY, List.of(GOOD));
        Decision third = StepPlanner.decide(p, second.next(), at50, T0.plusSeconds(120));
        assertThat(third.action()).isEqualTo(Decision.Action.PROMOTE);
        assertThat(third.headerRoute()).isFalse();
    }

    @Test
    void analysisGatesAreOnlyNeededOnceTheTargetTakesTraffic() {
        assertThat(StepPlanner.needs(POLICY, null, new LiveRoute(100, 0, false), T0)).isEqualTo(GateNeeds.READINESS);
        assertThat(StepPlanner.needs(POLICY, progressing(10, 0, T0, 0), new LiveRoute(90, 10, false), T0.plusSeconds(60)))
                .isEqualTo(GateNeeds.ALL);
        assertThat(StepPlanner.needs(POLICY, progressing(10, 0, T0, 0), new LiveRoute(90, 10, false), T0.plusSeconds(10)))
                .isEqualTo(GateNeeds.NONE);
    }

    @Test
    void aRouteAlreadyPartlyShiftedWithoutStateStartsFromItsLiveWeight() {
        Decision d = StepPlanner.decide(POLICY, null, seen(25, READY, GOOD), T0);
        assertThat(d.action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(d.targetWeight()).isEqualTo(50);
    }

    @Test
    void historyIsBounded() {
        RolloutState s = progressing(10, 0, T0, 0);
        for (int i = 0; i < 30; i++) {
            s = s.withHistory(new HistoryEntry(T0.plusSeconds(i), "Hold", 10, "n" + i, List.of()));
        }
        assertThat(s.history()).hasSize(RolloutState.HISTORY_LIMIT);
        assertThat(s.history().get(0).message()).isEqualTo("n10");
    }

    @Test
    void manualCommandsFollowTheirRules() {
        LiveRoute at25 = new LiveRoute(75, 25, false);
        RolloutState s = progressing(25, 1, T0, 0);
        assertThat(ManualPlanner.decide(ManualCommand.PROMOTE, POLICY, s, at25, T0.plusSeconds(1)).targetWeight()).isEqualTo(50);
        assertThat(ManualPlanner.decide(ManualCommand.PROMOTE_FULL, POLICY, s, at25, T0).next().phase()).isEqualTo(Phase.Promoted);
        Decision abort = ManualPlanner.decide(ManualCommand.ABORT, POLICY, s, at25, T0);
        assertThat(abort.targetWeight()).isZero();
        assertThat(abort.next().phase()).isEqualTo(Phase.RolledBack);
        Decision pause = ManualPlanner.decide(ManualCommand.PAUSE, POLICY, s, at25, T0);
        assertThat(pause.next().phase()).isEqualTo(Phase.Paused);
        assertThat(pause.movesTraffic(at25)).isFalse();
        Decision resume = ManualPlanner.decide(ManualCommand.RESUME, POLICY, pause.next(), new LiveRoute(60, 40, false), T0);
        assertThat(resume.next().phase()).isEqualTo(Phase.Progressing);
        assertThat(resume.next().weight()).as("resume adopts the live weight").isEqualTo(40);
        assertThat(resume.next().stepIndex()).isEqualTo(1);
        Decision retry = ManualPlanner.decide(ManualCommand.RETRY, POLICY, abort.next(), new LiveRoute(100, 0, false), T0);
        assertThat(retry.next().phase()).isEqualTo(Phase.Pending);
        assertThat(retry.next().lastTransitionTime()).isNull();
        assertThat(ManualPlanner.decide(ManualCommand.RETRY, POLICY, s, at25, T0).action()).isEqualTo(Decision.Action.NOOP);
        assertThat(ManualPlanner.decide(ManualCommand.RESUME, POLICY, s, at25, T0).action()).isEqualTo(Decision.Action.NOOP);
    }
}
