package dev.helmshift.analysis.images;

import dev.helmshift.render.RenderDiagnostic;

import java.util.List;

/**
 * The images of one profile's render.
 *
 * @param mirror the mirror plan with its verification findings, or null when no mirror was asked for
 */
public record ProfileImages(String profile, String file, ImageInventory inventory, List<RenderDiagnostic> diagnostics,
                            MirrorPlan mirror) {
    public ProfileImages {
        diagnostics = List.copyOf(diagnostics);
    }
}
