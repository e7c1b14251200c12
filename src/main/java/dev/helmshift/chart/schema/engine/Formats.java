package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.EnglishNumbers;
import dev.helmshift.chart.schema.golang.GoNetip;
import dev.helmshift.chart.schema.golang.GoParse;
import dev.helmshift.chart.schema.golang.GoQuote;
import dev.helmshift.chart.schema.golang.GoUrl;
import dev.helmshift.chart.schema.golang.GoUtf8;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The format checkers of santhosh-tekuri/jsonschema v6.0.2, with their messages. A checker gets any value and
 * returns null when it passes (every non-string passes) or the message after {@code is not valid FORMAT: }.
 * Checkers work on Go strings, so lengths and positions count UTF-8 bytes.
 */
final class Formats {
    /** A named format. */
    record Format(String name, Checker checker) {
    }

    /** A format check: null, or the reason the value fails. */
    @FunctionalInterface
    interface Checker {
        String check(Object v);
    }

    private static final Map<String, Checker> CHECKERS = Map.ofEntries(
            Map.entry("json-pointer", strings(Formats::jsonPointer)),
            Map.entry("relative-json-pointer", strings(Formats::relativeJsonPointer)),
            Map.entry("uuid", strings(Formats::uuid)),
            Map.entry("duration", strings(Formats::duration)),
            Map.entry("period", strings(Formats::period)),
            Map.entry("ipv4", strings(Formats::ipv4)),
            Map.entry("ipv6", strings(Formats::ipv6)),
            Map.entry("hostname", strings(Formats::hostname)),
            Map.entry("email", strings(Formats::email)),
            Map.entry("date", strings(Formats::date)),
            Map.entry("time", strings(Formats::time)),
            Map.entry("date-time", strings(Formats::dateTime)),
            Map.entry("uri", strings(Formats::uri)),
            Map.entry("iri", strings(Formats::uri)),
            Map.entry("uri-reference", strings(Formats::uriReference)),
            Map.entry("iri-reference", strings(Formats::uriReference)),
            Map.entry("uri-template", strings(Formats::uriTemplate)),
            Map.entry("semver", strings(Formats::semver)));

    private Formats() {
    }

    /** The format of that name, or null when the library does not know it (unknown formats are not checked). */
    static Format named(String name) {
        if (name.equals("regex")) {
            return new Format("regex", v -> {
                if (v instanceof String s) {
                    try {
                        Regex.compile(s);
                    } catch (SchemaException e) {
                        return e.getMessage();
                    }
                }
                return null;
            });
        }
        Checker checker = CHECKERS.get(name);
        return checker == null ? null : new Format(name, checker);
    }

    private interface StringChecker {
        String check(String s);
    }

    private static Checker strings(StringChecker checker) {
        return v -> v instanceof String s ? checker.check(s) : null;
    }

    private static String q(int rune) {
        return GoQuote.quoteRune(rune);
    }

    static String jsonPointer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (!s.startsWith("/")) {
            return "not starting with /";
        }
        for (String tok : s.substring(1).split("/", -1)) {
            boolean escape = false;
            for (int i = 0; i < tok.length(); ) {
                int ch = tok.codePointAt(i);
                i += Character.charCount(ch);
                if (escape) {
                    escape = false;
                    if (ch != '0' && ch != '1') {
                        return "~ must be followed by 0 or 1";
                    }
                    continue;
                }
                if (ch == '~') {
                    escape = true;
                    continue;
                }
                boolean ok = ch <= 0x2E || ch >= 0x30 && ch <= 0x7D || ch >= 0x7F;
                if (!ok) {
                    return "invalid character " + q(ch);
                }
            }
            if (escape) {
                return "~ must be followed by 0 or 1";
            }
        }
        return null;
    }

    static String relativeJsonPointer(String s) {
        int digits = 0;
        while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0) {
            return "must start with non-negative integer";
        }
        if (digits > 1 && s.startsWith("0")) {
            return "starts with zero";
        }
        String rest = s.substring(digits);
        if (rest.equals("#")) {
            return null;
        }
        return jsonPointer(rest);
    }

    static String uuid(String s) {
        int[] lengths = {8, 4, 4, 4, 12};
        String[] groups = s.split("-", -1);
        if (groups.length != lengths.length) {
            return "must have " + EnglishNumbers.integer(lengths.length) + " elements";
        }
        for (int i = 0; i < groups.length; i++) {
            if (GoUtf8.bytes(groups[i]).length != lengths[i]) {
                return "element " + EnglishNumbers.integer(i + 1) + " must be " + EnglishNumbers.integer(lengths[i])
                        + " characters long";
            }
            for (int j = 0; j < groups[i].length(); ) {
                int ch = groups[i].codePointAt(j);
                j += Character.charCount(ch);
                if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F')) {
                    return "non-hex character " + q(ch);
                }
            }
        }
        return null;
    }

    static String duration(String s) {
        if (!s.startsWith("P")) {
            return "must start with P";
        }
        s = s.substring(1);
        if (s.isEmpty()) {
            return "nothing after P";
        }
        if (s.endsWith("W")) {
            String week = s.substring(0, s.length() - 1);
            if (week.isEmpty()) {
                return "no number in week";
            }
            for (int i = 0; i < week.length(); i++) {
                if (week.charAt(i) < '0' || week.charAt(i) > '9') {
                    return "invalid week";
                }
            }
            return null;
        }
        String[] allUnits = {"YMD", "HMS"};
        String[] parts = s.split("T", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i != 0 && part.isEmpty()) {
                return "no time elements";
            }
            if (i >= allUnits.length) {
                return "more than one T";
            }
            String units = allUnits[i];
            while (!part.isEmpty()) {
                int digits = 0;
                while (digits < part.length() && part.charAt(digits) >= '0' && part.charAt(digits) <= '9') {
                    digits++;
                }
                if (digits == 0) {
                    return "missing number";
                }
                part = part.substring(digits);
                if (part.isEmpty()) {
                    return "missing unit";
                }
                int unit = GoUtf8.bytes(part)[0] & 0xFF;
                int j = units.indexOf(unit);
                if (j == -1) {
                    if (allUnits[i].indexOf(unit) != -1) {
                        return "unit " + q(unit) + " out of order";
                    }
                    return "invalid unit " + q(unit);
                }
                units = units.substring(j + 1);
                part = new String(GoUtf8.bytes(part), 1, GoUtf8.bytes(part).length - 1, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String ipv4(String s) {
        String[] groups = s.split("\\.", -1);
        if (groups.length != 4) {
            return "expected four decimals";
        }
        for (String group : groups) {
            if (group.length() > 1 && group.charAt(0) == '0') {
                return "leading zeros";
            }
            long n;
            try {
                n = GoParse.atoi(group);
            } catch (GoParse.GoParseException e) {
                return e.getMessage();
            }
            if (n < 0 || n > 255) {
                return "decimal must be between 0 and 255";
            }
        }
        return null;
    }

    static String ipv6(String s) {
        if (!s.contains(":")) {
            return "missing colon";
        }
        GoNetip.Addr addr;
        try {
            addr = GoNetip.parseAddr(s);
        } catch (GoNetip.ParseAddrException e) {
            return e.getMessage();
        }
        if (!addr.zone().isEmpty()) {
            return "zone id is not a part of ipv6 address";
        }
        return null;
    }

    static String hostname(String s) {
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (GoUtf8.bytes(s).length > 253) {
            return "more than 253 characters long";
        }
        for (String label : s.split("\\.", -1)) {
            int len = GoUtf8.bytes(label).length;
            if (len < 1 || len > 63) {
                return "label must be 1 to 63 characters long";
            }
            if (label.startsWith("-")) {
                return "label starts with hyphen";
            }
            if (label.endsWith("-")) {
                return "label ends with hyphen";
            }
            for (int i = 0; i < label.length(); ) {
                int ch = label.codePointAt(i);
                i += Character.charCount(ch);
                if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-')) {
                    return "invalid character " + q(ch);
                }
            }
        }
        return null;
    }

    static String email(String s) {
        if (GoUtf8.bytes(s).length > 254) {
            return "more than 255 characters long";
        }
        int at = s.lastIndexOf('@');
        if (at == -1) {
            return "missing @";
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (GoUtf8.bytes(local).length > 64) {
            return "local part more than 64 characters long";
        }
        if (GoUtf8.bytes(local).length > 1 && local.startsWith("\"")) {
            // the library checks the opening quote twice and never the closing one
            byte[] lb = GoUtf8.bytes(local);
            String inner = new String(lb, 1, lb.length - 2, StandardCharsets.UTF_8);
            if (inner.indexOf('\\') != -1 || inner.indexOf('"') != -1) {
                return "backslash and quote are not allowed within quoted local part";
            }
        } else {
            if (local.startsWith(".")) {
                return "starts with dot";
            }
            if (local.endsWith(".")) {
                return "ends with dot";
            }
            if (local.contains("..")) {
                return "consecutive dots";
            }
            for (int i = 0; i < local.length(); ) {
                int ch = local.codePointAt(i);
                i += Character.charCount(ch);
                boolean ok = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                        || ".!#$%&'*+-/=?^_`{|}~".indexOf(ch) >= 0;
                if (!ok) {
                    return "invalid character " + q(ch);
                }
            }
        }
        if (domain.startsWith("[") && domain.endsWith("]")) {
            String inner = domain.substring(1, domain.length() - 1);
            if (inner.startsWith("IPv6:")) {
                String err = ipv6(inner.substring("IPv6:".length()));
                return err == null ? null : "invalid ipv6 address: " + err;
            }
            String err = ipv4(inner);
            return err == null ? null : "invalid ipv4 address: " + err;
        }
        String err = hostname(domain);
        return err == null ? null : "invalid domain: " + err;
    }

    static String date(String s) {
        try {
            GoParse.parseDate(s);
            return null;
        } catch (GoParse.GoParseException e) {
            return e.getMessage();
        }
    }

    static String time(String s) {
        return time(GoUtf8.bytes(s));
    }

    private static String time(byte[] str) {
        if (str.length < 9) {
            return "less than 9 characters long";
        }
        if (str[2] != ':' || str[5] != ':') {
            return "missing colon in correct place";
        }
        int[] hms = new int[3];
        for (int i = 0; i < 3; i++) {
            Long n = atoi(str, i * 3, i * 3 + 2);
            if (n == null) {
                return "invalid hour/min/sec";
            }
            if (n < 0) {
                return "non-positive hour/min/sec";
            }
            hms[i] = (int) Math.min(n, Integer.MAX_VALUE);
        }
        int h = hms[0];
        int m = hms[1];
        int sec = hms[2];
        if (h > 23 || m > 59 || sec > 60) {
            return "hour/min/sec out of range";
        }
        int p = 8;
        if (p < str.length && str[p] == '.') {
            int digits = 0;
            while (p + 1 + digits < str.length && str[p + 1 + digits] >= '0' && str[p + 1 + digits] <= '9') {
                digits++;
            }
            if (digits == 0) {
                return "no digits in second fraction";
            }
            p += 1 + digits;
        }
        int rest = str.length - p;
        if (!(rest == 1 && (str[p] == 'z' || str[p] == 'Z'))) {
            if (rest != 6) {
                return "offset must be 6 characters long";
            }
            int sign;
            if (str[p] == '+') {
                sign = -1;
            } else if (str[p] == '-') {
                sign = 1;
            } else {
                return "offset must begin with plus/minus";
            }
            p++;
            if (str[p + 2] != ':') {
                return "missing colon in offset in correct place";
            }
            long[] zhm = new long[2];
            for (int i = 0; i < 2; i++) {
                Long n = atoi(str, p + i * 3, p + i * 3 + 2);
                if (n == null) {
                    return "invalid hour/min in offset";
                }
                if (n < 0) {
                    return "non-positive hour/min in offset";
                }
                zhm[i] = n;
            }
            long zh = zhm[0];
            long zm = zhm[1];
            if (zh > 23 || zm > 59) {
                return "hour/min in offset out of range";
            }
            int hm = h * 60 + m + sign * (int) (zh * 60 + zm);
            if (hm < 0) {
                hm += 24 * 60;
            }
            h = hm / 60;
            m = hm % 60;
        }
        if (sec >= 60 && (h != 23 || m != 59)) {
            return "invalid leap second";
        }
        return null;
    }

    /** strconv.Atoi of str[from:to] as the time checker uses it: null for a syntax error. */
    private static Long atoi(byte[] str, int from, int to) {
        try {
            return GoParse.atoi(new String(str, from, to - from, StandardCharsets.UTF_8));
        } catch (GoParse.GoParseException e) {
            return null;
        }
    }

    static String dateTime(String s) {
        byte[] b = GoUtf8.bytes(s);
        if (b.length < 20) {
            return "less than 20 characters long";
        }
        if (b[10] != 't' && b[10] != 'T') {
            return "11th character must be t or T";
        }
        String err = dateBytes(b);
        if (err != null) {
            return "invalid date element: " + err;
        }
        byte[] t = new byte[b.length - 11];
        System.arraycopy(b, 11, t, 0, t.length);
        err = time(t);
        return err == null ? null : "invalid time element: " + err;
    }

    private static String dateBytes(byte[] b) {
        try {
            GoParse.parseDate(java.util.Arrays.copyOf(b, 10));
            return null;
        } catch (GoParse.GoParseException e) {
            return e.getMessage();
        }
    }

    private static GoUrl parseUrl(String s, String[] error) {
        GoUrl u;
        try {
            u = GoUrl.parse(s);
        } catch (GoUrl.GoUrlException e) {
            error[0] = e.getMessage();
            return null;
        }
        String hostName = u.hostname();
        if (hostName.contains(":")) {
            if (!u.host().contains("[") || !u.host().contains("]")) {
                error[0] = "ipv6 address not enclosed in brackets";
                return null;
            }
            String err = ipv6(hostName);
            if (err != null) {
                error[0] = "invalid ipv6 address: " + err;
                return null;
            }
        }
        return u;
    }

    static String uri(String s) {
        String[] error = new String[1];
        GoUrl u = parseUrl(s, error);
        if (u == null) {
            return error[0];
        }
        return u.isAbs() ? null : "relative url";
    }

    static String uriReference(String s) {
        if (s.contains("\\")) {
            return "contains \\";
        }
        String[] error = new String[1];
        return parseUrl(s, error) == null ? error[0] : null;
    }

    static String uriTemplate(String s) {
        String[] error = new String[1];
        GoUrl u = parseUrl(s, error);
        if (u == null) {
            return error[0];
        }
        for (String tok : u.rawPath().split("/", -1)) {
            try {
                tok = GoUrl.pathUnescape(tok);
            } catch (GoUrl.GoUrlException e) {
                return "percent decode failed: " + e.getMessage();
            }
            boolean want = true;
            for (int i = 0; i < tok.length(); i++) {
                char ch = tok.charAt(i);
                if (ch != '{' && ch != '}') {
                    continue;
                }
                boolean got = ch == '{';
                if (got != want) {
                    return "nested curly braces";
                }
                want = !want;
            }
            if (!want) {
                return "no matching closing brace";
            }
        }
        return null;
    }

    static String period(String s) {
        int slash = s.indexOf('/');
        if (slash == -1) {
            return "missing slash";
        }
        String start = s.substring(0, slash);
        String end = s.substring(slash + 1);
        if (start.startsWith("P")) {
            String err = duration(start);
            if (err != null) {
                return "invalid start duration: " + err;
            }
            err = dateTime(end);
            return err == null ? null : "invalid end date-time: " + err;
        }
        String err = dateTime(start);
        if (err != null) {
            return "invalid start date-time: " + err;
        }
        if (end.startsWith("P")) {
            err = duration(end);
            return err == null ? null : "invalid end duration: " + err;
        }
        err = dateTime(end);
        return err == null ? null : "invalid end date-time: " + err;
    }

    static String semver(String s) {
        int plus = s.indexOf('+');
        if (plus != -1) {
            String build = s.substring(plus + 1);
            if (build.isEmpty()) {
                return "build is empty";
            }
            for (String id : build.split("\\.", -1)) {
                if (id.isEmpty()) {
                    return "build identifier is empty";
                }
                for (int i = 0; i < id.length(); ) {
                    int ch = id.codePointAt(i);
                    i += Character.charCount(ch);
                    if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '-')) {
                        return "invalid character " + q(ch) + " in build identifier";
                    }
                }
            }
            s = s.substring(0, plus);
        }
        int dash = s.indexOf('-');
        if (dash != -1) {
            for (String id : s.substring(dash + 1).split("\\.", -1)) {
                if (id.isEmpty()) {
                    return "pre-release identifier is empty";
                }
                boolean allDigits = true;
                for (int i = 0; i < id.length(); ) {
                    int ch = id.codePointAt(i);
                    i += Character.charCount(ch);
                    if (ch >= '0' && ch <= '9') {
                        continue;
                    }
                    if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '-') {
                        allDigits = false;
                    } else {
                        return "invalid character " + q(ch) + " in pre-release identifier";
                    }
                }
                if (allDigits && id.length() > 1 && id.charAt(0) == '0') {
                    return "pre-release numeric identifier starts with zero";
                }
            }
            s = s.substring(0, dash);
        }
        String[] versions = s.split("\\.", -1);
        if (versions.length != 3) {
            return "versionCore must have 3 numbers separated by dot";
        }
        String[] names = {"major", "minor", "patch"};
        for (int i = 0; i < 3; i++) {
            String v = versions[i];
            if (v.isEmpty()) {
                return names[i] + " is empty";
            }
            if (v.length() > 1 && v.charAt(0) == '0') {
                return names[i] + " starts with zero";
            }
            for (int j = 0; j < v.length(); j++) {
                if (v.charAt(j) < '0' || v.charAt(j) > '9') {
                    return names[i] + " contains non-digit";
                }
            }
        }
        return null;
    }
}
