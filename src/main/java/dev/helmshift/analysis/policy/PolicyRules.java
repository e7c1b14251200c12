package dev.helmshift.analysis.policy;

import com.google.re2j.Pattern;
import dev.helmshift.analysis.apis.ApiChecker;
import dev.helmshift.analysis.apis.ApiUse;
import dev.helmshift.analysis.images.ImageEntry;
import dev.helmshift.analysis.images.ImageInventory;
import dev.helmshift.analysis.images.ImageReference;
import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.analysis.values.ValuesDiff;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies a {@link CheckPolicy} to a render and its effective values. Every violation is an error finding. */
public final class PolicyRules {
    public static final String REGISTRY = "policy-registry";
    public static final String TAG = "policy-tag";
    public static final String REQUIRED_VALUE = "policy-required-value";
    public static final String FORBIDDEN_KIND = "policy-forbidden-kind";
    public static final String FORBIDDEN_API = "policy-forbidden-api";
    public static final String MAX_IMAGES = "policy-max-images";

    private PolicyRules() {
    }

    public static List<Finding> check(CheckPolicy policy, List<Manifest> manifests, ImageInventory images,
                                      Map<String, Object> effectiveValues) {
        List<Finding> findings = new ArrayList<>();
        List<Pattern> tags = policy.forbiddenTags().stream().map(Pattern::compile).toList();
        for (ImageEntry image : images.entries()) {
            Location where = Location.of(image.sources().get(0), 0, image.image());
            if (!policy.allowedRegistries().isEmpty()
                    && policy.allowedRegistries().stream().noneMatch(r -> image.image().startsWith(r + "/"))) {
                findings.add(new Finding(REGISTRY, Severity.ERROR, image.image() + " is not from an allowed registry ("
                        + String.join(", ", policy.allowedRegistries()) + ")", where,
                        "mirror it (helmshift images --mirror REGISTRY) and set the chart's hub/image values"));
            }
            ImageReference ref = ImageReference.parse(image.image());
            String tag = ref == null ? "" : ref.tag();
            for (Pattern p : tags) {
                if (p.matches(tag)) {
                    findings.add(new Finding(TAG, Severity.ERROR, image.image() + " has the forbidden tag '" + tag
                            + "' (pattern " + p.pattern() + ")", where, "pin a released tag or a digest"));
                    break;
                }
            }
        }
        if (policy.maxImages() != null && images.entries().size() > policy.maxImages()) {
            findings.add(new Finding(MAX_IMAGES, Severity.ERROR, "the render uses " + images.entries().size()
                    + " images, more than the policy's " + policy.maxImages(), Location.path(""),
                    "disable components you do not need"));
        }
        for (CheckPolicy.RequiredValue required : policy.requiredValues()) {
            Optional<Object> actual = lookup(effectiveValues, required.path());
            if (actual.isEmpty()) {
                findings.add(new Finding(REQUIRED_VALUE, Severity.ERROR, required.path() + " must be set"
                        + (required.hasExpected() ? " to " + required.expected() : ""), Location.path(required.path()),
                        "set " + required.path() + (required.hasExpected() ? ": " + required.expected() : "") + " in your values"));
            } else if (required.hasExpected() && !same(actual.get(), required.expected())) {
                findings.add(new Finding(REQUIRED_VALUE, Severity.ERROR, required.path() + " is " + actual.get()
                        + " but the policy requires " + required.expected(), Location.path(required.path()),
                        "set " + required.path() + ": " + required.expected() + " in your values"));
            }
        }
        for (Manifest m : manifests) {
            if (policy.forbiddenKinds().contains(m.kind())) {
                findings.add(new Finding(FORBIDDEN_KIND, Severity.ERROR, m.displayName() + " is of a forbidden kind",
                        Location.of(m.source(), 0, m.displayName()), "disable the component that renders it"));
            }
        }
        for (ApiUse use : ApiChecker.uses(manifests)) {
            if (policy.forbiddenApis().contains(use.apiVersion())) {
                String at = use.field().isEmpty() ? "" : " at " + use.field();
                findings.add(new Finding(FORBIDDEN_API, Severity.ERROR, use.object() + " uses the forbidden API "
                        + use.apiVersion() + at, Location.of(use.source(), 0, use.object()),
                        "upgrade the chart to one that uses a newer API"));
            }
        }
        return findings;
    }

    /** Applies the policy's severity overrides; "off" drops the finding. */
    public static List<Finding> applyOverrides(CheckPolicy policy, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Severity> override = policy.severityOverrides().get(f.rule());
            if (override == null) {
                out.add(f);
            } else {
                override.ifPresent(s -> out.add(f.withSeverity(s)));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> lookup(Map<String, Object> values, String path) {
        Object current = values;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return Optional.ofNullable(current);
    }

    private static boolean same(Object actual, Object expected) {
        return ValuesDiff.between(Map.of("v", actual), Map.of("v", expected)).changes().isEmpty();
    }
}
