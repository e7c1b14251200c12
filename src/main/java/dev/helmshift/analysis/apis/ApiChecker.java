package dev.helmshift.analysis.apis;

import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the apiVersions of a render against the removal table for a target Kubernetes version: the top-level
 * apiVersion of each object and every nested {@code apiVersion}+{@code kind} pair (HPA {@code scaleTargetRef},
 * {@code ownerReferences}, objects embedded in lists or custom resources).
 * <ul>
 *   <li>{@value #REMOVED} (error): the target version no longer serves it;</li>
 *   <li>{@value #DEPRECATED} (warning): deprecated at the target version, or an Istio API removed in a later Istio.</li>
 * </ul>
 */
public final class ApiChecker {
    public static final String REMOVED = "removed-api";
    public static final String DEPRECATED = "deprecated-api";

    private ApiChecker() {
    }

    public static List<ApiUse> uses(List<Manifest> manifests) {
        List<ApiUse> uses = new ArrayList<>();
        for (Manifest m : manifests) {
            String object = m.kind() + "/" + m.name();
            if (!m.apiVersion().isEmpty()) {
                uses.add(new ApiUse(m.source(), object, "", m.apiVersion(), m.kind()));
            }
            for (Map.Entry<String, Object> e : m.body().entrySet()) {
                if (!e.getKey().equals("apiVersion") && !e.getKey().equals("kind")) {
                    nested(e.getValue(), e.getKey(), m, object, uses);
                }
            }
        }
        return uses;
    }

    private static void nested(Object node, String path, Manifest m, String object, List<ApiUse> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("apiVersion") instanceof String api && map.get("kind") instanceof String kind) {
                out.add(new ApiUse(m.source(), object, path, api, kind));
            }
            map.forEach((k, v) -> nested(v, path + "." + k, m, object, out));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                nested(list.get(i), path + "[" + i + "]", m, object, out);
            }
        }
    }

    public static List<Finding> check(List<Manifest> manifests, MinorVersion kubeVersion, ApiRemovalTable table) {
        List<Finding> findings = new ArrayList<>();
        for (ApiUse use : uses(manifests)) {
            table.find(use.apiVersion(), use.kind()).ifPresent(removal -> {
                Finding f = finding(use, removal, kubeVersion);
                if (f != null) {
                    findings.add(f);
                }
            });
        }
        return findings;
    }

    private static Finding finding(ApiUse use, ApiRemoval removal, MinorVersion kube) {
        String what = use.field().isEmpty()
                ? use.object() + " uses " + use.apiVersion()
                : use.object() + " refers to " + use.kind() + " " + use.apiVersion() + " at " + use.field();
        Location where = Location.of(use.source(), 0, use.field().isEmpty() ? use.object() : use.object() + " " + use.field());
        String fix = "use " + removal.replacement();
        if (removal.isIstio()) {
            return new Finding(DEPRECATED, Severity.WARNING,
                    what + ", which Istio " + removal.removed() + " removed", where, fix + " before upgrading to Istio " + removal.removed());
        }
        if (kube.isAtLeast(removal.removed())) {
            return new Finding(REMOVED, Severity.ERROR,
                    what + ", which Kubernetes " + removal.removed() + " removed (target " + kube + ")", where, fix);
        }
        if (removal.deprecated() != null && kube.isAtLeast(removal.deprecated())) {
            return new Finding(DEPRECATED, Severity.WARNING,
                    what + ", deprecated since Kubernetes " + removal.deprecated() + " and removed in " + removal.removed(),
                    where, fix);
        }
        return null;
    }
}
