package dev.helmshift.cli;

import dev.helmshift.analysis.values.EffectiveValues;
import dev.helmshift.analysis.values.ValuePaths;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.error.BadInputException;
import dev.helmshift.report.YamlText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code helmshift values CHART}: the effective values (coalesced, as the chart's templates see them) as YAML, keys
 * sorted as Go prints them.
 */
@Command(name = "values", mixinStandardHelpOptions = true, subcommands = {ValuesDiffCommand.class},
        description = "Print a chart's effective values (defaults, profile, -f, --set) as YAML; 'values diff A B' compares two.")
public class ValuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CHART", description = "chart folder or .tgz archive")
    Path chart;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "default",
            description = "values profile: default (values.yaml), NAME for values-NAME.yaml, or NAME for files/profile-NAME.yaml (as --set profile=NAME)")
    String profile;

    @Mixin
    ValuesFlags values;

    @Override
    public Integer call() {
        if (chart == null) {
            throw new BadInputException("values needs a CHART", "run 'helmshift values CHART' or 'helmshift values diff A B'");
        }
        Chart loaded = ChartLoader.load(chart);
        Map<String, Object> effective = EffectiveValues.of(loaded, values.inputs(profile));
        Outputs.print(spec.commandLine(), YamlText.write(ValuePaths.sorted(effective)));
        return 0;
    }
}
