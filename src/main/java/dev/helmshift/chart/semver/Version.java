package dev.helmshift.chart.semver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version read the lenient way Helm's semver library reads it: an optional 'v', missing minor or patch
 * parts are 0, an optional pre-release and build. Build metadata does not take part in comparisons.
 */
public record Version(long major, long minor, long patch, String preRelease, String original) implements Comparable<Version> {
    private static final Pattern LOOSE = Pattern.compile(
            "v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?");

    /** The version, or null when the text is not one. */
    public static Version parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LOOSE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new Version(Long.parseLong(m.group(1)), part(m.group(2)), part(m.group(3)),
                    m.group(5) == null ? "" : m.group(5), text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long part(String dotted) {
        return dotted == null ? 0 : Long.parseLong(dotted.substring(1));
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(Version o) {
        int c = Long.compare(major, o.major);
        if (c == 0) {
            c = Long.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, o.patch);
        }
        return c != 0 ? c : comparePreRelease(preRelease, o.preRelease);
    }

    private static int comparePreRelease(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isEmpty()) {
            return 1;
        }
        if (b.isEmpty()) {
            return -1;
        }
        String[] pa = a.split("\\.");
        String[] pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareIdentifier(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int compareIdentifier(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        if (na) {
            return -1;
        }
        if (nb) {
            return 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
