package dev.helmshift.render.conformance;

import dev.helmshift.chart.schema.ValuesSchemaException;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderException;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;
import dev.helmshift.template.GoCompat;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The differential suite: every chart × profile of ../shared/corpus and of charts-fixtures/ rendered by the real
 * helm v4.1.4 and by helmshift, compared document by document (the same multiset of parsed YAML documents, the same
 * Source paths) or, where helm fails, failing with helm's exact error text (which holds template, line and column).
 * Legacy mode is compared against helm rendering a copy of the chart with {@code if (A) and|or ...} rewritten to
 * {@code if A}. Skips when helm or ../shared is absent. Prints one conformance summary line per mode.
 */
class HelmConformanceTest {

    enum Outcome { SAME_DOCUMENTS, SAME_FAILURE, DIFFER }

    /** "current corpus", "legacy fixtures", ... → outcome counts. */
    private static final Map<String, Map<Outcome, Integer>> SUMMARY = new TreeMap<>();
    private static final Map<String, String> DIFFERENCES = new TreeMap<>();
    /** Per group, how many renders printed byte for byte what helm printed. */
    private static final Map<String, Integer> BYTE_IDENTICAL = new TreeMap<>();
    private static final ChartRenderService HELMSHIFT = ChartRenderService.withHelmFunctions();

    @TestFactory
    Stream<DynamicTest> currentModeAgreesWithHelmOnEveryCorpusAndFixtureCombination() {
        HelmOracle helm = oracle();
        return combinations().stream().map(c -> DynamicTest.dynamicTest(c.label(),
                () -> check(GoCompat.CURRENT, c, helm.template("istio", c.chartDir(), c.helmArgs(c.chartDir())))));
    }

    @TestFactory
    Stream<DynamicTest> legacyModeAgreesWithHelmOnTheRewrittenCopy() {
        HelmOracle helm = oracle();
        Path copies = TestTools.projectDir().resolve("target/legacy-charts");
        return combinations().stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> {
            Path copy = copies.resolve(c.label().split(" ")[0].replace('/', '_'));
            if (!Files.isDirectory(copy)) {
                LegacyRewrite.copy(c.chartDir(), copy);
            }
            check(GoCompat.LEGACY, c, helm.template("istio", copy, c.helmArgs(copy)));
        }));
    }

    @AfterAll
    static void printSummary() {
        SUMMARY.forEach((group, counts) -> System.out.printf(
                "conformance (%s): %d same documents (%d byte-identical), %d same failure, %d differ%n", group,
                counts.getOrDefault(Outcome.SAME_DOCUMENTS, 0), BYTE_IDENTICAL.getOrDefault(group, 0),
                counts.getOrDefault(Outcome.SAME_FAILURE, 0), counts.getOrDefault(Outcome.DIFFER, 0)));
        DIFFERENCES.forEach((label, why) -> System.out.println("  differs: " + label + ": "
                + why.lines().findFirst().orElse("")));
    }

    private static HelmOracle oracle() {
        Path helm = TestTools.helm();
        return new HelmOracle(helm, TestTools.projectDir().resolve("target/helm-cache"));
    }

    private static List<Combination> combinations() {
        List<Combination> all = new ArrayList<>(Combination.under(TestTools.shared().resolve("corpus"), "corpus/"));
        Path fixtures = TestTools.projectDir().resolve("charts-fixtures");
        if (Files.isDirectory(fixtures)) {
            all.addAll(Combination.under(fixtures, "fixtures/"));
        }
        return all;
    }

    private static void check(GoCompat mode, Combination c, HelmOracle.Run helm) {
        RenderOptions options = RenderOptions.helmDefaults().withRelease("istio", "istio-system").withCompat(mode);
        String why;
        boolean identical = false;
        try {
            RenderResult ours = HELMSHIFT.render(c.chart(), ValueInputs.profile(c.profile().name()), options);
            why = helm.exitCode() == 0 ? compareDocuments(helm.stdout(), ours.helmText())
                    : "helm fails but helmshift renders; helm: " + helm.error();
            identical = helm.exitCode() == 0 && helm.stdout().equals(ours.helmText());
        } catch (RenderException | ValuesSchemaException e) {
            why = helm.exitCode() != 0 && helm.error().equals(e.getMessage().strip()) ? null
                    : "helmshift fails: " + e.getMessage() + (helm.exitCode() == 0 ? "; helm renders"
                    : "\nhelm fails: " + helm.error());
        } catch (RuntimeException e) {
            why = "helmshift crashed: " + e;
        }
        Outcome outcome = why != null ? Outcome.DIFFER
                : helm.exitCode() == 0 ? Outcome.SAME_DOCUMENTS : Outcome.SAME_FAILURE;
        synchronized (SUMMARY) {
            String group = mode.name().toLowerCase() + " " + c.label().substring(0, c.label().indexOf('/'));
            SUMMARY.computeIfAbsent(group, g -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
            if (identical) {
                BYTE_IDENTICAL.merge(group, 1, Integer::sum);
            }
            if (why != null) {
                DIFFERENCES.put(mode.name().toLowerCase() + " " + c.label(), why);
            }
        }
        if (why != null) {
            fail(why);
        }
    }

    /** Null when both print the same multiset of documents with the same Source paths, else what differs. */
    static String compareDocuments(String helmText, String ourText) {
        PrintedDocuments helm = PrintedDocuments.parse(helmText);
        PrintedDocuments ours = PrintedDocuments.parse(ourText);
        List<String> onlyHelm = helm.missingFrom(ours);
        List<String> onlyOurs = ours.missingFrom(helm);
        if (onlyHelm.isEmpty() && onlyOurs.isEmpty()) {
            assertThat(ours.sources()).containsExactlyInAnyOrderElementsOf(helm.sources());
            return null;
        }
        return (onlyHelm.size() + onlyOurs.size()) + " documents differ (helm " + helm.documents().size()
                + ", helmshift " + ours.documents().size() + ")\nonly in helm:\n" + String.join("\n---\n",
                onlyHelm.stream().limit(3).toList()) + "\nonly in helmshift:\n"
                + String.join("\n---\n", onlyOurs.stream().limit(3).toList());
    }
}
