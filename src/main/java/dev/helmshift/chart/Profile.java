package dev.helmshift.chart;

/**
 * A values profile of a chart. Two kinds exist in the wild:
 * <ul>
 *   <li>{@link Kind#VALUES_FILE}: {@code values.yaml} is {@code default}, {@code values-NAME.yaml} in the chart root is
 *       {@code NAME} (Istio 1.0–1.5). Applying it means "chart defaults, then this file", as
 *       {@code helm template -f values-NAME.yaml}.</li>
 *   <li>{@link Kind#CHART_PROFILE}: {@code files/profile-NAME.yaml}, which the chart's own templates merge over its
 *       defaults when the value {@code profile} names it (Istio 1.21+, {@code zzz_profile.yaml}). Applying it means
 *       "chart defaults, then {@code profile: NAME}", as {@code helm template --set profile=NAME}.</li>
 * </ul>
 * Either way the profile comes first, before each -f and --set.
 *
 * @param name the profile name
 * @param file the file, relative to the chart root
 * @param kind how the chart selects it
 */
public record Profile(String name, String file, Kind kind) {
    public static final String DEFAULT = "default";
    /** The value a {@link Kind#CHART_PROFILE} chart reads to pick its profile file. */
    public static final String SELECTOR_KEY = "profile";

    public enum Kind { VALUES_FILE, CHART_PROFILE }

    /** The chart's own values.yaml, which adds nothing on top of the defaults. */
    public static Profile defaults() {
        return new Profile(DEFAULT, "values.yaml", Kind.VALUES_FILE);
    }

    public static Profile valuesFile(String name, String file) {
        return new Profile(name, file, Kind.VALUES_FILE);
    }

    public static Profile chartProfile(String name, String file) {
        return new Profile(name, file, Kind.CHART_PROFILE);
    }

    /** True for the chart's own values.yaml, which adds nothing on top of the defaults. */
    public boolean isDefault() {
        return name.equals(DEFAULT) && kind == Kind.VALUES_FILE;
    }

    /** How a user selects this profile with helm, e.g. {@code -f values-demo.yaml} or {@code --set profile=demo}. */
    public String helmArgument() {
        return kind == Kind.CHART_PROFILE ? "--set " + SELECTOR_KEY + "=" + name : "-f " + file;
    }
}
