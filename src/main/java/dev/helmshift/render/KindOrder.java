package dev.helmshift.render;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which Helm installs (and {@code helm template} prints) resources: known kinds by their rank in Helm's
 * install order, unknown kinds after all known ones, alphabetically by kind. Used with a stable sort, so documents of
 * the same rank keep the order in which they were found.
 */
public final class KindOrder {
    /** Helm v4's {@code releaseutil.InstallOrder}. */
    public static final List<String> INSTALL_ORDER = List.of(
            "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
            "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
            "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList",
            "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
            "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
            "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < INSTALL_ORDER.size(); i++) {
            RANK.put(INSTALL_ORDER.get(i), i);
        }
    }

    /** Compares two kinds for install order; kinds of equal rank compare as 0 so a stable sort keeps their order. */
    public static final Comparator<String> INSTALL = KindOrder::compare;

    private KindOrder() {
    }

    private static int compare(String a, String b) {
        Integer first = RANK.get(a);
        Integer second = RANK.get(b);
        if (first == null && second == null) {
            return a.compareTo(b);
        }
        if (first == null) {
            return 1;
        }
        if (second == null) {
            return -1;
        }
        return Integer.compare(first, second);
    }
}
