package dev.helmshift.render;

import dev.helmshift.chart.ValueTrees;
import dev.helmshift.template.CompatDiagnostic;
import dev.helmshift.template.TemplateException;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.ExecResult;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.TemplateSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helm's rendering pipeline ({@code pkg/engine} + the template path of {@code pkg/action/install.go}): every
 * template of the chart and of each enabled subchart (recursively) in one shared template namespace, each executed
 * with its chart's scope ({@code .Values} scoped per chart, {@code .Chart}, {@code .Files}, {@code .Release},
 * {@code .Capabilities}, {@code .Template}, {@code .Subcharts}), {@code <no value>} stripped, then split and ordered
 * as {@code helm template} prints.
 *
 * <p>Thread-safe: one instance renders any number of charts.
 */
public final class HelmRenderer {
    private static final String NO_VALUE = "<no value>";

    private final FuncMap funcs;
    private final Function<Object, String> toYaml;

    /** @param funcs Go's builtins plus Sprig and Helm's functions ({@code include}, {@code tpl}, {@code toYaml}, ...) */
    public HelmRenderer(FuncMap funcs) {
        this.funcs = funcs.copy();
        GoFunction yaml = funcs.get("toYaml");
        this.toYaml = value -> {
            if (yaml == null) {
                throw new FunctionException("toYaml is not registered, so .Files.AsConfig/AsSecrets cannot print");
            }
            return (String) yaml.body().call(null, new Object[]{value});
        };
    }

    /**
     * Renders the chart.
     *
     * @param values the coalesced values of the root chart (subchart sections and globals already merged in)
     * @throws RenderException in fail-fast mode, at the first template that fails, with Helm's error text
     */
    public RenderResult render(ChartSource chart, Map<String, Object> values, RenderOptions options) {
        Map<String, Renderable> renderables = new LinkedHashMap<>();
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("Values", values);
        top.put("Release", release(options));
        top.put("Capabilities", GoStructs.capabilities(options.capabilities()));
        Map<String, Object> rootScope = collect(chart, true, "", top, renderables);

        List<String> order = new ArrayList<>(renderables.keySet());
        order.sort(HELM_PARSE_ORDER);

        List<RenderDiagnostic> diagnostics = new ArrayList<>();
        TemplateSet set = TemplateSet.create(funcs);
        for (String name : order) {
            try {
                set.parse(name, renderables.get(name).text());
            } catch (TemplateException e) {
                fail(options, diagnostics, name, e);
            }
        }

        ExecOptions exec = ExecOptions.helm(options.compat());
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String name : order) {
            if (ManifestSorter.isPartial(name) || !set.has(name)) {
                continue;
            }
            Renderable renderable = renderables.get(name);
            // The chart's one scope map, not a copy: in Helm every template of a chart gets the same top-level object,
            // so `set $ "Values" ...` (Istio's zzz_profile.yaml) changes what the templates after it see.
            Map<String, Object> data = renderable.scope();
            data.put("Template", templateInfo(name, renderable.basePath()));
            try {
                ExecResult result = set.execute(name, data, exec);
                rendered.put(name, result.output().replace(NO_VALUE, ""));
                result.diagnostics().forEach(d -> diagnostics.add(legacyRescue(d)));
            } catch (TemplateException e) {
                fail(options, diagnostics, name, e);
            }
        }
        ManifestSorter.Sorted sorted = ManifestSorter.sort(rendered, options.failFast() ? null
                : invalid -> diagnostics.add(new RenderDiagnostic(RenderDiagnostic.ERROR, "manifest-yaml",
                invalid.file(), 0, 0, invalid.getMessage())));
        return new RenderResult(sorted.all(), sorted, diagnostics, finalValues(rootScope.get("Values"), values));
    }

    /** The root chart's .Values as its templates left it, or the given values if a template made it a non-map. */
    private static Map<String, Object> finalValues(Object templatesValues, Map<String, Object> given) {
        return ValueTrees.freezeMap(ValueTrees.isTable(templatesValues) ? ValueTrees.asTable(templatesValues) : given);
    }

    /** Helm's sortTemplates: deepest path first, and among equal depth, reverse byte order. */
    static final Comparator<String> HELM_PARSE_ORDER = Comparator
            .comparingInt((String path) -> (int) path.chars().filter(c -> c == '/').count()).reversed()
            .thenComparing(Comparator.<String>reverseOrder());

    private record Renderable(String text, Map<String, Object> scope, String basePath) {
    }

    /** Helm's recAllTpls: builds each chart's scope and registers its templates under CHARTPATH/templates/... */
    private Map<String, Object> collect(ChartSource chart, boolean root, String parentPath, Map<String, Object> parent,
                                        Map<String, Renderable> out) {
        Map<String, Object> metadata = new LinkedHashMap<>(chart.metadata());
        metadata.put("IsRoot", root);
        Map<String, Object> subcharts = new LinkedHashMap<>();
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("Chart", metadata);
        scope.put("Files", GoStructs.files(new HelmFiles(chart.files(), toYaml)));
        scope.put("Release", parent.get("Release"));
        scope.put("Capabilities", parent.get("Capabilities"));
        scope.put("Values", root ? parent.get("Values") : subchartValues(parent.get("Values"), chart.name()));
        scope.put("Subcharts", subcharts);

        String fullPath = root ? chart.name() : parentPath + "/charts/" + chart.name();
        for (ChartSource child : chart.dependencies()) {
            subcharts.put(child.name(), collect(child, false, fullPath, scope, out));
        }
        chart.templates().forEach((path, text) ->
                out.put(fullPath + "/" + path, new Renderable(text, scope, fullPath + "/templates")));
        return scope;
    }

    /** {@code Values.Table(name)}: the parent's section for the subchart when it is a map, else empty values. */
    private static Object subchartValues(Object parentValues, String name) {
        if (parentValues instanceof Map<?, ?> map && map.get(name) instanceof Map<?, ?> section) {
            return section;
        }
        return new LinkedHashMap<String, Object>();
    }

    private static Map<String, Object> release(RenderOptions options) {
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("Name", options.releaseName());
        release.put("Namespace", options.namespace());
        release.put("IsUpgrade", false);
        release.put("IsInstall", true);
        release.put("Revision", 1);
        release.put("Service", "Helm");
        return release;
    }

    private static Map<String, Object> templateInfo(String name, String basePath) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("Name", name);
        info.put("BasePath", basePath);
        return info;
    }

    private static void fail(RenderOptions options, List<RenderDiagnostic> diagnostics, String name, TemplateException e) {
        String text = HelmErrorText.of(e);
        String file = e.templateName() == null ? name : e.templateName();
        int line = Math.max(e.line(), 0);
        int column = Math.max(e.column(), 0);
        if (options.failFast()) {
            throw new RenderException(text, null, file, line, column, e);
        }
        String code = e.phase() == TemplateException.Phase.PARSE ? "template-parse" : "template-exec";
        diagnostics.add(new RenderDiagnostic(RenderDiagnostic.ERROR, code, file, line, column, text));
    }

    private static RenderDiagnostic legacyRescue(CompatDiagnostic d) {
        return new RenderDiagnostic(RenderDiagnostic.WARNING, "go-compat-legacy", d.templateName(), d.line(), d.column(),
                d.message() + "; " + d.fix());
    }
}
