package dev.helmshift.cli;

import dev.helmshift.render.Capabilities;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.HelmTemplateText;
import dev.helmshift.render.RenderDiagnostic;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            description = "values profile: default (values.yaml), NAME for values-NAME.yaml, or NAME for files/profile-NAME.yaml (as --set profile=NAME)")
    String profile;

    @Mixin
    ValuesFlags values;

    @Mixin
    RenderFlags render;

    @Option(names = {"-a", "--api-versions"}, paramLabel = "G/V", split = ",",
            description = "extra Capabilities.APIVersions (repeatable, comma-separated)")
    List<String> apiVersions = new ArrayList<>();

    @Option(names = {"-s", "--show-only"}, paramLabel = "PATH",
            description = "only print documents of these templates (glob, relative to the chart)")
    List<String> showOnly = new ArrayList<>();

    @Override
    public Integer call() {
        RenderOptions options = render.options(GoCompat.CURRENT, Capabilities.helmDefaults().withExtraApiVersions(apiVersions));
        RenderResult result = ChartRenderService.withHelmFunctions().render(chart, values.inputs(profile), options);
        PrintWriter err = spec.commandLine().getErr();
        for (RenderDiagnostic d : result.diagnostics()) {
            err.printf("%s: %s:%d:%d: %s%n", d.severity(), d.file(), d.line(), d.column(), d.message());
        }
        err.flush();
        String text = result.helmText();
        GoTextOutput.print(spec.commandLine(), showOnly.isEmpty() ? text : HelmTemplateText.showOnly(text, showOnly));
        return 0;
    }
}
