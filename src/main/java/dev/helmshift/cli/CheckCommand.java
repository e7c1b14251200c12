package dev.helmshift.cli;

import dev.helmshift.analysis.apis.MinorVersion;
import dev.helmshift.analysis.check.UpgradeCheck;
import dev.helmshift.analysis.policy.CheckPolicy;
import dev.helmshift.analysis.policy.PolicyLoader;
import dev.helmshift.analysis.snapshot.ChartSnapshot;
import dev.helmshift.analysis.snapshot.ChartSnapshots;
import dev.helmshift.analysis.validate.LocatedValues;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.report.FindingFormat;
import dev.helmshift.report.FindingReport;
import dev.helmshift.report.Severity;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code helmshift check OLD NEW -f my.yaml}: the pre-upgrade gate. Exit 1 when a finding is at least --fail-on.
 * Inputs are read and validated (values files, policy, versions, format) before anything renders, so bad input
 * fails fast with exit 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Pre-upgrade gate: what breaks when your values move from OLD_CHART to NEW_CHART.",
                "--kube-version is also the version whose removed APIs are reported (default " + CheckCommand.DEFAULT_KUBE_VERSION + ")."})
public class CheckCommand implements Callable<Integer> {
    /** Kubernetes version checked when --kube-version is not given: helm v4.1.4's default. */
    static final String DEFAULT_KUBE_VERSION = "1.35";

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

    @Option(names = "--policy", paramLabel = "FILE", description = "a CheckPolicy file (policies/check-policy.schema.json)")
    Path policy;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "exit 1 when a finding is at least this severe: error, warning or info (default: ${DEFAULT-VALUE})")
    String failOn;

    @Mixin
    RepoRootFlag repoRoot;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = FindingFormatNames.Check.class,
            description = "text, json, sarif, junit or markdown (default: ${DEFAULT-VALUE})")
    String output;

    @Override
    public Integer call() {
        FindingFormat format = FindingFormat.parse(output, FindingFormat.values());
        Severity threshold = Severity.parse(failOn);
        MinorVersion target = MinorVersion.parse(render.kubeVersion == null ? DEFAULT_KUBE_VERSION : render.kubeVersion);
        CheckPolicy rules = policy == null ? CheckPolicy.none() : PolicyLoader.load(policy);
        List<LocatedValues> userFiles = values.valueFiles.stream().map(LocatedValues::read).toList();
        RenderOptions options = render.analysisOptions(GoCompat.LEGACY);
        ChartSnapshot old = ChartSnapshots.of(oldChart, values.inputs(profile), options);
        ChartSnapshot now = ChartSnapshots.of(newChart, values.inputs(profile), options);
        FindingReport report = UpgradeCheck.run(old, now, userFiles, target, rules);
        return Outputs.printFindings(spec.commandLine(), report, format, threshold, repoRoot);
    }
}
