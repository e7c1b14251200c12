package dev.helmshift.chart.semver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range as Helm's dependencies write them ({@code 1.0.4}, {@code ~1.2}, {@code ^0.3.1},
 * {@code >=1.0.0 <2.0.0}, {@code 1.2.x}, {@code 1.2 - 1.4}, {@code a || b}). Missing parts and x/X/* are wildcards.
 * A pre-release version only satisfies a comparison whose own version has a pre-release, as in Helm.
 */
public final class Constraint {
    private static final Pattern HYPHEN = Pattern.compile("\\s*(\\S+)\\s+-\\s+(\\S+)\\s*");
    private static final Pattern ONE = Pattern.compile(
            "(=|!=|>=|=>|<=|=<|>|<|~>|~|\\^)?\\s*v?([0-9xX*]+)(\\.([0-9xX*]+))?(\\.([0-9xX*]+))?(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private record Bound(String op, Version version, int wildcardFrom) {
    }

    private final List<List<Bound>> alternatives;

    private Constraint(List<List<Bound>> alternatives) {
        this.alternatives = alternatives;
    }

    /** The parsed constraint, or null when it cannot be read (Helm then treats the dependency as not matching). */
    public static Constraint parse(String text) {
        List<List<Bound>> alternatives = new ArrayList<>();
        for (String group : text.split("\\|\\|", -1)) {
            List<Bound> all = new ArrayList<>();
            Matcher hyphen = HYPHEN.matcher(group);
            if (hyphen.matches()) {
                Bound lo = bound(">=" + hyphen.group(1));
                Bound hi = bound("<=" + hyphen.group(2));
                if (lo == null || hi == null) {
                    return null;
                }
                all.add(lo);
                all.add(hi);
            } else {
                String normalized = group.replace(",", " ").replaceAll("(=|!=|>=|=>|<=|=<|>|<|~>|~|\\^)\\s+", "$1").strip();
                if (normalized.isEmpty()) {
                    normalized = "*";
                }
                for (String token : normalized.split("\\s+")) {
                    Bound b = bound(token);
                    if (b == null) {
                        return null;
                    }
                    all.add(b);
                }
            }
            alternatives.add(all);
        }
        return new Constraint(alternatives);
    }

    private static Bound bound(String token) {
        Matcher m = ONE.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String op = m.group(1) == null ? "=" : m.group(1);
        String[] parts = {m.group(2), m.group(4), m.group(6)};
        int wildcardFrom = 3;
        long[] nums = new long[3];
        for (int i = 0; i < 3; i++) {
            if (parts[i] == null || parts[i].equals("x") || parts[i].equals("X") || parts[i].equals("*")) {
                wildcardFrom = Math.min(wildcardFrom, i);
            } else if (wildcardFrom > i) {
                try {
                    nums[i] = Long.parseLong(parts[i]);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        String pre = m.group(7) == null ? "" : m.group(7).substring(1);
        return new Bound(op, new Version(nums[0], nums[1], nums[2], pre, token), wildcardFrom);
    }

    /** True when the version text is a version inside this range. */
    public boolean allows(String versionText) {
        Version v = Version.parse(versionText);
        if (v == null) {
            return false;
        }
        for (List<Bound> group : alternatives) {
            if (group.stream().allMatch(b -> allows(b, v))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allows(Bound b, Version v) {
        if (v.isPreRelease() && !b.version.isPreRelease()) {
            return false;
        }
        Version c = b.version;
        Version upper = upperOfWildcard(c, b.wildcardFrom);
        return switch (b.op) {
            case "=" -> b.wildcardFrom == 3 ? v.compareTo(c) == 0 : v.compareTo(c) >= 0 && v.compareTo(upper) < 0;
            case "!=" -> b.wildcardFrom == 3 ? v.compareTo(c) != 0 : v.compareTo(c) < 0 || v.compareTo(upper) >= 0;
            case ">" -> b.wildcardFrom == 3 ? v.compareTo(c) > 0 : v.compareTo(upper) >= 0;
            case "<" -> v.compareTo(c) < 0;
            case ">=", "=>" -> v.compareTo(c) >= 0;
            case "<=", "=<" -> b.wildcardFrom == 3 ? v.compareTo(c) <= 0 : v.compareTo(upper) < 0;
            case "~", "~>" -> v.compareTo(c) >= 0 && v.compareTo(tildeUpper(c, b.wildcardFrom)) < 0;
            case "^" -> v.compareTo(c) >= 0 && v.compareTo(caretUpper(c, b.wildcardFrom)) < 0;
            default -> false;
        };
    }

    private static Version upperOfWildcard(Version c, int wildcardFrom) {
        return switch (wildcardFrom) {
            case 0 -> new Version(Long.MAX_VALUE, 0, 0, "", "");
            case 1 -> new Version(c.major() + 1, 0, 0, "", "");
            case 2 -> new Version(c.major(), c.minor() + 1, 0, "", "");
            default -> c;
        };
    }

    private static Version tildeUpper(Version c, int wildcardFrom) {
        if (wildcardFrom == 1) {
            return new Version(c.major() + 1, 0, 0, "", "");
        }
        return new Version(c.major(), c.minor() + 1, 0, "", "");
    }

    private static Version caretUpper(Version c, int wildcardFrom) {
        if (c.major() > 0 || wildcardFrom == 1) {
            return new Version(c.major() + 1, 0, 0, "", "");
        }
        if (c.minor() > 0 || wildcardFrom == 2) {
            return new Version(0, c.minor() + 1, 0, "", "");
        }
        return new Version(0, 0, c.patch() + 1, "", "");
    }
}
