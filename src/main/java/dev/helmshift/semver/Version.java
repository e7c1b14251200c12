package dev.helmshift.semver;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A Masterminds/semver v3 version, read by NewVersion's lenient rules: an optional "v", minor and patch may be left
 * out (they are 0), an optional pre-release and build metadata. Parts are unsigned 64-bit numbers. Comparison ignores
 * metadata and sorts a pre-release before its release. Helm uses this library for chart versions, dependency ranges
 * and Sprig's {@code semver}/{@code semverCompare}.
 */
public record Version(long major, long minor, long patch, String prerelease, String metadata, String original)
        implements Comparable<Version> {

    private static final Pattern LOOSE = Pattern.compile(
            "v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?");

    /** NewVersion; throws InvalidSemverException with Masterminds' message ({@code invalid semantic version}). */
    public static Version parse(String text) {
        Matcher m = LOOSE.matcher(text);
        if (!m.matches()) {
            throw new InvalidSemverException("invalid semantic version");
        }
        long major = segment(m.group(1));
        long minor = m.group(2) == null ? 0 : segment(m.group(2).substring(1));
        long patch = m.group(3) == null ? 0 : segment(m.group(3).substring(1));
        String pre = m.group(5) == null ? "" : m.group(5);
        String meta = m.group(8) == null ? "" : m.group(8);
        for (String part : split(pre, ".")) {
            if (part.length() > 1 && part.chars().allMatch(Character::isDigit) && part.startsWith("0")) {
                throw new InvalidSemverException("version segment starts with 0");
            }
        }
        return new Version(major, minor, patch, pre, meta, text);
    }

    /** The version, or null when Masterminds would refuse it (Helm then treats it as not matching). */
    public static Version parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return parse(text);
        } catch (InvalidSemverException e) {
            return null;
        }
    }

    private static long segment(String digits) {
        BigInteger value = new BigInteger(digits);
        if (value.bitLength() > 64) {
            throw new InvalidSemverException("Error parsing version segment: strconv.ParseUint: parsing \""
                    + digits + "\": value out of range");
        }
        return value.longValue();
    }

    /** The canonical form, e.g. {@code 1.2.0-rc.1+b7} for {@code v1.2-rc.1+b7}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Long.toUnsignedString(major)).append('.').append(Long.toUnsignedString(minor)).append('.')
                .append(Long.toUnsignedString(patch));
        if (!prerelease.isEmpty()) {
            sb.append('-').append(prerelease);
        }
        if (!metadata.isEmpty()) {
            sb.append('+').append(metadata);
        }
        return sb.toString();
    }

    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    /** Version.Compare: -1, 0 or 1; metadata is ignored, a prerelease sorts before its release. */
    @Override
    public int compareTo(Version o) {
        int d = Long.compareUnsigned(major, o.major);
        if (d == 0) {
            d = Long.compareUnsigned(minor, o.minor);
        }
        if (d == 0) {
            d = Long.compareUnsigned(patch, o.patch);
        }
        if (d != 0) {
            return Integer.signum(d);
        }
        if (prerelease.isEmpty() && o.prerelease.isEmpty()) {
            return 0;
        }
        if (prerelease.isEmpty()) {
            return 1;
        }
        if (o.prerelease.isEmpty()) {
            return -1;
        }
        return comparePrerelease(prerelease, o.prerelease);
    }

    static int comparePrerelease(String a, String b) {
        List<String> as = split(a, ".");
        List<String> bs = split(b, ".");
        for (int i = 0; i < Math.max(as.size(), bs.size()); i++) {
            String x = i < as.size() ? as.get(i) : "";
            String y = i < bs.size() ? bs.get(i) : "";
            int d = comparePart(x, y);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int comparePart(String s, String o) {
        if (s.equals(o)) {
            return 0;
        }
        if (s.isEmpty()) {
            return -1;
        }
        if (o.isEmpty()) {
            return 1;
        }
        boolean sNum = s.chars().allMatch(Character::isDigit) && new BigInteger(s).bitLength() <= 64;
        boolean oNum = o.chars().allMatch(Character::isDigit) && new BigInteger(o).bitLength() <= 64;
        if (!sNum && !oNum) {
            return s.compareTo(o) > 0 ? 1 : -1;
        }
        if (!oNum) {
            return -1;
        }
        if (!sNum) {
            return 1;
        }
        return Long.compareUnsigned(Long.parseUnsignedLong(s), Long.parseUnsignedLong(o)) > 0 ? 1 : -1;
    }

    /** Go's strings.Split: every separator splits, empty pieces are kept ("" gives [""]). */
    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }
}
