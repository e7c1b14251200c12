package dev.helmshift.analysis.apis;

import dev.helmshift.error.BadInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code major.minor} version such as Kubernetes {@code 1.16}; accepts {@code v1.16}, {@code 1.16.3}, {@code v1.16.0-gke.1}. */
public record MinorVersion(int major, int minor) implements Comparable<MinorVersion> {
    private static final Pattern SHAPE = Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+].*)?$");

    public static MinorVersion parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new BadInputException("invalid Kubernetes version '" + text + "'", "use a version like 1.16 or v1.16.3");
        }
        return new MinorVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean isAtLeast(MinorVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(MinorVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
