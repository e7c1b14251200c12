package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.Signature;
import dev.helmshift.template.funcs.codec.JsonValue;
import dev.helmshift.template.funcs.value.GoTypes;

import java.math.BigInteger;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A Masterminds/semver v3 {@code *semver.Version} as templates see it: the result of Sprig's {@code semver}, with the
 * methods Major, Minor, Patch, Prerelease, Metadata, Original, String, Compare, LessThan, GreaterThan, Equal,
 * IncMajor, IncMinor, IncPatch. It prints (%v) and marshals as its canonical string, e.g. {@code 1.2.0}.
 *
 * <p>Parsing is NewVersion's lenient form: an optional "v", and minor and patch may be left out.
 */
public record SemverVersion(long major, long minor, long patch, String prerelease, String metadata, String original)
        implements GoStruct, JsonValue, Comparable<SemverVersion> {

    private static final Pattern LOOSE = Pattern.compile(
            "v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?");

    /** NewVersion; throws FunctionException with Masterminds' message ({@code invalid semantic version}). */
    public static SemverVersion parse(String v) {
        Matcher m = LOOSE.matcher(v);
        if (!m.matches()) {
            throw new FunctionException("invalid semantic version");
        }
        long major = segment(m.group(1));
        long minor = m.group(2) == null ? 0 : segment(m.group(2).substring(1));
        long patch = m.group(3) == null ? 0 : segment(m.group(3).substring(1));
        String pre = m.group(5) == null ? "" : m.group(5);
        String meta = m.group(8) == null ? "" : m.group(8);
        for (String part : dev.helmshift.template.funcs.value.GoStrconv.split(pre, ".")) {
            if (part.length() > 1 && part.chars().allMatch(Character::isDigit) && part.startsWith("0")) {
                throw new FunctionException("version segment starts with 0");
            }
        }
        return new SemverVersion(major, minor, patch, pre, meta, v);
    }

    private static long segment(String digits) {
        BigInteger value = new BigInteger(digits);
        if (value.bitLength() > 64) {
            throw new FunctionException("Error parsing version segment: strconv.ParseUint: parsing "
                    + dev.helmshift.template.funcs.value.GoStrconv.quote(digits) + ": value out of range");
        }
        return value.longValue();
    }

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

    /** Version.Compare: -1, 0 or 1; metadata is ignored, a prerelease sorts before its release. */
    @Override
    public int compareTo(SemverVersion o) {
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
        String[] as = dev.helmshift.template.funcs.value.GoStrconv.split(a, ".").toArray(String[]::new);
        String[] bs = dev.helmshift.template.funcs.value.GoStrconv.split(b, ".").toArray(String[]::new);
        for (int i = 0; i < Math.max(as.length, bs.length); i++) {
            String x = i < as.length ? as[i] : "";
            String y = i < bs.length ? bs[i] : "";
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

    @Override
    public String goTypeName() {
        return "*semver.Version";
    }

    @Override
    public Object field(String name) {
        return NO_FIELD;
    }

    @Override
    public String goString() {
        return toString();
    }

    @Override
    public Object jsonValue() {
        return toString();
    }

    @Override
    public GoFunction method(String name) {
        return switch (name) {
            case "Major" -> getter(name, major);
            case "Minor" -> getter(name, minor);
            case "Patch" -> getter(name, patch);
            case "Prerelease" -> getter(name, prerelease);
            case "Metadata" -> getter(name, metadata);
            case "Original" -> getter(name, original);
            case "String" -> getter(name, toString());
            case "Compare" -> compareMethod(name, (a, b) -> a.compareTo(b));
            case "LessThan" -> compareMethod(name, (a, b) -> a.compareTo(b) < 0);
            case "GreaterThan" -> compareMethod(name, (a, b) -> a.compareTo(b) > 0);
            case "Equal" -> compareMethod(name, (a, b) -> a.compareTo(b) == 0);
            case "IncMajor" -> getter(name, new SemverVersion(major + 1, 0, 0, "", "", toStringOf(major + 1, 0, 0)));
            case "IncMinor" -> getter(name, new SemverVersion(major, minor + 1, 0, "", "", toStringOf(major, minor + 1, 0)));
            case "IncPatch" -> getter(name, incPatch());
            default -> null;
        };
    }

    /** IncPatch: a prerelease or metadata is dropped without raising the patch (1.2.3-a → 1.2.3). */
    private SemverVersion incPatch() {
        long p = prerelease.isEmpty() && metadata.isEmpty() ? patch + 1 : patch;
        return new SemverVersion(major, minor, p, "", "", toStringOf(major, minor, p));
    }

    private static String toStringOf(long major, long minor, long patch) {
        return major + "." + minor + "." + patch;
    }

    private static GoFunction getter(String name, Object value) {
        return GoFunction.of(name, Signature.of(), (ctx, args) -> value);
    }

    private GoFunction compareMethod(String name, java.util.function.BiFunction<SemverVersion, SemverVersion, Object> f) {
        return GoFunction.of(name, Signature.of(GoType.ANY), (ctx, args) -> {
            if (!(args[0] instanceof SemverVersion other)) {
                throw new FunctionException("wrong type for value; expected *semver.Version; got "
                        + GoTypes.typeName(args[0]));
            }
            return f.apply(this, other);
        });
    }
}
