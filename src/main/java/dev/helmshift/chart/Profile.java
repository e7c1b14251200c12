package dev.helmshift.chart;

/**
 * A values profile of a chart: {@code values.yaml} is {@code default}, {@code values-NAME.yaml} in the chart root is
 * {@code NAME}. Applying a profile means "chart defaults, then this file".
 *
 * @param name the profile name
 * @param file the file name in the chart root
 */
public record Profile(String name, String file) {
    public static final String DEFAULT = "default";

    /** True for the chart's own values.yaml, which adds nothing on top of the defaults. */
    public boolean isDefault() {
        return name.equals(DEFAULT);
    }
}
