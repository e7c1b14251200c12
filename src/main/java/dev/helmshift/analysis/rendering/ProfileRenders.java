package dev.helmshift.analysis.rendering;

import dev.helmshift.analysis.components.AnalyzeOptions;
import dev.helmshift.analysis.components.ChartAnalysis;
import dev.helmshift.analysis.components.Diagnostic;
import dev.helmshift.analysis.components.ProfileAnalysis;
import dev.helmshift.analysis.images.ImageExtractor;
import dev.helmshift.analysis.images.ImageInventory;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.Capabilities;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.KubeVersion;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;
import dev.helmshift.template.GoCompat;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills each profile of an analysis with what its render shows: the images ({@link ImageExtractor}: pod specs of every
 * kind and images embedded in ConfigMaps, such as Istio's sidecar-injector template), the workloads that run them, and
 * the diagnostics (templates
 * that failed, in analysis mode so the other templates still render and count; places legacy mode rescued).
 */
public final class ProfileRenders {
    /** analyze renders as the corpus README runs helm: release istio in istio-system. */
    public static final String RELEASE = "istio";
    public static final String NAMESPACE = "istio-system";

    private ProfileRenders() {
    }

    /**
     * Renders the profiles in parallel: each render works on its own deep copy of the values (the chart model is
     * frozen) and the parse cache is concurrent, so the result is the same as in order, which the list keeps.
     */
    public static ChartAnalysis addRenders(ChartAnalysis analysis, Chart chart, ValueInputs inputs,
                                           AnalyzeOptions analyzeOptions, ChartRenderService service) {
        RenderOptions options = options(analyzeOptions);
        List<ProfileAnalysis> profiles = analysis.profiles().parallelStream()
                .map(profile -> withRender(profile, service.render(chart, inputs.withProfile(profile.name()), options)))
                .toList();
        return new ChartAnalysis(analysis.chart(), analysis.dependencies(), profiles);
    }

    private static ProfileAnalysis withRender(ProfileAnalysis profile, RenderResult result) {
        List<Diagnostic> diagnostics = new ArrayList<>(profile.diagnostics());
        result.diagnostics().forEach(d -> diagnostics.add(
                new Diagnostic(d.severity(), d.code(), d.file(), d.line(), d.column(), d.message())));
        ImageInventory inventory = ImageExtractor.extract(Manifests.parse(result.documents()).manifests());
        List<String> images = new ArrayList<>(profile.images());
        images.addAll(inventory.images());
        List<String> workloads = new ArrayList<>(profile.workloads());
        workloads.addAll(inventory.workloads());
        return new ProfileAnalysis(profile.name(), profile.file(), profile.components(), images, workloads,
                diagnostics, profile.warnings());
    }

    static RenderOptions options(AnalyzeOptions analyzeOptions) {
        Capabilities caps = Capabilities.helmDefaults();
        if (analyzeOptions.kubeVersion() != null) {
            caps = caps.withKubeVersion(KubeVersion.parse(analyzeOptions.kubeVersion()));
        }
        GoCompat compat = AnalyzeOptions.LEGACY.equals(analyzeOptions.goCompat()) ? GoCompat.LEGACY : GoCompat.CURRENT;
        return RenderOptions.helmDefaults().withRelease(RELEASE, NAMESPACE).withCapabilities(caps).withCompat(compat)
                .withSchemaValidation(!analyzeOptions.skipSchemaValidation()).collectingErrors();
    }
}
