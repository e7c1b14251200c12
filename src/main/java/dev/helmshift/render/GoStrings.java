package dev.helmshift.render;

/** The few Go {@code strings} helpers whose exact whitespace rules Helm's output depends on. */
final class GoStrings {
    private GoStrings() {
    }

    /** Go's {@code strings.TrimSpace}: trims Unicode white space as Go defines it (ASCII \t \n \v \f \r, space, U+0085, U+00A0, ...). */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }
}
