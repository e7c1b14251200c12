package dev.helmshift.semver;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Masterminds/semver v3 constraints, as Sprig's {@code semverCompare} checks them: {@code ||} between alternatives,
 * comma or space between conditions that must all hold, operators {@code = != > < >= <= ~ ~> ^}, wildcards
 * ({@code 1.x}, {@code *}, or a missing minor/patch) and hyphen ranges ({@code 1.2 - 1.4.5}).
 *
 * <p>Semantics worth knowing: a version with a prerelease only satisfies a condition whose own version has a
 * prerelease ({@code >=1.0.0} does not accept {@code 1.5.0-rc.1}; {@code >=1.0.0-0} does). Patterns use RE2 with
 * leftmost-first alternation, as Go's regexp does, so operators are recognised as Masterminds recognises them.
 */
public final class Constraints {
    private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
    private static final String CV = "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
            + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*(" + OPS + ")\\s*(" + CV + ")\\s*$");
    private static final Pattern RANGE = Pattern.compile("\\s*(" + CV + ")\\s+-\\s+(" + CV + ")\\s*");
    private static final Pattern FIND = Pattern.compile("(" + OPS + ")\\s*(" + CV + ")");
    private static final Pattern VALID = Pattern.compile("^(\\s*(" + OPS + ")\\s*(" + CV + ")\\s*)((?:\\s+|,\\s*)("
            + OPS + ")\\s*(" + CV + ")\\s*)*$");

    private final List<List<Condition>> alternatives;

    private Constraints(List<List<Condition>> alternatives) {
        this.alternatives = alternatives;
    }

    /** One condition: an operator and a version that may have wildcard parts. */
    private record Condition(String op, Version con, boolean dirty, boolean minorDirty, boolean patchDirty) {
    }

    /** NewConstraint; throws InvalidSemverException {@code improper constraint: TEXT} as Masterminds does. */
    public static Constraints parse(String text) {
        String rewritten = rewriteRanges(text);
        List<List<Condition>> alternatives = new ArrayList<>();
        for (String alternative : Version.split(rewritten, "||")) {
            if (!VALID.matcher(alternative).find()) {
                throw new InvalidSemverException("improper constraint: " + alternative);
            }
            List<String> parts = new ArrayList<>();
            Matcher m = FIND.matcher(alternative);
            while (m.find()) {
                parts.add(m.group());
            }
            if (parts.isEmpty()) {
                parts.add(alternative);
            }
            List<Condition> conditions = new ArrayList<>();
            for (String part : parts) {
                conditions.add(condition(part));
            }
            alternatives.add(conditions);
        }
        return new Constraints(alternatives);
    }

    private static String rewriteRanges(String text) {
        Matcher m = RANGE.matcher(text);
        String out = text;
        while (m.find()) {
            String replacement = ">= " + m.group(1) + ", <= " + m.group(11) + " ";
            int at = out.indexOf(m.group());
            out = out.substring(0, at) + replacement + out.substring(at + m.group().length());
        }
        return out;
    }

    private static Condition condition(String text) {
        if (text.isEmpty()) {
            return new Condition("", new Version(0, 0, 0, "", "", "0.0.0"), true, false, false);
        }
        Matcher m = CONSTRAINT.matcher(text);
        if (!m.find()) {
            throw new InvalidSemverException("improper constraint: " + text);
        }
        String major = m.group(3);
        String minor = m.group(4) == null ? "" : m.group(4);
        String patch = m.group(5) == null ? "" : m.group(5);
        String pre = m.group(6) == null ? "" : m.group(6);
        String version = m.group(2);
        boolean dirty = false;
        boolean minorDirty = false;
        boolean patchDirty = false;
        if (isX(major) || major.isEmpty()) {
            version = "0.0.0" + pre;
            dirty = true;
        } else if (minor.isEmpty() || isX(minor.substring(1))) {
            minorDirty = true;
            dirty = true;
            version = major + ".0.0" + pre;
        } else if (patch.isEmpty() || isX(patch.substring(1))) {
            dirty = true;
            patchDirty = true;
            version = major + minor + ".0" + pre;
        }
        Version con;
        try {
            con = Version.parse(version);
        } catch (InvalidSemverException e) {
            throw new InvalidSemverException("constraint Parser Error");
        }
        return new Condition(m.group(1), con, dirty, minorDirty, patchDirty);
    }

    private static boolean isX(String s) {
        return s.equals("x") || s.equals("X") || s.equals("*");
    }

    /** The parsed constraints, or null when Masterminds refuses them (Helm's IsCompatibleRange then matches nothing). */
    public static Constraints parseOrNull(String text) {
        try {
            return parse(text);
        } catch (InvalidSemverException e) {
            return null;
        }
    }

    /** Helm's IsCompatibleRange: false when either the constraint or the version does not parse. */
    public static boolean isCompatibleRange(String constraint, String version) {
        Constraints c = parseOrNull(constraint);
        Version v = Version.parseOrNull(version);
        return c != null && v != null && c.check(v);
    }

    /** Whether the version satisfies one of the alternatives. */
    public boolean check(Version v) {
        for (List<Condition> all : alternatives) {
            boolean ok = true;
            for (Condition c : all) {
                if (!holds(v, c)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Version v, Condition c) {
        if (!v.prerelease().isEmpty() && c.con().prerelease().isEmpty()) {
            return false;
        }
        return switch (c.op()) {
            case "", "=" -> c.dirty() ? tilde(v, c) : v.compareTo(c.con()) == 0;
            case "!=" -> notEqual(v, c);
            case ">" -> greaterThan(v, c);
            case "<" -> v.compareTo(c.con()) < 0;
            case ">=", "=>" -> v.compareTo(c.con()) >= 0;
            case "<=", "=<" -> lessOrEqual(v, c);
            case "~", "~>" -> tilde(v, c);
            case "^" -> caret(v, c);
            default -> false;
        };
    }

    private static boolean notEqual(Version v, Condition c) {
        Version con = c.con();
        if (c.dirty()) {
            if (con.major() != v.major()) {
                return true;
            }
            if (con.minor() != v.minor() && !c.minorDirty()) {
                return true;
            } else if (c.minorDirty()) {
                return false;
            } else if (con.patch() != v.patch() && !c.patchDirty()) {
                return true;
            } else if (c.patchDirty()) {
                if (!v.prerelease().isEmpty() || !con.prerelease().isEmpty()) {
                    return Version.comparePrerelease(v.prerelease(), con.prerelease()) != 0;
                }
                return false;
            }
        }
        return v.compareTo(con) != 0;
    }

    private static boolean greaterThan(Version v, Condition c) {
        Version con = c.con();
        if (!c.dirty()) {
            return v.compareTo(con) > 0;
        }
        if (Long.compareUnsigned(v.major(), con.major()) > 0) {
            return true;
        } else if (Long.compareUnsigned(v.major(), con.major()) < 0) {
            return false;
        } else if (c.minorDirty()) {
            return false;
        } else if (c.patchDirty()) {
            return Long.compareUnsigned(v.minor(), con.minor()) > 0;
        }
        return v.compareTo(con) > 0;
    }

    private static boolean lessOrEqual(Version v, Condition c) {
        Version con = c.con();
        if (!c.dirty()) {
            return v.compareTo(con) <= 0;
        }
        if (Long.compareUnsigned(v.major(), con.major()) > 0) {
            return false;
        }
        return !(v.major() == con.major() && Long.compareUnsigned(v.minor(), con.minor()) > 0 && !c.minorDirty());
    }

    private static boolean tilde(Version v, Condition c) {
        Version con = c.con();
        if (v.compareTo(con) < 0) {
            return false;
        }
        if (con.major() == 0 && con.minor() == 0 && con.patch() == 0 && !c.minorDirty() && !c.patchDirty()) {
            return true;
        }
        if (v.major() != con.major()) {
            return false;
        }
        return v.minor() == con.minor() || c.minorDirty();
    }

    private static boolean caret(Version v, Condition c) {
        Version con = c.con();
        if (v.compareTo(con) < 0) {
            return false;
        }
        if (con.major() > 0 || c.minorDirty()) {
            return v.major() == con.major();
        }
        if (v.major() > 0) {
            return false;
        }
        if (con.minor() > 0 || c.patchDirty()) {
            return v.minor() == con.minor();
        }
        if (v.minor() > 0) {
            return false;
        }
        return con.patch() == v.patch();
    }
}
