package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Masterminds/semver v3 constraint semantics: the ranges its documentation gives for each operator, probed at their
 * boundaries. The same table is rendered by helm's semverCompare when helm is installed.
 */
class SemverConstraintsTest {

    record Check(String constraint, String version, boolean expected) {
    }

    static final List<Check> CHECKS = List.of(
            // comparisons, with a prerelease only matching a constraint that has one
            new Check(">= 1.2, < 3.0.0 || >= 4.2.3", "2.9.9", true),
            new Check(">= 1.2, < 3.0.0 || >= 4.2.3", "3.0.0", false),
            new Check(">= 1.2, < 3.0.0 || >= 4.2.3", "4.2.3", true),
            new Check(">=1.2.3", "1.2.4-beta", false),
            new Check(">=1.2.3-beta.2", "1.2.3-beta.10", true),
            new Check(">=1.2.3-beta.2", "1.2.3-alpha", false),
            new Check("<1.2.3", "1.2.3-beta", false),
            new Check("=1.2.3", "v1.2.3+build", true),
            new Check("1.2.3", "1.2.4", false),
            new Check("!=1.2.3", "1.2.4", true),
            new Check(">1.2", "1.3.0", true),
            new Check(">1.2", "1.2.9", false),
            new Check(">1", "1.9.9", false),
            new Check(">1", "2.0.0", true),
            // hyphen ranges
            new Check("1.2 - 1.4.5", "1.2.0", true),
            new Check("1.2 - 1.4.5", "1.4.5", true),
            new Check("1.2 - 1.4.5", "1.4.6", false),
            new Check("2.3.4 - 4.5", "4.5.9", true),
            new Check("2.3.4 - 4.5", "4.6.0", false),
            // wildcards
            new Check("1.2.x", "1.2.99", true),
            new Check("1.2.x", "1.3.0", false),
            new Check(">= 1.2.x", "1.2.0", true),
            new Check("<= 2.x", "2.9.0", true),
            new Check("<= 2.x", "3.0.0", false),
            new Check("*", "0.0.1", true),
            new Check("*", "1.0.0-rc1", false),
            // tilde
            new Check("~1.2.3", "1.2.3", true),
            new Check("~1.2.3", "1.2.99", true),
            new Check("~1.2.3", "1.3.0", false),
            new Check("~1", "1.99.0", true),
            new Check("~1", "2.0.0", false),
            new Check("~2.3", "2.3.9", true),
            new Check("~2.3", "2.4.0", false),
            new Check("~1.x", "1.5.0", true),
            // caret
            new Check("^1.2.3", "1.99.0", true),
            new Check("^1.2.3", "2.0.0", false),
            new Check("^1.2.3", "1.2.2", false),
            new Check("^0.2.3", "0.2.9", true),
            new Check("^0.2.3", "0.3.0", false),
            new Check("^0.0.3", "0.0.3", true),
            new Check("^0.0.3", "0.0.4", false),
            new Check("^0.0", "0.0.9", true),
            new Check("^0.0", "0.1.0", false),
            new Check("^0", "0.9.9", true),
            new Check("^0", "1.0.0", false),
            // what charts write
            new Check(">=2.10.0-0", "v2.16.12", true),
            new Check(">=1.21-0", "v1.35.0", true),
            new Check("<1.16-0", "v1.35.0", false),
            new Check(">=1.9-0, <1.16-0", "1.15.3", true));

    @Test
    void constraintsHoldExactlyForTheDocumentedRanges() {
        List<String> wrong = new ArrayList<>();
        for (Check c : CHECKS) {
            boolean actual = SemverConstraints.parse(c.constraint()).check(SemverVersion.parse(c.version()));
            if (actual != c.expected()) {
                wrong.add(c.constraint() + " " + c.version() + " -> " + actual);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void malformedConstraintsAndVersionsFailWithMastermindsMessages() {
        assertThatThrownBy(() -> SemverConstraints.parse("~~1")).isInstanceOf(FunctionException.class)
                .hasMessage("improper constraint: ~~1");
        assertThatThrownBy(() -> SemverConstraints.parse(">= 1.0 || bad")).hasMessage("improper constraint:  bad");
        assertThatThrownBy(() -> SemverVersion.parse("1.2.3.4")).hasMessage("invalid semantic version");
        assertThatThrownBy(() -> SemverVersion.parse("1.2.3-01")).hasMessage("version segment starts with 0");
    }

    @Test
    void versionsParseLooselyAndPrintCanonically() {
        SemverVersion v = SemverVersion.parse("v1.2-rc.1+b7");
        assertThat(v.toString()).isEqualTo("1.2.0-rc.1+b7");
        assertThat(v.original()).isEqualTo("v1.2-rc.1+b7");
        assertThat(v.compareTo(SemverVersion.parse("1.2.0"))).isEqualTo(-1);
        assertThat(SemverVersion.parse("1.0.0-rc.10").compareTo(SemverVersion.parse("1.0.0-rc.9"))).isEqualTo(1);
        assertThat(SemverVersion.parse("1.0.0+a").compareTo(SemverVersion.parse("1.0.0+b"))).isZero();
    }

    @Test
    void helmAgreesWithTheTable() throws Exception {
        Path helm = TestTools.helm();
        Path chart = Files.createTempDirectory("semver-probe");
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: semver\nversion: 0.1.0\n");
        Files.createDirectories(chart.resolve("templates"));
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < CHECKS.size(); i++) {
            template.append("c").append(i).append(": \"{{ semverCompare \"").append(CHECKS.get(i).constraint())
                    .append("\" \"").append(CHECKS.get(i).version()).append("\" }}\"\n");
        }
        Files.writeString(chart.resolve("templates/probe.yaml"), template.toString());
        Process p = new ProcessBuilder(helm.toString(), "template", "x", chart.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CHECKS.size(); i++) {
            Check c = CHECKS.get(i);
            if (!out.contains("c" + i + ": \"" + c.expected() + "\"")) {
                wrong.add(c.constraint() + " " + c.version());
            }
        }
        assertThat(wrong).as(out).isEmpty();
    }
}
