package dev.helmshift.shift;

/** Observes the gates a step needs. The cluster implementation reads Kubernetes, Prometheus and HTTP endpoints. */
public interface GateObserver {
    Observations observe(ShiftPolicy policy, GateNeeds needs, LiveRoute live);
}
