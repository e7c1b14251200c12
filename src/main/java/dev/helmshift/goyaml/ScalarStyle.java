package dev.helmshift.goyaml;

/** How a scalar was written; only plain scalars are resolved (y/n/on/off, numbers, null). */
public enum ScalarStyle {
    PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED
}
