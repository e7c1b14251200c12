package dev.helmshift.analysis.check;

import dev.helmshift.analysis.snapshot.ChartSnapshot;
import dev.helmshift.analysis.snapshot.TemplateSources;

import dev.helmshift.analysis.apis.ApiChecker;
import dev.helmshift.analysis.apis.ApiRemovalTable;
import dev.helmshift.analysis.apis.MinorVersion;
import dev.helmshift.analysis.diff.ImageChange;
import dev.helmshift.analysis.diff.ImageDiff;
import dev.helmshift.analysis.images.ImageEntry;
import dev.helmshift.analysis.images.ImageExtractor;
import dev.helmshift.analysis.images.ImageInventory;
import dev.helmshift.analysis.images.ImageReference;
import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.analysis.policy.CheckPolicy;
import dev.helmshift.analysis.policy.PolicyRules;
import dev.helmshift.analysis.validate.LocatedValues;
import dev.helmshift.analysis.validate.ValuesValidator;
import dev.helmshift.render.RenderDiagnostic;
import dev.helmshift.report.Finding;
import dev.helmshift.report.FindingReport;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The pre-upgrade gate: everything that may break when the user's values move from OLD to NEW.
 * <ul>
 *   <li>user keys NEW does not know ({@code removed-key} when OLD knew them, else {@code unknown-key}), type mismatches;</li>
 *   <li>removed and deprecated APIs of the NEW render at the target Kubernetes version;</li>
 *   <li>NEW templates that need {@code --go-compat legacy}, and NEW templates that fail anyway;</li>
 *   <li>images whose registry changes (warning), other image changes (info), floating tags in NEW (warning);</li>
 *   <li>the policy's rules, then its severity overrides.</li>
 * </ul>
 * Findings about templates are placed on the template files of the chart on disk ({@link TemplateSources}).
 */
public final class UpgradeCheck {
    private UpgradeCheck() {
    }

    public static FindingReport run(ChartSnapshot old, ChartSnapshot now, List<LocatedValues> userValues,
                                    MinorVersion kubeVersion, CheckPolicy policy) {
        List<Finding> findings = new ArrayList<>();
        for (LocatedValues user : userValues) {
            for (Finding f : ValuesValidator.validate(user, now.defaults(), now.known())) {
                findings.add(f.rule().equals(ValuesValidator.UNKNOWN_KEY) && old.known().isKnown(f.location().path())
                        ? removedKey(f, old, now) : f);
            }
        }
        List<Manifest> newManifests = Manifests.parse(now.documents()).manifests();
        findings.addAll(ApiChecker.check(newManifests, kubeVersion, ApiRemovalTable.builtIn()));
        findings.addAll(renderFindings(now));
        ImageInventory oldImages = ImageExtractor.extract(Manifests.parse(old.documents()).manifests());
        ImageInventory newImages = ImageExtractor.extract(newManifests);
        findings.addAll(imageFindings(oldImages, newImages, old, now));
        findings.addAll(PolicyRules.check(policy, newManifests, newImages, now.effectiveValues()));
        List<Finding> located = findings.stream().map(now.sources()::locate).toList();
        return new FindingReport("check", old.label() + " -> " + now.label(),
                PolicyRules.applyOverrides(policy, located), CheckRules.descriptions());
    }

    private static Finding removedKey(Finding unknown, ChartSnapshot old, ChartSnapshot now) {
        String path = unknown.location().path();
        String suggestion = now.known().suggest(path).orElse(null);
        String message = path + " is known to " + old.label() + " but not to " + now.label()
                + ": after the upgrade it has no effect" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)");
        String fix = suggestion == null ? "remove " + path + " or find its replacement in the values.yaml of " + now.label()
                : "rename " + path + " to " + suggestion;
        return new Finding(CheckRules.REMOVED_KEY, Severity.ERROR, message, unknown.location(), fix);
    }

    static List<Finding> renderFindings(ChartSnapshot now) {
        List<Finding> findings = new ArrayList<>();
        for (RenderDiagnostic d : now.diagnostics()) {
            Location where = Location.of(d.file(), Math.max(d.line(), 0), d.column() > 0 ? "column " + d.column() : "");
            if (RenderDiagnostic.VALUES_SCHEMA.equals(d.code()) && RenderDiagnostic.ERROR.equals(d.severity())) {
                findings.add(new Finding(CheckRules.SCHEMA_VIOLATION, Severity.ERROR,
                        now.label() + " refuses these values: " + firstLine(d.detail()),
                        where, "change the values to meet the chart's values.schema.json; helm refuses to install them"));
            } else if ("go-compat-legacy".equals(d.code())) {
                findings.add(new Finding(CheckRules.LEGACY_TEMPLATE, Severity.WARNING,
                        now.label() + ": " + firstLine(d.message()), where,
                        "helm v3/v4 fail on this template; rewrite it as the message says, or render with helm 2 / --go-compat legacy"));
            } else if (RenderDiagnostic.ERROR.equals(d.severity())) {
                findings.add(new Finding(CheckRules.RENDER_ERROR, Severity.ERROR,
                        now.label() + " fails to render: " + firstLine(d.message()), where,
                        "fix the values this template reads, or the template"));
            }
        }
        return findings;
    }

    static List<Finding> imageFindings(ImageInventory oldImages, ImageInventory newImages, ChartSnapshot old,
                                       ChartSnapshot now) {
        List<Finding> findings = new ArrayList<>();
        for (ImageChange change : ImageDiff.between(oldImages.images(), newImages.images())) {
            if (change.oldImage() != null && change.newImage() != null) {
                ImageReference a = ImageReference.parse(change.oldImage());
                ImageReference b = ImageReference.parse(change.newImage());
                boolean moved = a == null || b == null || !a.registry().equals(b.registry())
                        || !a.normalizedPath().equals(b.normalizedPath());
                findings.add(new Finding(moved ? CheckRules.IMAGE_REGISTRY_CHANGED : CheckRules.IMAGE_CHANGED,
                        moved ? Severity.WARNING : Severity.INFO, change.oldImage() + " -> " + change.newImage(),
                        Location.of(sourceOf(newImages, change.newImage()), 0, change.newImage()),
                        moved ? "mirror " + change.newImage() + " and allow its registry before upgrading" : ""));
            } else if (change.newImage() != null) {
                findings.add(new Finding(CheckRules.IMAGE_CHANGED, Severity.INFO, "new image " + change.newImage()
                        + " in " + now.label(), Location.of(sourceOf(newImages, change.newImage()), 0, change.newImage()),
                        "mirror it before upgrading if you use a private registry"));
            } else {
                // located here, on OLD's templates: NEW may have a template of the same name
                findings.add(old.sources().locate(new Finding(CheckRules.IMAGE_CHANGED, Severity.INFO, change.oldImage()
                        + " of " + old.label() + " is no longer used", Location.of(sourceOf(oldImages, change.oldImage()), 0,
                        change.oldImage()), "")));
            }
        }
        for (ImageEntry image : newImages.entries()) {
            ImageReference ref = ImageReference.parse(image.image());
            if (ref != null && ref.hasFloatingTag()) {
                findings.add(new Finding(CheckRules.FLOATING_TAG, Severity.WARNING, image.image()
                        + (ref.tag().isEmpty() ? " has no tag" : " has the floating tag '" + ref.tag() + "'")
                        + ": what it runs can change without an upgrade", Location.of(image.sources().get(0), 0, image.image()),
                        "pin a released tag or a digest (e.g. set global.tag)"));
            }
        }
        return findings;
    }

    private static String sourceOf(ImageInventory inventory, String image) {
        return inventory.entries().stream().filter(e -> e.image().equals(image)).findFirst()
                .map(e -> e.sources().get(0)).orElse("");
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " " + t.substring(nl + 1).strip().replaceAll("\\s+", " ");
    }
}
