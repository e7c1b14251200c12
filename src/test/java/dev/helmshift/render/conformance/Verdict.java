package dev.helmshift.render.conformance;

import dev.helmshift.chart.schema.SchemaViolation;
import dev.helmshift.error.HelmshiftException;
import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.render.RenderResult;
import dev.helmshift.testing.GoMapOrder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How one helmshift render compares with what the real helm did for the same chart and values: the same multiset of
 * parsed YAML documents with the same Source paths (and whether the text is byte-identical), the same failure with
 * helm's exact error text, or a difference described for a person ({@code why}, first line = the gist).
 */
record Verdict(Outcome outcome, boolean byteIdentical, String why) {

    enum Outcome { SAME_DOCUMENTS, SAME_RANDOM_MASKED, SAME_FAILURE, DIFFER }

    /** Renders with {@code ours} and compares with helm's run; a crash of ours is a difference, not an exception. */
    static Verdict of(HelmOracle.Run helm, Supplier<RenderResult> ours) {
        return of(helm, ours, () -> helm);
    }

    /**
     * Like {@link #of(HelmOracle.Run, Supplier)}; when the documents differ, {@code helmAgain} renders once more,
     * and the leaves that differ between helm's two runs (random passwords, generated certificates and what is
     * derived from them) are left out of the comparison: then the outcome is {@link Outcome#SAME_RANDOM_MASKED}.
     */
    static Verdict of(HelmOracle.Run helm, Supplier<RenderResult> ours, Supplier<HelmOracle.Run> helmAgain) {
        try {
            String text = ours.get().helmText();
            if (helm.exitCode() != 0) {
                return differ("helm fails but helmshift renders; helm: " + helm.error());
            }
            String why = compareDocuments(helm.stdout(), text);
            if (why == null) {
                return new Verdict(Outcome.SAME_DOCUMENTS, GoBytes.equal(helm.stdout(), text), null);
            }
            HelmOracle.Run again = helmAgain.get();
            if (again.exitCode() == 0 && !again.stdout().equals(helm.stdout())) {
                PrintedDocuments first = PrintedDocuments.parse(helm.stdout());
                Map<String, Set<List<Object>>> random = first.randomLeaves(PrintedDocuments.parse(again.stdout()));
                if (random != null) {
                    String masked = compare(first.masked(random), PrintedDocuments.parse(text).masked(random));
                    if (masked == null) {
                        return new Verdict(Outcome.SAME_RANDOM_MASKED, false, null);
                    }
                    why = masked;
                }
            }
            return differ(why);
        } catch (HelmshiftException e) {
            if (helm.exitCode() != 0 && sameFailure(helm.error(), e.getMessage().strip())) {
                return new Verdict(Outcome.SAME_FAILURE, false, null);
            }
            return differ("helmshift fails: " + e.getMessage() + (helm.exitCode() == 0 ? "; helm renders"
                    : "\nhelm fails: " + helm.error()));
        } catch (RuntimeException | StackOverflowError e) {
            return differ("helmshift crashed: " + e);
        }
    }

    /** Helm's text exactly; a values-schema report modulo Go's random map order, which helm's messages follow. */
    private static boolean sameFailure(String helmError, String ours) {
        return helmError.equals(ours) || helmError.startsWith(SchemaViolation.HEADER)
                && GoMapOrder.linesInAnyOrder(helmError).equals(GoMapOrder.linesInAnyOrder(ours));
    }

    private static Verdict differ(String why) {
        return new Verdict(Outcome.DIFFER, false, why);
    }

    /** Null when both print the same multiset of documents with the same Source paths, else what differs. */
    static String compareDocuments(String helmText, String ourText) {
        return compare(PrintedDocuments.parse(helmText), PrintedDocuments.parse(ourText));
    }

    private static String compare(PrintedDocuments helm, PrintedDocuments ours) {
        List<String> onlyHelm = helm.missingFrom(ours);
        List<String> onlyOurs = ours.missingFrom(helm);
        if (onlyHelm.isEmpty() && onlyOurs.isEmpty()) {
            return null;
        }
        return (onlyHelm.size() + onlyOurs.size()) + " documents differ (helm " + helm.documents().size()
                + ", helmshift " + ours.documents().size() + ")" + firstDifference(onlyHelm, onlyOurs)
                + "\nonly in helm:\n" + String.join("\n---\n", onlyHelm.stream().limit(3).toList())
                + "\nonly in helmshift:\n" + String.join("\n---\n", onlyOurs.stream().limit(3).toList());
    }

    /** The first line where the first document only helm printed and its counterpart of ours part ways. */
    private static String firstDifference(List<String> onlyHelm, List<String> onlyOurs) {
        if (onlyHelm.isEmpty() || onlyOurs.isEmpty()) {
            return ": " + (onlyHelm.isEmpty() ? "extra " + onlyOurs.get(0) : "missing " + onlyHelm.get(0))
                    .lines().findFirst().orElse("");
        }
        String source = onlyHelm.get(0).lines().findFirst().orElse("");
        String counterpart = onlyOurs.stream().filter(d -> d.startsWith(source)).findFirst().orElse(onlyOurs.get(0));
        List<String> a = onlyHelm.get(0).lines().toList();
        List<String> b = counterpart.lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return ": " + source + " helm `" + a.get(i).strip() + "` vs helmshift `" + b.get(i).strip() + "`";
            }
        }
        return ": " + source + " (same first 40 lines)";
    }
}
