package dev.helmshift.cli;

import dev.helmshift.render.Capabilities;
import dev.helmshift.render.KubeVersion;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Option;

/** The render flags that render and the analysis commands share (a picocli mixin). */
public class RenderFlags {
    @Option(names = "--release-name", paramLabel = "N", defaultValue = RenderOptions.DEFAULT_RELEASE_NAME,
            description = "release name (default: ${DEFAULT-VALUE}, as helm template)")
    String releaseName;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = RenderOptions.DEFAULT_NAMESPACE,
            description = "release namespace (default: ${DEFAULT-VALUE})")
    String namespace;

    @Option(names = "--kube-version", paramLabel = "V", description = "Capabilities.KubeVersion for rendering (default v1.35.0)")
    String kubeVersion;

    /** The help text of --skip-schema-validation, shared with analyze. */
    static final String SKIP_SCHEMA_VALIDATION = "do not check the values against the charts' values.schema.json "
            + "(as helm's flag; by default a render that breaks a schema fails, and analyses report it)";

    @Option(names = "--skip-schema-validation", description = SKIP_SCHEMA_VALIDATION)
    boolean skipSchemaValidation;

    @Option(names = "--go-compat", paramLabel = "MODE",
            description = "current (Go >= 1.18, helm v3/v4) or legacy (Go <= 1.13, Helm 2)")
    GoCompat compat;

    /**
     * helm's options for these flags; {@code fallback} is the command's Go mode when --go-compat is not given. Template
     * errors fail the render; analysis commands add {@code collectingErrors()} to report them as findings instead.
     */
    RenderOptions options(GoCompat fallback, Capabilities base) {
        Capabilities caps = kubeVersion == null ? base : base.withKubeVersion(KubeVersion.parse(kubeVersion));
        return RenderOptions.helmDefaults().withRelease(releaseName, namespace).withCapabilities(caps)
                .withCompat(compat == null ? fallback : compat).withSchemaValidation(!skipSchemaValidation);
    }

    /** The options of an analysis command: helm's capabilities, and template errors collected as diagnostics. */
    RenderOptions analysisOptions(GoCompat fallback) {
        return options(fallback, Capabilities.helmDefaults()).collectingErrors();
    }
}
