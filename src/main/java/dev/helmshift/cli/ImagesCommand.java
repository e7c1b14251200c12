package dev.helmshift.cli;

import dev.helmshift.analysis.images.ImageEntry;
import dev.helmshift.analysis.images.ImagesAnalysis;
import dev.helmshift.analysis.images.MirrorCopy;
import dev.helmshift.analysis.images.MirrorLayout;
import dev.helmshift.analysis.images.MirrorPlan;
import dev.helmshift.analysis.images.ProfileImages;
import dev.helmshift.analysis.images.UnresolvedImage;
import dev.helmshift.analysis.images.ValueOverride;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.render.RenderDiagnostic;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Json;
import dev.helmshift.report.YamlText;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code helmshift images}: the images of each profile's render, with their templates; with --mirror, the mirror plan. */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "List the images a chart deploys per profile; --mirror REGISTRY plans a private mirror.")
public class ImagesCommand implements Callable<Integer> {
    /** Output formats of images. */
    public enum Format { list, json, yaml }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHART", description = "chart folder or .tgz archive")
    Path chart;

    @Option(names = "--profile", paramLabel = "P", description = "profile (repeatable; default: default)")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--all-profiles", description = "every profile of the chart")
    boolean allProfiles;

    @Mixin
    ValuesFlags values;

    @Mixin
    RenderFlags render;

    @Option(names = "--mirror", paramLabel = "REGISTRY", description = "plan copying every image to this registry prefix")
    String mirror;

    @Option(names = "--flatten", description = "with --mirror: MIRROR/<name>:<tag> instead of MIRROR/<repository path>:<tag>")
    boolean flatten;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "list",
            description = "list, json or yaml (default: ${DEFAULT-VALUE})")
    Format output;

    @Override
    public Integer call() {
        Chart loaded = ChartLoader.load(chart);
        List<String> chosen = allProfiles ? loaded.profiles().stream().map(Profile::name).toList()
                : profiles.isEmpty() ? List.of(Profile.DEFAULT) : profiles;
        List<ProfileImages> results = ImagesAnalysis.run(loaded, chosen, values.inputs(Profile.DEFAULT),
                render.analysisOptions(GoCompat.CURRENT), mirror, flatten ? MirrorLayout.FLATTEN : MirrorLayout.KEEP_PATH);
        Outputs.print(spec.commandLine(), switch (output) {
            case json -> Json.write(tree(loaded, results));
            case yaml -> YamlText.write(tree(loaded, results));
            case list -> list(results);
        });
        boolean unmovable = results.stream().anyMatch(r -> r.mirror() != null && !r.mirror().findings().isEmpty());
        return unmovable ? 1 : 0;
    }

    static String list(List<ProfileImages> results) {
        StringBuilder out = new StringBuilder();
        boolean several = results.size() > 1;
        for (ProfileImages r : results) {
            if (several) {
                out.append("# profile ").append(r.profile()).append(" (").append(r.file()).append(")\n");
            }
            r.inventory().entries().forEach(e -> out.append(e.image()).append('\n'));
            for (RenderDiagnostic d : r.diagnostics()) {
                if (RenderDiagnostic.VALUES_SCHEMA.equals(d.code()) && RenderDiagnostic.ERROR.equals(d.severity())) {
                    out.append("# helm refuses these values (").append(d.file()).append("): ")
                            .append(d.detail().replace('\n', ' ').strip()).append('\n');
                } else if (RenderDiagnostic.ERROR.equals(d.severity())) {
                    out.append("# not rendered: ").append(d.file()).append(':').append(d.line()).append(" (images of this template are missing)\n");
                }
            }
            if (r.mirror() != null) {
                out.append("# copy plan (").append(r.mirror().layout() == MirrorLayout.FLATTEN ? "flattened" : "repository path kept").append(")\n");
                r.mirror().copies().forEach(c -> out.append(c.source()).append(" -> ").append(c.target()).append('\n'));
                out.append("# values overrides\n");
                r.mirror().overrides().forEach(o -> out.append("--set ").append(o.path()).append('=').append(o.value()).append('\n'));
                if (r.mirror().findings().isEmpty()) {
                    out.append("# verified: a render with these overrides pulls every image from ").append(r.mirror().mirror()).append('\n');
                }
                r.mirror().findings().forEach(f -> out.append("# ").append(f.severity().label()).append(": ").append(f.message()).append('\n'));
            }
        }
        return out.toString();
    }

    static Map<String, Object> tree(Chart chart, List<ProfileImages> results) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", chart.name());
        info.put("version", chart.metadata().version());
        root.put("chart", info);
        List<Object> profiles = new ArrayList<>();
        for (ProfileImages r : results) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", r.profile());
            p.put("file", r.file());
            p.put("images", r.inventory().images());
            List<Object> sources = new ArrayList<>();
            for (ImageEntry e : r.inventory().entries()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("image", e.image());
                s.put("sources", e.sources());
                sources.add(s);
            }
            p.put("sources", sources);
            List<Object> unresolved = new ArrayList<>();
            for (UnresolvedImage u : r.inventory().unresolved()) {
                unresolved.add(Map.of("source", u.source(), "object", u.object(), "text", u.text()));
            }
            p.put("unresolved", unresolved);
            p.put("diagnostics", r.diagnostics().stream().map(ImagesCommand::diagnostic).toList());
            if (r.mirror() != null) {
                p.put("mirror", mirror(r.mirror()));
            }
            profiles.add(p);
        }
        root.put("profiles", profiles);
        return root;
    }

    private static Map<String, Object> diagnostic(RenderDiagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", d.severity());
        m.put("code", d.code());
        m.put("file", d.file());
        m.put("line", d.line());
        m.put("column", d.column());
        m.put("message", d.message());
        return m;
    }

    private static Map<String, Object> mirror(MirrorPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registry", plan.mirror());
        m.put("layout", plan.layout() == MirrorLayout.FLATTEN ? "flatten" : "keep-path");
        List<Object> copies = new ArrayList<>();
        for (MirrorCopy c : plan.copies()) {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("source", c.source());
            copy.put("target", c.target());
            copies.add(copy);
        }
        m.put("copies", copies);
        List<Object> overrides = new ArrayList<>();
        for (ValueOverride o : plan.overrides()) {
            Map<String, Object> override = new LinkedHashMap<>();
            override.put("path", o.path());
            override.put("from", o.oldValue());
            override.put("to", o.value());
            overrides.add(override);
        }
        m.put("overrides", overrides);
        m.put("values", plan.overridesAsValues());
        m.put("verified", plan.findings().isEmpty());
        List<Object> findings = new ArrayList<>();
        for (Finding f : plan.findings()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("rule", f.rule());
            finding.put("severity", f.severity().label());
            finding.put("message", f.message());
            finding.put("file", f.location().file());
            finding.put("fix", f.fix());
            findings.add(finding);
        }
        m.put("findings", findings);
        return m;
    }
}
