package dev.helmshift.k8s;

/**
 * Kubernetes service host names as Istio reads them: {@code flaskapp}, {@code flaskapp.default},
 * {@code flaskapp.default.svc} and {@code flaskapp.default.svc.cluster.local} are one service when seen from the
 * namespace {@code default}.
 */
public final class HostNames {
    private static final String CLUSTER_DOMAIN = "cluster.local";

    private HostNames() {
    }

    /** The fully qualified form of {@code host} as seen from {@code namespace}. */
    public static String qualify(String host, String namespace) {
        String h = host.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String[] parts = h.split("\\.");
        return switch (parts.length) {
            case 1 -> h + "." + namespace + ".svc." + CLUSTER_DOMAIN;
            case 2 -> h + ".svc." + CLUSTER_DOMAIN;
            case 3 -> parts[2].equals("svc") ? h + "." + CLUSTER_DOMAIN : h;
            default -> h;
        };
    }

    /** True when both names denote the same service from {@code namespace}. */
    public static boolean same(String a, String b, String namespace) {
        if (a == null || b == null) {
            return false;
        }
        return qualify(a, namespace).equals(qualify(b, namespace));
    }
}
