package dev.helmshift.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loaded chart, as Helm's loader builds it: metadata, default values, templates, other files and the subcharts
 * found in charts/ (folders and .tgz archives, recursively). Nothing here is resolved yet: which subcharts are
 * enabled and what the effective values are is the job of {@code chart.values.ValuesResolver}.
 *
 * @param metadata  Chart.yaml (plus requirements.yaml for v1)
 * @param values    the defaults of values.yaml, frozen; empty when there is none
 * @param templates files under templates/, sorted by path
 * @param files     the other files, for {@code .Files}
 * @param subcharts charts found in charts/, in name order
 * @param location  where the chart came from, for messages: a folder, an archive, or {@code parent/charts/x}
 * @param schema    the bytes of values.schema.json, or null when the chart has none (Helm's {@code Chart.Schema};
 *                  like Helm, an empty file is a schema, and an unreadable one)
 */
public record Chart(ChartMetadata metadata, Map<String, Object> values, List<Template> templates, ChartFiles files,
                    List<Chart> subcharts, String location, byte[] schema) {
    private static final Pattern PROFILE_FILE = Pattern.compile("values-([^/]+)\\.yaml");
    private static final Pattern CHART_PROFILE_FILE = Pattern.compile("files/profile-([^/]+)\\.yaml");

    public Chart {
        values = ValueTrees.freezeMap(values == null ? Map.of() : values);
        templates = List.copyOf(templates);
        subcharts = List.copyOf(subcharts);
        schema = schema == null ? null : schema.clone();
    }

    /** A chart without values.schema.json. */
    public Chart(ChartMetadata metadata, Map<String, Object> values, List<Template> templates, ChartFiles files,
                 List<Chart> subcharts, String location) {
        this(metadata, values, templates, files, subcharts, location, null);
    }

    /** The bytes of values.schema.json (a copy), or null when there is none. */
    @Override
    public byte[] schema() {
        return schema == null ? null : schema.clone();
    }

    /** Whether the chart has a values.schema.json, as Helm's {@code Schema() != nil}. */
    public boolean hasSchema() {
        return schema != null;
    }

    /** Where values.schema.json is, for messages: {@code LOCATION/values.schema.json}. */
    public String schemaFile() {
        return location + "/values.schema.json";
    }

    /** The chart name from Chart.yaml. */
    public String name() {
        return metadata.name();
    }

    /**
     * The profiles: {@code default} first, then each {@code values-NAME.yaml} of the chart root, then each
     * {@code files/profile-NAME.yaml} when a template reads {@code .Values.profile} (a chart that selects its profile
     * itself, as Istio's charts since 1.21 do), each group sorted by name. A {@code files/} profile whose name a
     * {@code values-NAME.yaml} already has is left out: the values file is the one helm's {@code -f} users know.
     */
    public List<Profile> profiles() {
        List<Profile> valueFiles = new ArrayList<>();
        List<Profile> chartProfiles = new ArrayList<>();
        boolean selectsProfile = templates.stream().anyMatch(t -> t.text().contains(".Values." + Profile.SELECTOR_KEY));
        for (String path : files.paths()) {
            Matcher values = PROFILE_FILE.matcher(path);
            Matcher chartProfile = CHART_PROFILE_FILE.matcher(path);
            if (values.matches()) {
                valueFiles.add(Profile.valuesFile(values.group(1), path));
            } else if (selectsProfile && chartProfile.matches()) {
                chartProfiles.add(Profile.chartProfile(chartProfile.group(1), path));
            }
        }
        valueFiles.sort(Comparator.comparing(Profile::name));
        chartProfiles.sort(Comparator.comparing(Profile::name));
        List<Profile> profiles = new ArrayList<>();
        profiles.add(Profile.defaults());
        profiles.addAll(valueFiles);
        chartProfiles.stream().filter(p -> valueFiles.stream().noneMatch(v -> v.name().equals(p.name())))
                .forEach(profiles::add);
        return List.copyOf(profiles);
    }

    /** The profile of that name. */
    public Profile profile(String name) {
        return profiles().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownProfileException(name, name(),
                        profiles().stream().map(Profile::name).toList()));
    }
}
