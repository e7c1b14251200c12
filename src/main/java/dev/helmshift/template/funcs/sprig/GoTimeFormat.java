package dev.helmshift.template.funcs.sprig;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Go's time layouts (the reference time {@code Mon Jan 2 15:04:05 MST 2006}): formatting, and parsing for the layout
 * elements charts use. A layout is split into chunks as Go's nextStdChunk does.
 */
final class GoTimeFormat {
    private GoTimeFormat() {
    }

    /** Thrown for text that does not match the layout, with Go's message. */
    static final class ParseError extends RuntimeException {
        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    private static final String[] STD = {
            "January", "Jan", "Monday", "Mon", "MST", "2006", "002", "__2", "_2",
            "-07:00:00", "-070000", "-07:00", "-0700", "-07", "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07",
            "01", "02", "03", "04", "05", "06", "15", "PM", "pm", "1", "2", "3", "4", "5"};

    /** A layout split into literal text and standard elements (fractions as ".000"/".999" runs). */
    static List<String[]> chunks(String layout) {
        List<String[]> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            String std = stdAt(layout, i);
            if (std == null) {
                literal.append(layout.charAt(i++));
                continue;
            }
            if (literal.length() > 0) {
                out.add(new String[]{"lit", literal.toString()});
                literal.setLength(0);
            }
            out.add(new String[]{"std", std});
            i += std.length();
        }
        if (literal.length() > 0) {
            out.add(new String[]{"lit", literal.toString()});
        }
        return out;
    }

    private static String stdAt(String layout, int i) {
        char c = layout.charAt(i);
        if ((c == '.' || c == ',') && i + 1 < layout.length()
                && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
            char digit = layout.charAt(i + 1);
            int j = i + 1;
            while (j < layout.length() && layout.charAt(j) == digit) {
                j++;
            }
            if (j >= layout.length() || !Character.isDigit(layout.charAt(j))) {
                return layout.substring(i, j);
            }
            return null;
        }
        if (c == '0' && !(layout.startsWith("01", i) || layout.startsWith("02", i) || layout.startsWith("03", i)
                || layout.startsWith("04", i) || layout.startsWith("05", i) || layout.startsWith("06", i)
                || layout.startsWith("002", i))) {
            return null;
        }
        if (c == '2' && layout.startsWith("2006", i)) {
            return "2006";
        }
        if (c == '1' && layout.startsWith("15", i)) {
            return "15";
        }
        if (c == 'J' && layout.startsWith("Jan", i)) {
            return layout.startsWith("January", i) ? "January" : "Jan";
        }
        if (c == 'M' && layout.startsWith("Mon", i)) {
            return layout.startsWith("Monday", i) ? "Monday" : "Mon";
        }
        for (String std : STD) {
            if (layout.startsWith(std, i)) {
                return std;
            }
        }
        return null;
    }

    static String format(ZonedDateTime t, String layout) {
        return format(t, layout, null);
    }

    /** {@code zoneName}, when not null, is the Go location's name MST prints ("" prints the offset). */
    static String format(ZonedDateTime t, String layout, String zoneName) {
        StringBuilder out = new StringBuilder();
        for (String[] chunk : chunks(layout)) {
            if (chunk[0].equals("lit")) {
                out.append(chunk[1]);
            } else if (chunk[1].equals("MST") && zoneName != null) {
                out.append(zoneName.isEmpty() ? offsetText(t.getOffset().getTotalSeconds(), "-0700") : zoneName);
            } else {
                out.append(element(t, chunk[1]));
            }
        }
        return out.toString();
    }

    private static String element(ZonedDateTime t, String std) {
        int offset = t.getOffset().getTotalSeconds();
        return switch (std) {
            case "January" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Jan" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "Monday" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Mon" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "MST" -> zoneName(t);
            case "2006" -> pad(t.getYear(), 4, '0');
            case "06" -> pad(t.getYear() % 100, 2, '0');
            case "01" -> pad(t.getMonthValue(), 2, '0');
            case "1" -> Integer.toString(t.getMonthValue());
            case "02" -> pad(t.getDayOfMonth(), 2, '0');
            case "_2" -> pad(t.getDayOfMonth(), 2, ' ');
            case "2" -> Integer.toString(t.getDayOfMonth());
            case "002" -> pad(t.getDayOfYear(), 3, '0');
            case "__2" -> pad(t.getDayOfYear(), 3, ' ');
            case "15" -> pad(t.getHour(), 2, '0');
            case "03" -> pad(hour12(t), 2, '0');
            case "3" -> Integer.toString(hour12(t));
            case "04" -> pad(t.getMinute(), 2, '0');
            case "4" -> Integer.toString(t.getMinute());
            case "05" -> pad(t.getSecond(), 2, '0');
            case "5" -> Integer.toString(t.getSecond());
            case "PM" -> t.getHour() >= 12 ? "PM" : "AM";
            case "pm" -> t.getHour() >= 12 ? "pm" : "am";
            case "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07" -> offset == 0 ? "Z" : offsetText(offset, "-" + std.substring(1));
            case "-07:00:00", "-070000", "-07:00", "-0700", "-07" -> offsetText(offset, std);
            default -> fraction(t.getNano(), std);
        };
    }

    private static String zoneName(ZonedDateTime t) {
        ZoneId zone = t.getZone();
        if (zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") || zone.getId().equals("Z")) {
            return "UTC";
        }
        if (zone instanceof ZoneOffset) {
            return offsetText(t.getOffset().getTotalSeconds(), "-0700");
        }
        return zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(zone.getId())
                ? offsetText(t.getOffset().getTotalSeconds(), "-0700")
                : java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
    }

    private static String offsetText(int seconds, String std) {
        char sign = seconds < 0 ? '-' : '+';
        int abs = Math.abs(seconds);
        String hh = pad(abs / 3600, 2, '0');
        String mm = pad(abs / 60 % 60, 2, '0');
        String ss = pad(abs % 60, 2, '0');
        return switch (std) {
            case "-07:00:00" -> sign + hh + ":" + mm + ":" + ss;
            case "-070000" -> sign + hh + mm + ss;
            case "-07:00" -> sign + hh + ":" + mm;
            case "-0700" -> sign + hh + mm;
            default -> sign + hh;
        };
    }

    private static String fraction(int nanos, String std) {
        int digits = std.length() - 1;
        String all = pad(nanos, 9, '0').substring(0, Math.min(9, digits));
        if (std.charAt(1) == '9') {
            int end = all.length();
            while (end > 0 && all.charAt(end - 1) == '0') {
                end--;
            }
            all = all.substring(0, end);
            return all.isEmpty() ? "" : std.charAt(0) + all;
        }
        return std.charAt(0) + all;
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String pad(int v, int width, char fill) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : String.valueOf(fill).repeat(width - s.length()) + s;
    }

    /** time.ParseInLocation for the elements above; the zone applies when the text has no offset. */
    static ZonedDateTime parse(String layout, String value, ZoneId zone) {
        int year = 1;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        boolean pm = false;
        boolean hasPm = false;
        ZoneOffset offset = null;
        String rest = value;
        for (String[] chunk : chunks(layout)) {
            String std = chunk[1];
            if (chunk[0].equals("lit")) {
                if (!rest.startsWith(std)) {
                    throw error(value, layout, rest, std);
                }
                rest = rest.substring(std.length());
                continue;
            }
            String element;
            switch (std) {
                case "2006" -> {
                    element = take(rest, 4, 4, value, layout, std);
                    year = Integer.parseInt(element);
                }
                case "06" -> {
                    element = take(rest, 2, 2, value, layout, std);
                    int y = Integer.parseInt(element);
                    year = y >= 69 ? 1900 + y : 2000 + y;
                }
                case "01", "1" -> {
                    element = take(rest, std.length(), 2, value, layout, std);
                    month = range(Integer.parseInt(element), 1, 12, value, layout, "month");
                }
                case "January", "Jan" -> {
                    element = name(rest, std.equals("Jan"), true, value, layout, std);
                    month = Month.valueOf(matchName(element, true).toUpperCase(Locale.ROOT)).getValue();
                }
                case "Monday", "Mon" -> element = name(rest, std.equals("Mon"), false, value, layout, std);
                case "02", "2", "_2" -> {
                    String r = std.equals("_2") && rest.startsWith(" ") ? rest.substring(1) : rest;
                    element = take(r, std.equals("02") ? 2 : 1, 2, value, layout, std);
                    day = Integer.parseInt(element);
                    rest = r;
                }
                case "15" -> {
                    element = take(rest, 1, 2, value, layout, std);
                    hour = range(Integer.parseInt(element), 0, 23, value, layout, "hour");
                }
                case "03", "3" -> {
                    element = take(rest, std.length(), 2, value, layout, std);
                    hour = range(Integer.parseInt(element), 0, 12, value, layout, "hour");
                }
                case "04", "4" -> {
                    element = take(rest, std.length(), 2, value, layout, std);
                    minute = range(Integer.parseInt(element), 0, 59, value, layout, "minute");
                }
                case "05", "5" -> {
                    element = take(rest, std.length(), 2, value, layout, std);
                    second = range(Integer.parseInt(element), 0, 59, value, layout, "second");
                    if (rest.length() > element.length() && rest.charAt(element.length()) == '.') {
                        int j = element.length() + 1;
                        while (j < rest.length() && Character.isDigit(rest.charAt(j))) {
                            j++;
                        }
                        nanos = nanosOf(rest.substring(element.length() + 1, j));
                        element = rest.substring(0, j);
                    }
                }
                case "PM", "pm" -> {
                    element = rest.length() >= 2 ? rest.substring(0, 2) : rest;
                    String up = element.toUpperCase(Locale.ROOT);
                    if (!up.equals("AM") && !up.equals("PM")) {
                        throw error(value, layout, rest, std);
                    }
                    hasPm = true;
                    pm = up.equals("PM");
                }
                case "MST" -> {
                    int j = 0;
                    while (j < rest.length() && Character.isUpperCase(rest.charAt(j))) {
                        j++;
                    }
                    if (j < 3) {
                        throw error(value, layout, rest, std);
                    }
                    element = rest.substring(0, j);
                    if (element.equals("UTC") || element.equals("GMT")) {
                        offset = ZoneOffset.UTC;
                    }
                }
                default -> {
                    if (std.startsWith("Z") || std.startsWith("-")) {
                        if (std.startsWith("Z") && rest.startsWith("Z")) {
                            element = "Z";
                            offset = ZoneOffset.UTC;
                        } else {
                            element = offsetElement(rest, std.startsWith("Z") ? "-" + std.substring(1) : std, value, layout);
                            offset = ZoneOffset.of(element.length() == 3 ? element + ":00" : element);
                        }
                    } else {
                        int digits = std.length() - 1;
                        if (rest.isEmpty() || rest.charAt(0) != std.charAt(0)) {
                            if (std.charAt(1) == '9') {
                                element = "";
                                break;
                            }
                            throw error(value, layout, rest, std);
                        }
                        int j = 1;
                        while (j < rest.length() && Character.isDigit(rest.charAt(j)) && (std.charAt(1) == '9' || j <= digits)) {
                            j++;
                        }
                        element = rest.substring(0, j);
                        nanos = nanosOf(element.substring(1));
                    }
                }
            }
            rest = rest.substring(element.length());
        }
        if (!rest.isEmpty()) {
            throw new ParseError("parsing time " + quote(value) + ": extra text: " + quote(rest));
        }
        if (hasPm && pm && hour < 12) {
            hour += 12;
        } else if (hasPm && !pm && hour == 12) {
            hour = 0;
        }
        if (day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            throw new ParseError("parsing time " + quote(value) + ": day out of range");
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        return offset != null ? ZonedDateTime.of(local, offset) : ZonedDateTime.of(local, zone);
    }

    private static int nanosOf(String digits) {
        String nine = (digits + "000000000").substring(0, 9);
        return digits.isEmpty() ? 0 : Integer.parseInt(nine);
    }

    private static String offsetElement(String rest, String std, String value, String layout) {
        int len = switch (std) {
            case "-07:00:00" -> 9;
            case "-070000" -> 7;
            case "-07:00" -> 6;
            case "-0700" -> 5;
            default -> 3;
        };
        if (rest.length() < len || (rest.charAt(0) != '+' && rest.charAt(0) != '-')) {
            throw error(value, layout, rest, std);
        }
        String element = rest.substring(0, len);
        if (!element.substring(1).replace(":", "").chars().allMatch(Character::isDigit)) {
            throw error(value, layout, rest, std);
        }
        return element;
    }

    private static String take(String rest, int min, int max, String value, String layout, String std) {
        int j = 0;
        while (j < rest.length() && j < max && Character.isDigit(rest.charAt(j))) {
            j++;
        }
        if (j < min) {
            throw error(value, layout, rest, std);
        }
        return rest.substring(0, j);
    }

    private static int range(int v, int min, int max, String value, String layout, String what) {
        if (v < min || v > max) {
            throw new ParseError("parsing time " + quote(value) + ": " + what + " out of range");
        }
        return v;
    }

    private static String name(String rest, boolean shortName, boolean month, String value, String layout, String std) {
        List<String> names = new ArrayList<>();
        if (month) {
            for (Month m : Month.values()) {
                names.add(m.getDisplayName(shortName ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH));
            }
        } else {
            for (DayOfWeek d : DayOfWeek.values()) {
                names.add(d.getDisplayName(shortName ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH));
            }
        }
        for (String n : names) {
            if (rest.regionMatches(true, 0, n, 0, n.length())) {
                return rest.substring(0, n.length());
            }
        }
        throw error(value, layout, rest, std);
    }

    private static String matchName(String element, boolean month) {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.regionMatches(true, 0, element, 0, element.length())) {
                return m.name();
            }
        }
        return element;
    }

    private static ParseError error(String value, String layout, String rest, String std) {
        return new ParseError("parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse "
                + quote(rest) + " as " + quote(std));
    }

    private static String quote(String s) {
        return dev.helmshift.template.funcs.value.GoStrconv.quote(s);
    }
}
