package dev.helmshift.render.conformance;

import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.conformance.Verdict.Outcome;
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

import static org.assertj.core.api.Assertions.fail;

/**
 * The differential suite: every chart × profile of ../shared/corpus and of charts-fixtures/ rendered by the real
 * helm v4.1.4 and by helmshift, compared document by document (the same multiset of parsed YAML documents, the same
 * Source paths) or, where helm fails, failing with helm's exact error text (which holds template, line and column).
 * Legacy mode is compared against helm rendering a copy of the chart with {@code if (A) and|or ...} rewritten to
 * {@code if A}. Skips when helm or ../shared is absent. Prints one conformance summary line per mode.
 */
class HelmConformanceTest {

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
            // Copied afresh every run: a copy left by an earlier run would miss what the chart gained since.
            LegacyRewrite.replace(c.chartDir(), copy);
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
        Verdict verdict = Verdict.of(helm,
                () -> HELMSHIFT.render(c.chart(), ValueInputs.profile(c.profile().name()), options));
        synchronized (SUMMARY) {
            String group = mode.name().toLowerCase() + " " + c.label().substring(0, c.label().indexOf('/'));
            SUMMARY.computeIfAbsent(group, g -> new EnumMap<>(Outcome.class)).merge(verdict.outcome(), 1, Integer::sum);
            if (verdict.byteIdentical()) {
                BYTE_IDENTICAL.merge(group, 1, Integer::sum);
            }
            if (verdict.why() != null) {
                DIFFERENCES.put(mode.name().toLowerCase() + " " + c.label(), verdict.why());
            }
        }
        if (verdict.why() != null) {
            fail(verdict.why());
        }
    }
}
