package dev.helmshift.analysis.check;

import dev.helmshift.analysis.apis.ApiChecker;
import dev.helmshift.analysis.policy.PolicyRules;
import dev.helmshift.analysis.validate.ValuesValidator;
import dev.helmshift.report.RuleText;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rule ids of {@code check}, each with a line and a help text (SARIF rule metadata, the Markdown legend, the docs). */
public final class CheckRules {
    public static final String REMOVED_KEY = "removed-key";
    public static final String LEGACY_TEMPLATE = "legacy-template";
    public static final String RENDER_ERROR = "render-error";
    public static final String IMAGE_REGISTRY_CHANGED = "image-registry-changed";
    public static final String IMAGE_CHANGED = "image-changed";
    public static final String FLOATING_TAG = "floating-tag";
    public static final String SCHEMA_VIOLATION = "schema-violation";

    private CheckRules() {
    }

    public static Map<String, RuleText> descriptions() {
        Map<String, RuleText> rules = new LinkedHashMap<>();
        rules.put(REMOVED_KEY, new RuleText("A user values key that the old chart knew and the new chart no longer knows",
                "After the upgrade the new chart ignores this key, so what it set is lost. Move the value to the key that"
                        + " replaced it (helmshift values diff OLD NEW lists renames), or delete it."));
        rules.put(ValuesValidator.UNKNOWN_KEY, new RuleText("A user values key that the chart neither defaults nor reads",
                "No default of the chart and no template reads this key, so it has no effect; it is often a typo."
                        + " Use the suggested name, or delete the key."));
        rules.put(ValuesValidator.TYPE_MISMATCH, new RuleText("A user value whose type differs from the chart default's",
                "Templates that test or print the value may behave differently with another kind of value"
                        + " (\"false\" is a true string). Give a value of the default's kind."));
        rules.put(SCHEMA_VIOLATION, new RuleText("A value that breaks the chart's values.schema.json",
                "Helm refuses values that break the chart's schema. Change the value so that the schema accepts it."));
        rules.put(ApiChecker.REMOVED, new RuleText("An apiVersion the target Kubernetes version no longer serves",
                "The API server of the target version rejects this object. Upgrade to a chart that uses the replacement"
                        + " API, or give --kube-version the version your cluster runs."));
        rules.put(ApiChecker.DEPRECATED, new RuleText("A deprecated apiVersion (Kubernetes) or one a later Istio removed",
                "Still served, but a later version removes it. Plan the move to the replacement API."));
        rules.put(LEGACY_TEMPLATE, new RuleText("A template that renders only with Helm 2's Go (--go-compat legacy)",
                "Go up to 1.13 ignored the arguments after a parenthesized pipeline; helm v3 and v4 fail on the template."
                        + " Rewrite the condition as the message says."));
        rules.put(RENDER_ERROR, new RuleText("A template that fails to render",
                "Installing with these values fails. Fix the values the template reads, or the template."));
        rules.put(IMAGE_REGISTRY_CHANGED, new RuleText("An image that now comes from another registry or repository path",
                "Clusters that pull through a mirror or allow only some registries cannot pull it yet. Mirror the image"
                        + " and allow its registry before upgrading."));
        rules.put(IMAGE_CHANGED, new RuleText("An image added, removed or retagged by the upgrade",
                "Mirror new images before upgrading if the cluster pulls from a private registry."));
        rules.put(FLOATING_TAG, new RuleText("An image with a tag that moves (latest, *-latest-daily, *-dev, none)",
                "What such a tag points at changes without an upgrade, so two installs can run different code. Pin a"
                        + " released tag or a digest."));
        String policy = "Your check policy (--policy) forbids this; change the values or the chart, or the policy.";
        rules.put(PolicyRules.REGISTRY, new RuleText("Policy: an image outside the allowed registries", policy));
        rules.put(PolicyRules.TAG, new RuleText("Policy: an image with a forbidden tag", policy));
        rules.put(PolicyRules.REQUIRED_VALUE, new RuleText("Policy: a required value is missing or different", policy));
        rules.put(PolicyRules.FORBIDDEN_KIND, new RuleText("Policy: a forbidden kind is rendered", policy));
        rules.put(PolicyRules.FORBIDDEN_API, new RuleText("Policy: a forbidden apiVersion is used", policy));
        rules.put(PolicyRules.MAX_IMAGES, new RuleText("Policy: more images than allowed", policy));
        return rules;
    }
}
