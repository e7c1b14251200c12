package dev.helmshift.cli;

import dev.helmshift.analysis.components.AnalyzeOptions;
import dev.helmshift.analysis.components.ChartAnalysis;
import dev.helmshift.analysis.components.ComponentAnalyzer;
import dev.helmshift.analysis.rendering.ProfileRenders;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.ChartRenderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code helmshift analyze}: chart metadata, subcharts and the component matrix per profile. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Summarise a chart: metadata, subcharts, and which subcharts each profile enables.")
public class AnalyzeCommand implements Callable<Integer> {

    /** Output formats of analyze. */
    public enum Format { table, json, yaml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHART", description = "chart folder or .tgz archive")
    Path chart;

    @Option(names = "--profile", paramLabel = "P",
            description = "profile to analyse (repeatable): default (values.yaml), NAME for values-NAME.yaml, or NAME for files/profile-NAME.yaml (as --set profile=NAME)")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--all-profiles", description = "analyse every profile of the chart")
    boolean allProfiles;

    @Option(names = {"-f", "--values"}, paramLabel = "FILE", description = "values file applied after each profile (repeatable)")
    List<Path> valueFiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "K=V", description = "value override, applied last (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--set-string", paramLabel = "K=V", description = "value override kept as a string (repeatable)")
    List<String> stringSets = new ArrayList<>();

    @Option(names = "--kube-version", paramLabel = "V", description = "Kubernetes version for rendering (default v1.35.0)")
    String kubeVersion;

    @Option(names = "--go-compat", paramLabel = "MODE", defaultValue = "current",
            description = "current (Go >= 1.18, helm v3/v4) or legacy (Go <= 1.13, Helm 2)")
    String goCompat;

    @Option(names = "--skip-schema-validation", description = RenderFlags.SKIP_SCHEMA_VALIDATION)
    boolean skipSchemaValidation;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or yaml (default: ${DEFAULT-VALUE})")
    Format output;

    @Override
    public Integer call() {
        AnalyzeOptions options = new AnalyzeOptions(goCompat, kubeVersion, skipSchemaValidation);
        Chart loaded = ChartLoader.load(chart);
        ValueInputs inputs = new ValueInputs(Profile.DEFAULT, valueFiles, sets, stringSets);
        ChartAnalysis analysis = ProfileRenders.addRenders(
                ComponentAnalyzer.analyze(loaded, chosenProfiles(loaded), inputs), loaded, inputs, options,
                ChartRenderService.withHelmFunctions());
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (output) {
            case json -> AnalyzeReport.json(analysis);
            case yaml -> AnalyzeReport.yaml(analysis);
            case table -> AnalyzeReport.table(analysis);
        });
        out.flush();
        return 0;
    }

    private List<String> chosenProfiles(Chart loaded) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        if (allProfiles) {
            chosen.addAll(ComponentAnalyzer.allProfiles(loaded));
        }
        chosen.addAll(profiles);
        if (chosen.isEmpty()) {
            chosen.add(Profile.DEFAULT);
        }
        return List.copyOf(chosen);
    }
}
