package dev.helmshift.shift;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateCodecTest {

    @Test
    void encodesTheContractFieldsAsCompactJson() {
        Instant t = Instant.parse("2026-01-01T00:01:00Z");
        RolloutState s = new RolloutState(Phase.Progressing, 25, 1, false, 1, 0, t, "check failed",
                List.of(new HistoryEntry(t, "CheckFailed", 25, "check failed",
                        List.of(CheckResult.failure("prometheus.successRate", 97.5, "low")))));
        assertThat(StateCodec.encode(s)).isEqualTo("{\"phase\":\"Progressing\",\"weight\":25,\"stepIndex\":1,\"failedChecks\":1,"
                + "\"inconclusiveChecks\":0,\"headerRoute\":false,\"lastTransitionTime\":\"2026-01-01T00:01:00Z\","
                + "\"message\":\"check failed\",\"history\":[{\"time\":\"2026-01-01T00:01:00Z\",\"action\":\"CheckFailed\","
                + "\"weight\":25,\"message\":\"check failed\",\"checks\":[{\"name\":\"prometheus.successRate\","
                + "\"outcome\":\"failure\",\"value\":97.5,\"message\":\"low\"}]}]}");
        assertThat(StateCodec.decode(StateCodec.encode(s))).isEqualTo(s);
    }

    @Test
    void refusesAnUnknownPhaseInsteadOfResettingTheRollout() {
        assertThatThrownBy(() -> StateCodec.decode("{\"phase\":\"Sideways\"}"))
                .isInstanceOf(ShiftException.class)
                .hasMessage("the helmshift.dev/state annotation has an unknown phase 'Sideways'");
    }
}
