package dev.helmshift.shift;

/** Which gates a step has to observe before the planner can decide. */
public enum GateNeeds {
    /** Nothing can change now (terminal, paused, drift, interval not elapsed): observe nothing. */
    NONE,
    /** No traffic reaches the target yet: only readiness matters. */
    READINESS,
    /** The target takes traffic: readiness and the analysis gates. */
    ALL
}
