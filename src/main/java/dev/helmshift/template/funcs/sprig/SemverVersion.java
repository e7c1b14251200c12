package dev.helmshift.template.funcs.sprig;

import dev.helmshift.semver.InvalidSemverException;
import dev.helmshift.semver.Version;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.Signature;
import dev.helmshift.template.funcs.codec.JsonValue;
import dev.helmshift.template.funcs.value.GoTypes;


/**
 * A Masterminds/semver v3 {@code *semver.Version} as templates see it: the result of Sprig's {@code semver}, with the
 * methods Major, Minor, Patch, Prerelease, Metadata, Original, String, Compare, LessThan, GreaterThan, Equal,
 * IncMajor, IncMinor, IncPatch. It prints (%v) and marshals as its canonical string, e.g. {@code 1.2.0}.
 * The version itself is {@link Version}; this record only exposes it to templates.
 */
public record SemverVersion(Version version) implements GoStruct, JsonValue, Comparable<SemverVersion> {

    /** NewVersion; throws FunctionException with Masterminds' message ({@code invalid semantic version}). */
    public static SemverVersion parse(String v) {
        try {
            return new SemverVersion(Version.parse(v));
        } catch (InvalidSemverException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    public long major() {
        return version.major();
    }

    public long minor() {
        return version.minor();
    }

    public long patch() {
        return version.patch();
    }

    public String prerelease() {
        return version.prerelease();
    }

    public String metadata() {
        return version.metadata();
    }

    public String original() {
        return version.original();
    }

    @Override
    public String toString() {
        return version.toString();
    }

    /** Version.Compare: -1, 0 or 1. */
    @Override
    public int compareTo(SemverVersion o) {
        return version.compareTo(o.version);
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
            case "Major" -> getter(name, major());
            case "Minor" -> getter(name, minor());
            case "Patch" -> getter(name, patch());
            case "Prerelease" -> getter(name, prerelease());
            case "Metadata" -> getter(name, metadata());
            case "Original" -> getter(name, original());
            case "String" -> getter(name, toString());
            case "Compare" -> compareMethod(name, (a, b) -> a.compareTo(b));
            case "LessThan" -> compareMethod(name, (a, b) -> a.compareTo(b) < 0);
            case "GreaterThan" -> compareMethod(name, (a, b) -> a.compareTo(b) > 0);
            case "Equal" -> compareMethod(name, (a, b) -> a.compareTo(b) == 0);
            case "IncMajor" -> getter(name, of(major() + 1, 0, 0));
            case "IncMinor" -> getter(name, of(major(), minor() + 1, 0));
            case "IncPatch" -> getter(name, incPatch());
            default -> null;
        };
    }

    /** IncPatch: a prerelease or metadata is dropped without raising the patch (1.2.3-a → 1.2.3). */
    private SemverVersion incPatch() {
        long p = prerelease().isEmpty() && metadata().isEmpty() ? patch() + 1 : patch();
        return of(major(), minor(), p);
    }

    private static SemverVersion of(long major, long minor, long patch) {
        return new SemverVersion(new Version(major, minor, patch, "", "", major + "." + minor + "." + patch));
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
