package dev.helmshift.analysis.values;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;

import java.util.Map;

/**
 * The values a chart's templates work with: the coalesced values (defaults, profile, -f, --set), as the root's
 * {@code .Values} ends up after rendering. For most charts that is the coalesced values themselves; a chart that
 * reshapes {@code .Values} in a template (Istio 1.21+ merges {@code files/profile-NAME.yaml} and its
 * {@code _internal_defaults_do_not_set} in {@code zzz_profile.yaml}) shows what that logic made of them, which is
 * what a user comparing profiles wants to see. Templates that fail do not stop it (analysis mode).
 */
public final class EffectiveValues {
    private EffectiveValues() {
    }

    public static Map<String, Object> of(Chart chart, ValueInputs inputs) {
        return ChartRenderService.withHelmFunctions()
                .render(ValuesResolver.resolve(chart, inputs), RenderOptions.helmDefaults().collectingErrors())
                .values();
    }
}
