package dev.helmshift.template.funcs.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * BurntSushi's valueDatetime: the datetime forms TOML allows, tried in BurntSushi's order with Go's
 * {@code time.ParseInLocation} rules for these layouts (hours may have one digit, fractions any number of digits,
 * days checked against the month), then its check that no field lost its leading zero.
 */
final class TomlDatetime {
    private TomlDatetime() {
    }

    /** What a TOML datetime becomes: a time and the Go location name it prints with (null: the zone's own). */
    record Parsed(ZonedDateTime value, String zoneName) {
    }

    private static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
    private static final String[][] LAYOUTS = {
            {RFC3339_NANO, null},
            {"2006-01-02T15:04:05.999999999", "datetime-local"},
            {"2006-01-02", "date-local"},
            {"15:04:05.999999999", "time-local"},
            {"2006-01-02T15:04Z07:00", null},
            {"2006-01-02T15:04", "datetime-local"},
            {"15:04", "time-local"},
    };

    /** The time, or null when no layout takes {@code text} (after BurntSushi's z→Z, t→T, ' '→T). */
    static Parsed parse(String text) {
        String value = text.replace('z', 'Z').replace('t', 'T').replace(' ', 'T');
        for (String[] layout : LAYOUTS) {
            Parsed parsed = parse(layout[0], value, layout[1]);
            if (parsed != null) {
                return missingLeadingZero(value, layout[0]) ? null : parsed;
            }
        }
        return null;
    }

    private static boolean missingLeadingZero(String d, String layout) {
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            if (c == '.' || c == 'Z') {
                return false;
            }
            if ((c < '0' || c > '9') && (i >= d.length() || d.charAt(i) != c)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ELEMENTS = {"2006", "01", "02", "15", "04", "05", ".999999999", "Z07:00"};

    private static Parsed parse(String layout, String value, String localZone) {
        int year = 0;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        Integer offset = null;
        boolean utc = false;
        int v = 0;
        int l = 0;
        while (l < layout.length()) {
            String element = elementAt(layout, l);
            if (element == null) {
                if (v >= value.length() || value.charAt(v) != layout.charAt(l)) {
                    return null;
                }
                l++;
                v++;
                continue;
            }
            l += element.length();
            switch (element) {
                case "2006" -> {
                    if (!digits(value, v, 4)) {
                        return null;
                    }
                    year = Integer.parseInt(value.substring(v, v + 4));
                    v += 4;
                }
                case "15" -> {
                    int n = digits(value, v, 2) ? 2 : digits(value, v, 1) ? 1 : 0;
                    if (n == 0) {
                        return null;
                    }
                    hour = Integer.parseInt(value.substring(v, v + n));
                    v += n;
                    if (hour > 23) {
                        return null;
                    }
                }
                case "01", "02", "04", "05" -> {
                    if (!digits(value, v, 2)) {
                        return null;
                    }
                    int n = Integer.parseInt(value.substring(v, v + 2));
                    v += 2;
                    switch (element) {
                        case "01" -> month = n;
                        case "02" -> day = n;
                        case "04" -> minute = n;
                        default -> second = n;
                    }
                    if (element.equals("05") && v + 1 < value.length() && value.charAt(v) == '.'
                            && isDigit(value, v + 1) && !layout.startsWith(".", l)) {
                        int end = digitsEnd(value, v + 1);
                        nano = nanos(value.substring(v + 1, end));
                        v = end;
                    }
                }
                case ".999999999" -> {
                    if (v + 1 < value.length() && value.charAt(v) == '.' && isDigit(value, v + 1)) {
                        int end = digitsEnd(value, v + 1);
                        nano = nanos(value.substring(v + 1, end));
                        v = end;
                    }
                }
                default -> {
                    if (v < value.length() && value.charAt(v) == 'Z') {
                        utc = true;
                        v++;
                    } else {
                        if (v + 6 > value.length() || value.charAt(v + 3) != ':'
                                || value.charAt(v) != '+' && value.charAt(v) != '-'
                                || !digits(value, v + 1, 2) || !digits(value, v + 4, 2)) {
                            return null;
                        }
                        int hh = Integer.parseInt(value.substring(v + 1, v + 3));
                        int mm = Integer.parseInt(value.substring(v + 4, v + 6));
                        if (hh > 24 || mm > 60) {
                            return null;
                        }
                        offset = (hh * 60 + mm) * 60 * (value.charAt(v) == '-' ? -1 : 1);
                        v += 6;
                    }
                }
            }
        }
        if (v != value.length() || month < 1 || month > 12 || minute > 59 || second > 59) {
            return null;
        }
        if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        try {
            if (utc) {
                return new Parsed(ZonedDateTime.of(year, month, day, hour, minute, second, nano, ZoneOffset.UTC), null);
            }
            if (offset != null) {
                ZoneOffset fixed = ZoneOffset.ofTotalSeconds(offset);
                ZonedDateTime t = ZonedDateTime.of(year, month, day, hour, minute, second, nano, fixed);
                ZoneId local = ZoneId.systemDefault();
                // Go uses the Local location when its offset at that instant is the one written.
                if (local.getRules().getOffset(t.toInstant()).equals(fixed)) {
                    return new Parsed(t.withZoneSameInstant(local), null);
                }
                return new Parsed(t, "");
            }
            ZoneOffset localOffset = ZoneId.systemDefault().getRules().getOffset(Instant.now());
            return new Parsed(ZonedDateTime.of(year, month, day, hour, minute, second, nano, localOffset), localZone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String elementAt(String layout, int at) {
        for (String element : ELEMENTS) {
            if (layout.startsWith(element, at)) {
                return element;
            }
        }
        return null;
    }

    private static boolean digits(String s, int at, int count) {
        if (at + count > s.length()) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            if (!isDigit(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(String s, int at) {
        return at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
    }

    private static int digitsEnd(String s, int at) {
        int end = at;
        while (isDigit(s, end)) {
            end++;
        }
        return end;
    }

    /** Go's parseNanoseconds: digits beyond the ninth are dropped. */
    private static int nanos(String digits) {
        String nine = digits.length() > 9 ? digits.substring(0, 9) : digits;
        return Integer.parseInt(nine) * (int) Math.pow(10, 9 - nine.length());
    }
}
