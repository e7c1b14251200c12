package dev.helmshift.chart.values;

import dev.helmshift.chart.Profile;

import java.nio.file.Path;
import java.util.List;

/**
 * What a user adds on top of a chart's defaults, in Helm's order: the profile file, each -f file, each --set,
 * then each --set-string.
 *
 * @param profile    the profile name ({@code default} adds nothing)
 * @param valueFiles -f files, in order
 * @param sets       --set expressions, in order
 * @param stringSets --set-string expressions, in order
 */
public record ValueInputs(String profile, List<Path> valueFiles, List<String> sets, List<String> stringSets) {
    public ValueInputs {
        profile = profile == null || profile.isBlank() ? Profile.DEFAULT : profile;
        valueFiles = List.copyOf(valueFiles == null ? List.of() : valueFiles);
        sets = List.copyOf(sets == null ? List.of() : sets);
        stringSets = List.copyOf(stringSets == null ? List.of() : stringSets);
    }

    public static ValueInputs profile(String profile) {
        return new ValueInputs(profile, List.of(), List.of(), List.of());
    }

    public ValueInputs withProfile(String other) {
        return new ValueInputs(other, valueFiles, sets, stringSets);
    }
}
