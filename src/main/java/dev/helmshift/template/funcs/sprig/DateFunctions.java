package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.Signature;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static dev.helmshift.template.exec.GoType.ANY;
import static dev.helmshift.template.exec.GoType.STRING;

/**
 * Sprig's date functions. {@code now}, {@code ago}, {@code date} of a non-time value and {@code durationRound} of a
 * time depend on the clock, and "Local" is the machine's zone (UTC in CI): their output changes between renders, in
 * Helm as here.
 */
public final class DateFunctions {
    private DateFunctions() {
    }

    static void register(FuncMap map) {
        map.put("now", Signature.of(), (c, a) -> GoTime.now());
        map.put("date", Signature.of(STRING, ANY), (c, a) -> dateInZone((String) a[0], a[1], "Local"));
        map.put("dateInZone", Signature.of(STRING, ANY, STRING), (c, a) -> dateInZone((String) a[0], a[1], (String) a[2]));
        map.put("date_in_zone", Signature.of(STRING, ANY, STRING), (c, a) -> dateInZone((String) a[0], a[1], (String) a[2]));
        map.put("htmlDate", Signature.of(ANY), (c, a) -> dateInZone("2006-01-02", a[0], "Local"));
        map.put("htmlDateInZone", Signature.of(ANY, STRING), (c, a) -> dateInZone("2006-01-02", a[0], (String) a[1]));
        map.put("dateModify", Signature.of(STRING, ANY), (c, a) -> dateModify((String) a[0], a[1], false));
        map.put("date_modify", Signature.of(STRING, ANY), (c, a) -> dateModify((String) a[0], a[1], false));
        map.put("mustDateModify", Signature.of(STRING, ANY).withError(), (c, a) -> dateModify((String) a[0], a[1], true));
        map.put("must_date_modify", Signature.of(STRING, ANY).withError(), (c, a) -> dateModify((String) a[0], a[1], true));
        map.put("ago", Signature.of(ANY), (c, a) -> ago(a[0]));
        map.put("duration", Signature.of(ANY), (c, a) -> duration(a[0]));
        map.put("durationRound", Signature.of(ANY), (c, a) -> durationRound(a[0]));
        map.put("toDate", Signature.of(STRING, STRING), (c, a) -> toDate((String) a[0], (String) a[1], false));
        map.put("mustToDate", Signature.of(STRING, STRING).withError(), (c, a) -> toDate((String) a[0], (String) a[1], true));
        map.put("unixEpoch", Signature.of(ANY), (c, a) -> Long.toString(time(a[0], "unixEpoch").value().toEpochSecond()));
    }

    /** A time.Time argument, or the type error Go reports for any other value. */
    private static GoTime time(Object v, String function) {
        if (v instanceof GoTime t) {
            return t;
        }
        throw new FunctionException("wrong type for value; expected time.Time; got "
                + dev.helmshift.template.funcs.value.GoTypes.typeName(v));
    }

    /** A time, an int or int64 of Unix seconds; anything else (a float64 from values YAML too) means now. */
    static ZonedDateTime toTime(Object date) {
        if (date instanceof GoTime t) {
            return t.value();
        }
        if (date instanceof Long l) {
            return GoTime.unix(l).value();
        }
        if (date instanceof Integer i) {
            return GoTime.unix(i).value();
        }
        return ZonedDateTime.now(ZoneId.systemDefault());
    }

    public static String dateInZone(String layout, Object date, String zone) {
        return GoTimeFormat.format(toTime(date).withZoneSameInstant(zone(zone)), layout);
    }

    /** time.LoadLocation: "" and "UTC" are UTC, "Local" the machine's zone; an unknown name falls back to UTC. */
    static ZoneId zone(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Object dateModify(String duration, Object date, boolean must) {
        GoTime t = time(date, "dateModify");
        try {
            return t.plusNanos(GoDuration.parse(duration));
        } catch (FunctionException e) {
            if (must) {
                throw e;
            }
            return t;
        }
    }

    public static String ago(Object date) {
        Duration since = Duration.between(toTime(date), ZonedDateTime.now());
        long nanos = since.toNanos();
        long rounded = Math.round(nanos / 1e9) * 1_000_000_000L;
        return GoDuration.format(rounded);
    }

    /** Sprig's duration: a string or int64 count of seconds as a Go duration ("1m30s"); other types give "0s". */
    public static String duration(Object seconds) {
        long n = 0;
        if (seconds instanceof String s) {
            try {
                n = dev.helmshift.template.funcs.value.GoStrconv.parseInt(s, 10);
            } catch (NumberFormatException e) {
                n = 0;
            }
        } else if (seconds instanceof Long l) {
            n = l;
        }
        return GoDuration.format(n * 1_000_000_000L);
    }

    /** Sprig's durationRound: the largest whole unit (y, mo, d, h, m, s) of a duration string, int64 ns or time. */
    public static String durationRound(Object duration) {
        long d = 0;
        if (duration instanceof String s) {
            try {
                d = GoDuration.parse(s);
            } catch (FunctionException e) {
                d = 0;
            }
        } else if (duration instanceof Long l) {
            d = l;
        } else if (duration instanceof GoTime t) {
            d = Duration.between(t.value(), ZonedDateTime.now()).toNanos();
        }
        long u = Math.abs(d);
        long second = 1_000_000_000L;
        long minute = 60 * second;
        long hour = 60 * minute;
        long day = 24 * hour;
        long month = 30 * day;
        long year = 365 * day;
        if (u > year) {
            return u / year + "y";
        } else if (u > month) {
            return u / month + "mo";
        } else if (u > day) {
            return u / day + "d";
        } else if (u > hour) {
            return u / hour + "h";
        } else if (u > minute) {
            return u / minute + "m";
        } else if (u > second) {
            return u / second + "s";
        }
        return "0s";
    }

    private static Object toDate(String layout, String value, boolean must) {
        try {
            return new GoTime(GoTimeFormat.parse(layout, value, ZoneId.systemDefault()));
        } catch (GoTimeFormat.ParseError e) {
            if (must) {
                throw new FunctionException(e.getMessage());
            }
            return GoTime.ZERO;
        }
    }
}
