package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.Signature;
import dev.helmshift.template.funcs.codec.JsonValue;
import dev.helmshift.template.funcs.codec.TomlLiteral;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A Go {@code time.Time} as templates see it (from Sprig's now, toDate, dateModify, Helm's fromToml). It prints as
 * Go's {@code Time.String} ({@code 2006-01-02 15:04:05.999999999 -0700 MST}) and offers the methods charts use:
 * Format, Unix, UTC, Year, String.
 *
 * @param value    the instant and its offset
 * @param zoneName the name of its Go location where that is not the zone's own: BurntSushi's "datetime-local",
 *                 "date-local", "time-local", or "" for a fixed zone Go prints as its offset; null otherwise
 */
public record GoTime(ZonedDateTime value, String zoneName) implements GoStruct, JsonValue, TomlLiteral {

    public GoTime(ZonedDateTime value) {
        this(value, null);
    }

    /** Go's zero time, what toDate returns for text that does not parse. */
    public static final GoTime ZERO = new GoTime(ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

    public static GoTime now() {
        return new GoTime(ZonedDateTime.now(ZoneId.systemDefault()));
    }

    public static GoTime unix(long seconds) {
        return new GoTime(ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), ZoneId.systemDefault()));
    }

    @Override
    public String goTypeName() {
        return "time.Time";
    }

    @Override
    public Object field(String name) {
        return NO_FIELD;
    }

    @Override
    public String goString() {
        return GoTimeFormat.format(value, "2006-01-02 15:04:05.999999999 -0700 MST", zoneName);
    }

    @Override
    public Object jsonValue() {
        return GoTimeFormat.format(value, "2006-01-02T15:04:05.999999999Z07:00");
    }

    /** A time moved by a duration keeps its location, as Go's Time.Add does. */
    public GoTime plusNanos(long nanos) {
        return new GoTime(value.plusNanos(nanos), zoneName);
    }

    /** How BurntSushi's encoder writes a time: its local forms in UTC, everything else as RFC 3339. */
    @Override
    public String tomlLiteral() {
        String local = zoneName == null ? null : switch (zoneName) {
            case "datetime-local" -> "2006-01-02T15:04:05.999999999";
            case "date-local" -> "2006-01-02";
            case "time-local" -> "15:04:05.999999999";
            default -> null;
        };
        if (local != null) {
            return GoTimeFormat.format(value.withZoneSameInstant(ZoneOffset.UTC), local);
        }
        return GoTimeFormat.format(value, "2006-01-02T15:04:05.999999999Z07:00");
    }

    @Override
    public GoFunction method(String name) {
        return switch (name) {
            case "Format" -> GoFunction.of(name, Signature.of(GoType.STRING),
                    (c, a) -> GoTimeFormat.format(value, (String) a[0], zoneName));
            case "Unix" -> GoFunction.of(name, Signature.of(), (c, a) -> value.toEpochSecond());
            case "UTC" -> GoFunction.of(name, Signature.of(),
                    (c, a) -> new GoTime(value.withZoneSameInstant(ZoneOffset.UTC)));
            case "Year" -> GoFunction.of(name, Signature.of(), (c, a) -> value.getYear());
            case "String" -> GoFunction.of(name, Signature.of(), (c, a) -> goString());
            default -> null;
        };
    }
}
