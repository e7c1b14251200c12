package dev.helmshift.shift;

/** Where a rollout stands. The names are part of the annotation and JSON contract. */
public enum Phase {
    Pending, Progressing, Paused, Promoted, RolledBack, Failed;

    /** Nothing moves any more until a person acts (retry). */
    public boolean terminal() {
        return this == Promoted || this == RolledBack || this == Failed;
    }
}
