package dev.helmshift.template.builtin;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.GoStrings;
import dev.helmshift.template.exec.GoFmt;


/** Go's html, js and urlquery escapers. */
final class Escapers {
    private Escapers() {
    }

    /** Go's evalArgs: a lone string as is, otherwise fmt.Sprint of the args with nil as {@code <no value>}. */
    static String evalArgs(Object[] args) {
        if (args.length == 1 && args[0] instanceof String s) {
            return s;
        }
        Object[] printable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printable[i] = args[i] == null ? "<no value>" : args[i];
        }
        return GoFmt.sprint(printable);
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case 0 -> b.append('\uFFFD');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String js(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            switch (r) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '"' -> b.append("\\\"");
                case '<' -> b.append("\\u003C");
                case '>' -> b.append("\\u003E");
                case '&' -> b.append("\\u0026");
                case '=' -> b.append("\\u003D");
                default -> {
                    if (r < ' ') {
                        b.append(String.format("\\u%04X", r));
                    } else if (r < 0x80 || GoStrings.isPrint(r) || r <= 0xFFFF && GoBytes.isRawByte((char) r)) {
                        // Go decodes a byte that is not UTF-8 as U+FFFD, which is printable: the byte is kept.
                        b.appendCodePoint(r);
                    } else {
                        b.append(String.format("\\u%04X", r));
                    }
                }
            }
        }
        return b.toString();
    }

    static String urlQuery(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (byte by : GoBytes.encode(s)) {
            int c = by & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                b.append((char) c);
            } else if (c == ' ') {
                b.append('+');
            } else {
                b.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return b.toString();
    }
}
