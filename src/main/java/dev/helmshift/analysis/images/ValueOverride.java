package dev.helmshift.analysis.images;

/** A values key to set so the chart pulls from the mirror: {@code --set path=value}. */
public record ValueOverride(String path, String oldValue, String value) {
}
