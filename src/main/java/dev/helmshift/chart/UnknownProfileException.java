package dev.helmshift.chart;

import java.util.List;

/** A profile was asked for that the chart does not have. */
public final class UnknownProfileException extends ChartException {
    private final String profile;

    public UnknownProfileException(String profile, String chart, List<String> known) {
        super("unknown profile '" + profile + "' for chart " + chart,
                "known profiles: " + String.join(", ", known) + "; a profile NAME is the file values-NAME.yaml in the chart root, or files/profile-NAME.yaml"
                        + " in a chart whose templates read .Values.profile");
        this.profile = profile;
    }

    public String profile() {
        return profile;
    }
}
