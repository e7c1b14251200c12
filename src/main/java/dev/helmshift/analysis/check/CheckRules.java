package dev.helmshift.analysis.check;

import dev.helmshift.analysis.apis.ApiChecker;
import dev.helmshift.analysis.policy.PolicyRules;
import dev.helmshift.analysis.validate.ValuesValidator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rule ids of {@code check} and one line each (SARIF rule metadata, the Markdown legend, the README). */
public final class CheckRules {
    public static final String REMOVED_KEY = "removed-key";
    public static final String LEGACY_TEMPLATE = "legacy-template";
    public static final String RENDER_ERROR = "render-error";
    public static final String IMAGE_REGISTRY_CHANGED = "image-registry-changed";
    public static final String IMAGE_CHANGED = "image-changed";
    public static final String FLOATING_TAG = "floating-tag";

    private CheckRules() {
    }

    public static Map<String, String> descriptions() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(REMOVED_KEY, "A user values key that the old chart knew and the new chart no longer knows");
        rules.put(ValuesValidator.UNKNOWN_KEY, "A user values key that the chart neither defaults nor reads");
        rules.put(ValuesValidator.TYPE_MISMATCH, "A user value whose type differs from the chart default's");
        rules.put("schema-violation", "A value that breaks the chart's values.schema.json");
        rules.put(ApiChecker.REMOVED, "An apiVersion the target Kubernetes version no longer serves");
        rules.put(ApiChecker.DEPRECATED, "A deprecated apiVersion (Kubernetes) or one a later Istio removed");
        rules.put(LEGACY_TEMPLATE, "A template that renders only with Helm 2's Go (--go-compat legacy)");
        rules.put(RENDER_ERROR, "A template that fails to render");
        rules.put(IMAGE_REGISTRY_CHANGED, "An image that now comes from another registry or repository path");
        rules.put(IMAGE_CHANGED, "An image added, removed or retagged by the upgrade");
        rules.put(FLOATING_TAG, "An image with a tag that moves (latest, *-latest-daily, *-dev, none)");
        rules.put(PolicyRules.REGISTRY, "Policy: an image outside the allowed registries");
        rules.put(PolicyRules.TAG, "Policy: an image with a forbidden tag");
        rules.put(PolicyRules.REQUIRED_VALUE, "Policy: a required value is missing or different");
        rules.put(PolicyRules.FORBIDDEN_KIND, "Policy: a forbidden kind is rendered");
        rules.put(PolicyRules.FORBIDDEN_API, "Policy: a forbidden apiVersion is used");
        rules.put(PolicyRules.MAX_IMAGES, "Policy: more images than allowed");
        return rules;
    }
}
