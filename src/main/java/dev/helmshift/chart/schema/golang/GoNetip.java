package dev.helmshift.chart.schema.golang;

/** Go's {@code netip.ParseAddr}, with its error texts ({@code ParseAddr("abc"): unable to parse IP}). */
public final class GoNetip {
    private GoNetip() {
    }

    /**
     * A parsed address: 4 or 16 bytes and the IPv6 zone.
     *
     * @param bytes the address bytes
     * @param zone  the zone after {@code %}, empty when none
     */
    public record Addr(byte[] bytes, String zone) {
        public boolean is4() {
            return bytes.length == 4;
        }
    }

    /** A string ParseAddr refuses; the message is Go's. */
    public static final class ParseAddrException extends Exception {
        ParseAddrException(String in, String msg, String at) {
            super("ParseAddr(" + GoQuote.quote(in) + "): " + msg + (at.isEmpty() ? "" : " (at " + GoQuote.quote(at) + ")"),
                    null, false, false);
        }
    }

    public static Addr parseAddr(String s) throws ParseAddrException {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '.':
                    return parseIPv4(s, s);
                case ':':
                    return parseIPv6(s);
                case '%':
                    throw new ParseAddrException(s, "missing IPv6 address", "");
                default:
                    break;
            }
        }
        throw new ParseAddrException(s, "unable to parse IP", "");
    }

    private static Addr parseIPv4(String s, String in) throws ParseAddrException {
        byte[] fields = new byte[4];
        int val = 0;
        int pos = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && val == 0) {
                    throw new ParseAddrException(in, "IPv4 field has octet with leading zero", "");
                }
                val = val * 10 + c - '0';
                digits++;
                if (val > 255) {
                    throw new ParseAddrException(in, "IPv4 field has value >255", "");
                }
            } else if (c == '.') {
                if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
                    throw new ParseAddrException(in, "IPv4 field must have at least one digit", s.substring(i));
                }
                if (pos == 3) {
                    throw new ParseAddrException(in, "IPv4 address too long", "");
                }
                fields[pos++] = (byte) val;
                val = 0;
                digits = 0;
            } else {
                throw new ParseAddrException(in, "unexpected character", s.substring(i));
            }
        }
        if (pos < 3) {
            throw new ParseAddrException(in, "IPv4 address too short", "");
        }
        fields[3] = (byte) val;
        return new Addr(fields, "");
    }

    private static Addr parseIPv6(String in) throws ParseAddrException {
        String s = in;
        String zone = "";
        int percent = s.indexOf('%');
        if (percent != -1) {
            zone = s.substring(percent + 1);
            s = s.substring(0, percent);
            if (zone.isEmpty()) {
                throw new ParseAddrException(in, "zone must be a non-empty string", "");
            }
        }
        byte[] ip = new byte[16];
        int ellipsis = -1;
        if (s.length() >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
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
                int d = hexDigit(s.charAt(off));
                if (d < 0) {
                    break;
                }
                acc = (acc << 4) + d;
                if (acc > 0xFFFF) {
                    throw new ParseAddrException(in, "IPv6 field has value >=2^16", s);
                }
            }
            if (off == 0) {
                throw new ParseAddrException(in, "each colon-separated field must have at least one digit", s);
            }
            if (off < s.length() && s.charAt(off) == '.') {
                if (ellipsis < 0 && i != 12) {
                    throw new ParseAddrException(in, "embedded IPv4 address must replace the final 2 fields of the address", s);
                }
                if (i + 4 > 16) {
                    throw new ParseAddrException(in, "too many hex fields to fit an embedded IPv4 at the end of the address", s);
                }
                Addr ip4;
                try {
                    ip4 = parseIPv4(s, s);
                } catch (ParseAddrException e) {
                    throw new ParseAddrException(in, e.getMessage(), s);
                }
                System.arraycopy(ip4.bytes(), 0, ip, i, 4);
                s = "";
                i += 4;
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
            } else if (s.length() == 1) {
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
                throw new ParseAddrException(in, "address string too short", "");
            }
            int n = 16 - i;
            for (int j = i - 1; j >= ellipsis; j--) {
                ip[j + n] = ip[j];
            }
            for (int j = ellipsis + n - 1; j >= ellipsis; j--) {
                ip[j] = 0;
            }
        } else if (ellipsis >= 0) {
            throw new ParseAddrException(in, "the :: must expand to at least one field of zeros", "");
        }
        return new Addr(ip, zone);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
