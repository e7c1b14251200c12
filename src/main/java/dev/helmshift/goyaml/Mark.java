package dev.helmshift.goyaml;

/** A position in the stream as go-yaml counts it: character index, 0-based line and 0-based column (characters). */
record Mark(int index, int line, int column) {
}
