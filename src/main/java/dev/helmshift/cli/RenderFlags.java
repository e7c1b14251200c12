package dev.helmshift.cli;

import dev.helmshift.render.Capabilities;
import dev.helmshift.render.KubeVersion;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.template.GoCompat;
import picocli.CommandLine.Option;

/** The render flags the analysis commands share (a picocli mixin). */
public class RenderFlags {
    @Option(names = "--release-name", paramLabel = "N", defaultValue = "release-name",
            description = "release name (default: ${DEFAULT-VALUE}, as helm template)")
    String releaseName;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = "default",
            description = "release namespace (default: ${DEFAULT-VALUE})")
    String namespace;

    @Option(names = "--go-compat", paramLabel = "MODE",
            description = "current (Go >= 1.18, helm v3/v4) or legacy (Go <= 1.13, Helm 2)")
    GoCompat compat;

    /** The options for a render; {@code kubeVersion} null keeps helm's default, {@code fallback} is the command's mode. */
    RenderOptions options(String kubeVersion, GoCompat fallback) {
        Capabilities caps = Capabilities.helmDefaults();
        if (kubeVersion != null) {
            caps = caps.withKubeVersion(KubeVersion.parse(kubeVersion));
        }
        return RenderOptions.helmDefaults().withRelease(releaseName, namespace).withCapabilities(caps)
                .withCompat(compat == null ? fallback : compat).collectingErrors();
    }
}
