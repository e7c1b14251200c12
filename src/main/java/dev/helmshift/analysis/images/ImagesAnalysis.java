package dev.helmshift.analysis.images;

import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;
import dev.helmshift.report.Finding;
import dev.helmshift.report.YamlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code images}: renders each profile (analysis mode) and extracts its images; with a mirror, plans the copy and the
 * overrides, renders again with the overrides as one more values file, and checks every image now comes from the mirror.
 */
public final class ImagesAnalysis {
    private ImagesAnalysis() {
    }

    public static List<ProfileImages> run(Chart chart, List<String> profiles, ValueInputs inputs, RenderOptions options,
                                          String mirror, MirrorLayout layout) {
        ChartRenderService service = ChartRenderService.withHelmFunctions();
        List<ProfileImages> results = new ArrayList<>();
        for (String name : profiles) {
            Profile profile = chart.profile(name);
            ValueInputs withProfile = inputs.withProfile(name);
            Resolution resolution = ValuesResolver.resolve(chart, withProfile);
            RenderResult result = service.render(resolution, options.collectingErrors());
            ImageInventory inventory = ImageExtractor.extract(Manifests.parse(result.documents()).manifests());
            MirrorPlan plan = null;
            if (mirror != null) {
                plan = MirrorPlanner.plan(inventory.images(), result.values(), mirror, layout);
                plan = verified(chart, withProfile, options, service, plan);
            }
            results.add(new ProfileImages(profile.name(), profile.file(), inventory, result.diagnostics(), plan));
        }
        return results;
    }

    private static MirrorPlan verified(Chart chart, ValueInputs inputs, RenderOptions options,
                                       ChartRenderService service, MirrorPlan plan) {
        Path overrides = null;
        try {
            overrides = Files.createTempFile("helmshift-mirror", ".yaml");
            Files.writeString(overrides, YamlText.write(plan.overridesAsValues()));
            List<Path> files = new ArrayList<>(inputs.valueFiles());
            files.add(overrides);
            ValueInputs withOverrides = new ValueInputs(inputs.profile(), files, inputs.sets(), inputs.stringSets());
            RenderResult again = service.render(ValuesResolver.resolve(chart, withOverrides), options.collectingErrors());
            List<Finding> findings = new ArrayList<>(plan.findings());
            findings.addAll(MirrorPlanner.verify(plan, ImageExtractor.extract(Manifests.parse(again.documents()).manifests())));
            return new MirrorPlan(plan.mirror(), plan.layout(), plan.copies(), plan.overrides(), findings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mirror overrides to a temporary file", e);
        } finally {
            if (overrides != null) {
                try {
                    Files.deleteIfExists(overrides);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
