package dev.helmshift.render;

/**
 * {@code .Capabilities}: what {@code helm template} (v4.1.4, offline) tells templates about the cluster and itself.
 *
 * @param tillerVersion Helm 2's {@code .Capabilities.TillerVersion.SemVer}, present only in legacy mode (null otherwise),
 *                      because legacy means "as Helm 2 rendered it" and Istio 1.0 reads it inside an {@code or}
 */
public record Capabilities(KubeVersion kubeVersion, ApiVersions apiVersions, HelmBuildInfo helmVersion,
                           String tillerVersion) {
    /** helm v4.1.4's BuildInfo, as {@code {{ .Capabilities.HelmVersion }}} prints it. */
    public static final HelmBuildInfo HELM_V4_1_4 = new HelmBuildInfo("v4.1.4",
            "05fa37973dc9e42b76e1d2883494c87174b6074f", "clean", "go1.25.9", "v1.35");
    /** The Tiller version legacy mode reports (the last Helm 2 release). */
    public static final String HELM2_TILLER_VERSION = "v2.16.12";

    public static Capabilities helmDefaults() {
        return new Capabilities(KubeVersion.DEFAULT, ApiVersions.DEFAULT, HELM_V4_1_4, null);
    }

    public Capabilities withKubeVersion(KubeVersion version) {
        return new Capabilities(version, apiVersions, helmVersion, tillerVersion);
    }

    public Capabilities withExtraApiVersions(java.util.List<String> extra) {
        return new Capabilities(kubeVersion, apiVersions.plus(extra), helmVersion, tillerVersion);
    }

    public Capabilities withTiller(String semver) {
        return new Capabilities(kubeVersion, apiVersions, helmVersion, semver);
    }

    /** Helm's {@code version.BuildInfo}. */
    public record HelmBuildInfo(String version, String gitCommit, String gitTreeState, String goVersion,
                                String kubeClientVersion) {
        @Override
        public String toString() {
            return "{" + version + " " + gitCommit + " " + gitTreeState + " " + goVersion + " " + kubeClientVersion + "}";
        }
    }
}
