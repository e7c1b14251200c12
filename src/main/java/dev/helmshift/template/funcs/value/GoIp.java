package dev.helmshift.template.funcs.value;

/**
 * Go's IP addresses ({@code netip.ParseAddr}, {@code net.ParseIP}, {@code net.IP.To4}, {@code net.IP.String}) on
 * byte arrays, without any name lookup: only literal addresses parse.
 */
public final class GoIp {
    private GoIp() {
    }

    /** A parsed {@code netip.Addr}: 4 bytes for IPv4, 16 for IPv6, and the IPv6 zone ("" when none). */
    public record Addr(byte[] bytes, String zone) {
        public boolean is4() {
            return bytes.length == 4;
        }
    }

    /** A {@code netip.ParseAddr} failure, with Go's text: {@code ParseAddr("zzz"): unable to parse IP}. */
    public static final class ParseAddrException extends Exception {
        ParseAddrException(String in, String message, String at) {
            super("ParseAddr(" + GoStrconv.quote(in) + "): " + message
                    + (at == null || at.isEmpty() ? "" : " (at " + GoStrconv.quote(at) + ")"), null, false, false);
        }
    }

    /**
     * The 16 bytes of an IPv4 or IPv6 literal as {@code net.ParseIP} reads it (IPv4 as IPv4-mapped), or null. A
     * zone ({@code fe80::1%eth0}) is refused, as ParseIP refuses it.
     */
    public static byte[] parse(String s) {
        try {
            Addr addr = parseAddr(s);
            if (!addr.zone().isEmpty()) {
                return null;
            }
            return addr.is4() ? v4Mapped(addr.bytes()) : addr.bytes();
        } catch (ParseAddrException e) {
            return null;
        }
    }

    /** {@code netip.ParseAddr}: four decimal fields without leading zeros, or IPv6 with an optional zone. */
    public static Addr parseAddr(String s) throws ParseAddrException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                byte[] v4 = new byte[4];
                ipv4Fields(s, 0, s.length(), v4, 0);
                return new Addr(v4, "");
            }
            if (c == ':') {
                return ipv6(s);
            }
            if (c == '%') {
                throw new ParseAddrException(s, "missing IPv6 address", null);
            }
        }
        throw new ParseAddrException(s, "unable to parse IP", null);
    }

    /** Go's {@code To4}: the 4 bytes of an IPv4 (or IPv4-mapped IPv6) address, else null. */
    public static byte[] to4(byte[] ip) {
        if (ip.length == 4) {
            return ip;
        }
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return null;
            }
        }
        if (ip[10] != (byte) 0xFF || ip[11] != (byte) 0xFF) {
            return null;
        }
        return new byte[]{ip[12], ip[13], ip[14], ip[15]};
    }

    /** Go's {@code net.IP.String}: dotted IPv4 (also for IPv4-mapped), else RFC 5952 IPv6. */
    public static String format(byte[] ip) {
        byte[] v4 = to4(ip);
        if (v4 != null) {
            return (v4[0] & 0xFF) + "." + (v4[1] & 0xFF) + "." + (v4[2] & 0xFF) + "." + (v4[3] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && group(ip, j) == 0) {
                j++;
            }
            if (j - i > bestLength && j - i >= 2) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(group(ip, i)));
        }
        return out.toString();
    }

    private static int group(byte[] ip, int i) {
        return (ip[2 * i] & 0xFF) << 8 | (ip[2 * i + 1] & 0xFF);
    }

    private static byte[] v4Mapped(byte[] v4) {
        byte[] ip = new byte[16];
        ip[10] = (byte) 0xFF;
        ip[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, ip, 12, 4);
        return ip;
    }

    /** netip's parseIPv4Fields over {@code in[from:to]}, into {@code out[at..at+3]}. */
    private static void ipv4Fields(String in, int from, int to, byte[] out, int at) throws ParseAddrException {
        String s = in.substring(from, to);
        int value = 0;
        int digits = 0;
        int field = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && value == 0) {
                    throw new ParseAddrException(in, "IPv4 field has octet with leading zero", null);
                }
                value = value * 10 + (c - '0');
                digits++;
                if (value > 255) {
                    throw new ParseAddrException(in, "IPv4 field has value >255", null);
                }
            } else if (c == '.') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
                    throw new ParseAddrException(in, "IPv4 field must have at least one digit", s.substring(i));
                }
                if (field == 3) {
                    throw new ParseAddrException(in, "IPv4 address too long", null);
                }
                out[at + field++] = (byte) value;
                value = 0;
                digits = 0;
            } else {
                throw new ParseAddrException(in, "unexpected character", s.substring(i));
            }
        }
        if (field < 3) {
            throw new ParseAddrException(in, "IPv4 address too short", null);
        }
        out[at + 3] = (byte) value;
    }

    private static Addr ipv6(String in) throws ParseAddrException {
        String s = in;
        String zone = "";
        int percent = s.indexOf('%');
        if (percent >= 0) {
            zone = s.substring(percent + 1);
            s = s.substring(0, percent);
            if (zone.isEmpty()) {
                throw new ParseAddrException(in, "zone must be a non-empty string", null);
            }
        }
        byte[] ip = new byte[16];
        int ellipsis = -1;
        if (s.startsWith("::")) {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return new Addr(ip, zone);
            }
        }
        int i = 0;
        while (i < 16) {
            int off = 0;
            int acc = 0;
            for (; off < s.length(); off++) {
                char c = s.charAt(off);
                int digit = c <= 'f' ? Character.digit(c, 16) : -1;
                if (digit < 0) {
                    break;
                }
                if (off > 3) {
                    throw new ParseAddrException(in, "each group must have 4 or less digits", s);
                }
                acc = (acc << 4) + digit;
            }
            if (off == 0) {
                throw new ParseAddrException(in, "each colon-separated field must have at least one digit", s);
            }
            if (off < s.length() && s.charAt(off) == '.') {
                if (ellipsis < 0 && i != 12) {
                    throw new ParseAddrException(in,
                            "embedded IPv4 address must replace the final 2 fields of the address", s);
                }
                if (i + 4 > 16) {
                    throw new ParseAddrException(in,
                            "too many hex fields to fit an embedded IPv4 at the end of the address", s);
                }
                int end = in.length() - (zone.isEmpty() ? 0 : zone.length() + 1);
                ipv4Fields(in, end - s.length(), end, ip, i);
                i += 4;
                s = "";
                break;
            }
            ip[i] = (byte) (acc >> 8);
            ip[i + 1] = (byte) acc;
            i += 2;
            s = s.substring(off);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':') {
                throw new ParseAddrException(in, "unexpected character, want colon", s);
            }
            if (s.length() == 1) {
                throw new ParseAddrException(in, "colon must be followed by more characters", s);
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    throw new ParseAddrException(in, "multiple :: in address", s);
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            throw new ParseAddrException(in, "trailing garbage after address", s);
        }
        if (i < 16) {
            if (ellipsis < 0) {
                throw new ParseAddrException(in, "address string too short", null);
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis; j < ellipsis + n; j++) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            throw new ParseAddrException(in, "the :: must expand to at least one field of zeros", null);
        }
        return new Addr(ip, zone);
    }
}
