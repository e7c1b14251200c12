package dev.helmshift.cli;

import dev.helmshift.analysis.snapshot.ChartDefaults;
import dev.helmshift.analysis.check.CheckRules;
import dev.helmshift.analysis.policy.PolicyLoader;
import dev.helmshift.analysis.validate.KnownKeys;
import dev.helmshift.analysis.validate.LocatedValues;
import dev.helmshift.analysis.validate.SchemaValidator;
import dev.helmshift.analysis.validate.TemplateReferences;
import dev.helmshift.analysis.validate.ValuesValidator;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.error.BadInputException;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.report.Finding;
import dev.helmshift.report.FindingFormat;
import dev.helmshift.report.FindingReport;
import dev.helmshift.report.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code helmshift validate CHART -f my.yaml}: unknown keys (with did-you-mean), type mismatches, and the chart's
 * values.schema.json when it has one; with {@code --policy}, the policy file is validated too.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check values files against a chart: unknown keys, type mismatches, values.schema.json.")
public class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHART", description = "chart folder or .tgz archive")
    Path chart;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "default",
            description = "values profile the files are applied on (default: ${DEFAULT-VALUE})")
    String profile;

    @Mixin
    ValuesFlags values;

    @Option(names = "--policy", paramLabel = "FILE", description = "also validate this check policy file")
    Path policy;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "exit 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE})")
    String failOn;

    @Mixin
    RepoRootFlag repoRoot;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FindingFormatNames.Validate.class,
            description = "text, json, sarif or junit (default: ${DEFAULT-VALUE})")
    String output;

    @Override
    public Integer call() {
        FindingFormat format = FindingFormat.parse(output, FindingFormatNames.Validate.FORMATS);
        Severity threshold = Severity.parse(failOn);
        if (values.valueFiles.isEmpty()) {
            throw new BadInputException("validate needs at least one values file", "add -f my-values.yaml");
        }
        if (policy != null) {
            PolicyLoader.load(policy);
        }
        List<LocatedValues> userFiles = values.valueFiles.stream().map(LocatedValues::read).toList();
        Chart loaded = ChartLoader.load(chart);
        Map<String, Object> defaults = ChartDefaults.asTemplatesSeeThem(loaded, profile,
                RenderOptions.helmDefaults());
        KnownKeys known = new KnownKeys(defaults, TemplateReferences.scan(ChartDefaults.templates(loaded)));
        List<Finding> findings = new ArrayList<>();
        for (LocatedValues user : userFiles) {
            findings.addAll(ValuesValidator.validate(user, defaults, known));
        }
        Path schema = chart.resolve("values.schema.json");
        if (Files.isRegularFile(schema)) {
            Map<String, Object> effective = ValuesResolver.resolve(loaded, values.inputs(profile)).values();
            findings.addAll(SchemaValidator.validate(schema.toString(), read(schema), effective, userFiles));
        }
        FindingReport report = new FindingReport("validate", chart + " " + String.join(" ",
                values.valueFiles.stream().map(Path::toString).toList()), findings.stream().distinct().toList(),
                CheckRules.descriptions());
        return Outputs.printFindings(spec.commandLine(), report, format, threshold, repoRoot);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), "check the file's permissions");
        }
    }
}
