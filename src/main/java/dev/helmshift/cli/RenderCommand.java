package dev.helmshift.cli;

import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.Capabilities;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.HelmTemplateText;
import dev.helmshift.render.KubeVersion;
import dev.helmshift.render.RenderDiagnostic;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code helmshift render}: prints what {@code helm template} prints, or fails as it fails (exit 2). */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a chart like 'helm template': manifests on stdout, errors on stderr.")
public class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHART", description = "chart folder or .tgz archive")
    Path chart;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "default",
            description = "values profile: default (values.yaml) or NAME for values-NAME.yaml")
    String profile;

    @Option(names = {"-f", "--values"}, paramLabel = "FILE", description = "values file, applied after the profile")
    List<Path> valueFiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "K=V", description = "value override, applied last")
    List<String> sets = new ArrayList<>();

    @Option(names = "--release-name", paramLabel = "N", defaultValue = RenderOptions.DEFAULT_RELEASE_NAME,
            description = "release name (default: ${DEFAULT-VALUE}, as helm template)")
    String releaseName;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = RenderOptions.DEFAULT_NAMESPACE,
            description = "release namespace (default: ${DEFAULT-VALUE})")
    String namespace;

    @Option(names = "--kube-version", paramLabel = "V", description = "Capabilities.KubeVersion (default v1.35.0)")
    String kubeVersion;

    @Option(names = {"-a", "--api-versions"}, paramLabel = "G/V", split = ",",
            description = "extra Capabilities.APIVersions (repeatable, comma-separated)")
    List<String> apiVersions = new ArrayList<>();

    @Option(names = "--go-compat", paramLabel = "MODE", defaultValue = "current",
            description = "current (Go >= 1.18, helm v3/v4) or legacy (Go <= 1.13, Helm 2)")
    GoCompat compat;

    @Option(names = {"-s", "--show-only"}, paramLabel = "PATH",
            description = "only print documents of these templates (glob, relative to the chart)")
    List<String> showOnly = new ArrayList<>();

    @Override
    public Integer call() {
        Capabilities caps = Capabilities.helmDefaults().withExtraApiVersions(apiVersions);
        if (kubeVersion != null) {
            caps = caps.withKubeVersion(KubeVersion.parse(kubeVersion));
        }
        RenderOptions options = RenderOptions.helmDefaults().withRelease(releaseName, namespace)
                .withCapabilities(caps).withCompat(compat);
        RenderResult result = ChartRenderService.withHelmFunctions()
                .render(chart, new ValueInputs(profile, valueFiles, sets, List.of()), options);
        PrintWriter err = spec.commandLine().getErr();
        for (RenderDiagnostic d : result.diagnostics()) {
            err.printf("%s: %s:%d:%d: %s%n", d.severity(), d.file(), d.line(), d.column(), d.message());
        }
        err.flush();
        String text = result.helmText();
        PrintWriter out = spec.commandLine().getOut();
        out.print(showOnly.isEmpty() ? text : HelmTemplateText.showOnly(text, showOnly));
        out.flush();
        return 0;
    }
}
