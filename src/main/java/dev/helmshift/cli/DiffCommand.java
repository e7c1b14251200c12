package dev.helmshift.cli;

import dev.helmshift.analysis.diff.ChartDiff;
import dev.helmshift.analysis.snapshot.ChartSnapshot;
import dev.helmshift.analysis.snapshot.ChartSnapshots;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code helmshift diff OLD NEW}: what an upgrade changes in the rendered manifests, images, default values keys and
 * subcharts, ending with a plan line. Both charts render with the same values, as Helm 2 rendered them
 * ({@code --go-compat legacy} unless told otherwise), since that is what the charts of this era were written for.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what upgrading from OLD_CHART to NEW_CHART changes, ending with a plan line.")
public class DiffCommand implements Callable<Integer> {
    /** Output formats of diff. */
    public enum Format { text, json, markdown }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD_CHART", description = "the chart running now")
    Path oldChart;

    @Parameters(index = "1", paramLabel = "NEW_CHART", description = "the chart to upgrade to")
    Path newChart;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "default",
            description = "profile of both charts (default: ${DEFAULT-VALUE})")
    String profile;

    @Mixin
    ValuesFlags values;

    @Mixin
    RenderFlags render;

    @Option(names = "--summary", description = "list changed objects without their unified diffs")
    boolean summary;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    Format output;

    @Override
    public Integer call() {
        RenderOptions options = render.analysisOptions(GoCompat.LEGACY);
        ChartSnapshot old = ChartSnapshots.of(oldChart, values.inputs(profile), options);
        ChartSnapshot now = ChartSnapshots.of(newChart, values.inputs(profile), options);
        ChartDiff diff = ChartDiff.between(old, now);
        Outputs.print(spec.commandLine(), switch (output) {
            case json -> ChartDiffOutput.json(diff);
            case markdown -> ChartDiffOutput.markdown(diff, old.label() + " -> " + now.label());
            case text -> ChartDiffOutput.text(diff, !summary);
        });
        return 0;
    }
}
