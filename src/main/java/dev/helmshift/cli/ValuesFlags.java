package dev.helmshift.cli;

import dev.helmshift.chart.values.ValueInputs;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** -f / --set / --set-string, shared by the analysis commands (a picocli mixin). */
public class ValuesFlags {
    @Option(names = {"-f", "--values"}, paramLabel = "FILE", description = "values file, applied after the profile (repeatable)")
    List<Path> valueFiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "K=V", description = "value override, applied last (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--set-string", paramLabel = "K=V", description = "value override kept as a string (repeatable)")
    List<String> stringSets = new ArrayList<>();

    ValueInputs inputs(String profile) {
        return new ValueInputs(profile, valueFiles, sets, stringSets);
    }
}
