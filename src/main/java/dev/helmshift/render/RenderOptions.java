package dev.helmshift.render;

import dev.helmshift.template.GoCompat;

import java.util.Objects;

/**
 * How to render: the release, the cluster Capabilities, the Go behaviour, whether the first failing template
 * stops the render ({@code helmshift render}, like helm) or becomes a diagnostic while the rest renders (analysis),
 * and whether the values are checked against the charts' values.schema.json first (helm's default; its
 * {@code --skip-schema-validation} turns it off).
 */
public record RenderOptions(String releaseName, String namespace, Capabilities capabilities, GoCompat compat,
                            boolean failFast, boolean schemaValidation) {
    /** {@code helm template}'s release name when none is given. */
    public static final String DEFAULT_RELEASE_NAME = "release-name";
    public static final String DEFAULT_NAMESPACE = "default";

    public RenderOptions {
        Objects.requireNonNull(releaseName, "releaseName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(compat, "compat");
    }

    /** What {@code helm template CHART} uses: release-name, namespace default, helm v4.1.4's Capabilities, fail fast. */
    public static RenderOptions helmDefaults() {
        return new RenderOptions(DEFAULT_RELEASE_NAME, DEFAULT_NAMESPACE, Capabilities.helmDefaults(), GoCompat.CURRENT,
                true, true);
    }

    public RenderOptions withRelease(String name, String ns) {
        return new RenderOptions(name, ns, capabilities, compat, failFast, schemaValidation);
    }

    public RenderOptions withCapabilities(Capabilities caps) {
        return new RenderOptions(releaseName, namespace, caps, compat, failFast, schemaValidation);
    }

    /** Legacy mode also brings back Helm 2's {@code .Capabilities.TillerVersion}. */
    public RenderOptions withCompat(GoCompat mode) {
        Capabilities caps = mode == GoCompat.LEGACY
                ? capabilities.withTiller(Capabilities.HELM2_TILLER_VERSION)
                : capabilities.withTiller(null);
        return new RenderOptions(releaseName, namespace, caps, mode, failFast, schemaValidation);
    }

    /** Analysis mode: a failing template becomes a diagnostic and the others still render. */
    public RenderOptions collectingErrors() {
        return new RenderOptions(releaseName, namespace, capabilities, compat, false, schemaValidation);
    }

    /** {@code --skip-schema-validation}: render without checking the values against values.schema.json. */
    public RenderOptions withSchemaValidation(boolean validate) {
        return new RenderOptions(releaseName, namespace, capabilities, compat, failFast, validate);
    }
}
