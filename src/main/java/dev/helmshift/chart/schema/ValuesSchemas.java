package dev.helmshift.chart.schema;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ResolvedChart;
import dev.helmshift.chart.schema.engine.ErrorKind;
import dev.helmshift.chart.schema.engine.HelmUrlLoader;
import dev.helmshift.chart.schema.engine.JsonSchema;
import dev.helmshift.chart.schema.engine.SchemaException;
import dev.helmshift.chart.schema.engine.ValidationError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * helm v4.1.4's values schema check ({@code ValidateAgainstSchema}, called by install/template/upgrade on the
 * coalesced values after disabled subcharts were dropped): the root chart's values.schema.json against the
 * effective values, then each enabled subchart's against its part of them ({@code values[NAME]}, NAME being the
 * alias where one is set), recursively. A subchart whose part is absent or null is skipped with its subcharts; one
 * whose part is not a map gets helm's {@code invalid type for values: expected object (map), got TYPE}.
 *
 * <p>Order: a chart's own section, then its subcharts: first those its Chart.yaml does not declare (helm loads
 * them in Go map order, which is random; here by name), then the declared ones in declaration order.
 *
 * <p>An instance compiles each chart's schema once and keeps it, so one instance can check many resolutions of the
 * same loaded chart (analyze's profiles), also from several threads at once: compiled schemas are immutable.
 */
public final class ValuesSchemas {
    private final Map<Chart, Compiled> compiled = Collections.synchronizedMap(new IdentityHashMap<>());

    private record Compiled(JsonSchema schema, String error, List<String> warnings) {
    }

    /** The check for one resolution. */
    public static SchemaCheck check(Resolution resolution) {
        return new ValuesSchemas().checkResolution(resolution);
    }

    /** Checks one resolution, reusing the schemas compiled for earlier ones. */
    public SchemaCheck checkResolution(Resolution resolution) {
        return BigStack.call(() -> doCheck(resolution));
    }

    private SchemaCheck doCheck(Resolution resolution) {
        List<ChartSchemaReport> reports = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        validate(resolution.root(), resolution.values(), List.of(), reports, warnings);
        return new SchemaCheck(reports.isEmpty() ? null : SchemaViolation.of(reports), warnings);
    }

    private void validate(ResolvedChart chart, Map<String, Object> values, List<String> prefix,
                          List<ChartSchemaReport> reports, List<String> warnings) {
        if (chart.chart().hasSchema()) {
            Compiled c = compile(chart.chart());
            for (String w : c.warnings()) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
            if (c.error() != null) {
                reports.add(new ChartSchemaReport(chart.name(), chart.path(), chart.chart().schemaFile(), prefix,
                        ChartSchemaReport.Problem.UNUSABLE_SCHEMA, c.error(), List.of()));
            } else {
                ValidationError err = c.schema().validate(values);
                if (err != null) {
                    reports.add(new ChartSchemaReport(chart.name(), chart.path(), chart.chart().schemaFile(), prefix,
                            ChartSchemaReport.Problem.VIOLATIONS, HelmSchemaText.of(err), findings(err, prefix)));
                }
            }
        }
        for (ResolvedChart sub : helmOrder(chart)) {
            Object raw = values.get(sub.name());
            if (raw == null) {
                continue;
            }
            List<String> subPrefix = new ArrayList<>(prefix);
            subPrefix.add(sub.name());
            if (!(raw instanceof Map<?, ?>)) {
                reports.add(new ChartSchemaReport(sub.name(), sub.path(), sub.chart().schemaFile(), subPrefix,
                        ChartSchemaReport.Problem.VALUES_NOT_A_MAP,
                        "invalid type for values: expected object (map), got " + HelmSchemaText.goType(raw) + "\n",
                        List.of()));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> subValues = (Map<String, Object>) raw;
            validate(sub, subValues, subPrefix, reports, warnings);
        }
    }

    private Compiled compile(Chart chart) {
        return compiled.computeIfAbsent(chart, c -> {
            List<String> warnings = new ArrayList<>();
            try {
                return new Compiled(JsonSchema.compile(c.schema(), new HelmUrlLoader(warnings)), null, warnings);
            } catch (SchemaException e) {
                return new Compiled(null, e.getMessage(), warnings);
            }
        });
    }

    /** Undeclared subcharts first (by name), then the declared ones in the order Chart.yaml lists them. */
    static List<ResolvedChart> helmOrder(ResolvedChart parent) {
        List<Dependency> declared = parent.chart().metadata().dependencies();
        List<ResolvedChart> subs = new ArrayList<>(parent.subcharts());
        subs.sort(Comparator.comparingInt((ResolvedChart sub) -> declarationIndex(declared, sub))
                .thenComparing(ResolvedChart::name));
        return subs;
    }

    private static int declarationIndex(List<Dependency> declared, ResolvedChart sub) {
        for (int i = 0; i < declared.size(); i++) {
            Dependency d = declared.get(i);
            if (d.effectiveName().equals(sub.name()) && d.name().equals(sub.chart().name())) {
                return i;
            }
        }
        return -1;
    }

    private static List<SchemaFinding> findings(ValidationError err, List<String> prefix) {
        List<SchemaFinding> out = new ArrayList<>();
        for (ValidationError leaf : err.leaves()) {
            List<String> keyword = leaf.kind().keywordPath();
            out.add(new SchemaFinding(leaf.instancePointer(), leaf.instanceLocation(), prefix,
                    keyword.isEmpty() ? "" : keyword.get(0), leaf.kind().message(), schemaPointer(leaf.schemaUrl()),
                    names(leaf.kind())));
        }
        return out;
    }

    private static List<String> names(ErrorKind kind) {
        if (kind instanceof ErrorKind.AdditionalProperties k) {
            return k.properties();
        }
        if (kind instanceof ErrorKind.Required k) {
            return k.missing();
        }
        if (kind instanceof ErrorKind.Dependency k) {
            return k.missing();
        }
        if (kind instanceof ErrorKind.DependentRequired k) {
            return k.missing();
        }
        if (kind instanceof ErrorKind.PropertyNames k) {
            return List.of(k.property());
        }
        return List.of();
    }

    /** {@code file:///values.schema.json#/properties/a} as {@code #/properties/a}; other documents keep their URL. */
    private static String schemaPointer(String schemaUrl) {
        String prefix = JsonSchema.HELM_LOCATION + "#";
        return schemaUrl != null && schemaUrl.startsWith(prefix) ? schemaUrl.substring(prefix.length() - 1) : schemaUrl;
    }
}
