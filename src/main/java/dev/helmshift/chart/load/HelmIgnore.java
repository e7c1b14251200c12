package dev.helmshift.chart.load;

import dev.helmshift.chart.InvalidChartException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a chart's {@code .helmignore}, with Helm's semantics: a pattern without '/' matches the file name
 * only, one with '/' the whole chart-relative path, a leading '/' anchors at the root, a trailing '/' only matches
 * folders, '!' negates, and {@code **} is refused. Helm always adds {@code templates/.?*}.
 */
final class HelmIgnore {
    private record Rule(boolean negate, boolean mustDir, boolean baseNameOnly, GoGlob glob) {
    }

    private final List<Rule> rules;

    private HelmIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    /** Only Helm's default rule. */
    static HelmIgnore defaults() {
        return parse(new byte[0], ".helmignore");
    }

    /** The rules of a .helmignore file plus Helm's default. */
    static HelmIgnore parse(byte[] data, String file) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = new String(data, StandardCharsets.UTF_8).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Rule rule = parseRule(lines[i].strip(), file, i + 1);
            if (rule != null) {
                rules.add(rule);
            }
        }
        rules.add(parseRule("templates/.?*", file, 0));
        return new HelmIgnore(List.copyOf(rules));
    }

    private static Rule parseRule(String rule, String file, int line) {
        if (rule.isEmpty() || rule.startsWith("#")) {
            return null;
        }
        if (rule.contains("**")) {
            throw new InvalidChartException("double-star (**) syntax is not supported in .helmignore",
                    "use one '*' per path segment", file, line);
        }
        boolean negate = rule.startsWith("!");
        if (negate) {
            rule = rule.substring(1);
        }
        boolean mustDir = rule.endsWith("/");
        if (mustDir) {
            rule = rule.substring(0, rule.length() - 1);
        }
        boolean baseNameOnly = !rule.contains("/");
        if (rule.startsWith("/")) {
            rule = rule.substring(1);
        }
        GoGlob glob = GoGlob.compile(rule);
        if (glob == null) {
            throw new InvalidChartException("malformed pattern '" + rule + "' in .helmignore",
                    "fix the [ ] class or the trailing backslash", file, line);
        }
        return new Rule(negate, mustDir, baseNameOnly, glob);
    }

    /** True when the chart-relative path is ignored. */
    boolean ignores(String path, boolean directory) {
        if (path.isEmpty() || path.equals(".") || path.equals("./")) {
            return false;
        }
        for (Rule rule : rules) {
            String subject = rule.baseNameOnly ? path.substring(path.lastIndexOf('/') + 1) : path;
            if (rule.negate) {
                // Helm's quirk, kept on purpose: a negated rule ignores everything it does not match.
                if (rule.mustDir && !directory) {
                    return true;
                }
                if (!rule.glob.matches(subject)) {
                    return true;
                }
                continue;
            }
            if (rule.mustDir && !directory) {
                continue;
            }
            if (rule.glob.matches(subject)) {
                return true;
            }
        }
        return false;
    }
}
