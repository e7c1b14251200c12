package dev.helmshift.analysis.apis;

import java.util.List;

/**
 * One row of the API removal table ({@code helmshift/api-removals.yaml}).
 *
 * @param platform    {@code kubernetes} or {@code istio}
 * @param deprecated  the version that deprecated it, or null when not recorded
 * @param removed     the version that stopped serving it
 */
public record ApiRemoval(String apiVersion, List<String> kinds, String platform, MinorVersion deprecated,
                         MinorVersion removed, String replacement) {

    public boolean appliesTo(String apiVersion, String kind) {
        return this.apiVersion.equals(apiVersion) && (kinds.contains("*") || kinds.contains(kind));
    }

    public boolean isIstio() {
        return platform.equals("istio");
    }
}
