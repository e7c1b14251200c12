package dev.helmshift.template.funcs.codec;

/**
 * What libyaml's emitter (and so go-yaml) finds in a scalar before choosing its style: which styles are allowed
 * (plain in block or flow context, single-quoted, block literal) and whether it spans lines.
 */
record ScalarAnalysis(boolean multiline, boolean flowPlainAllowed, boolean blockPlainAllowed,
                      boolean singleQuotedAllowed, boolean blockAllowed) {

    static ScalarAnalysis of(String value) {
        if (value.isEmpty()) {
            return new ScalarAnalysis(false, false, true, true, false);
        }
        boolean blockIndicators = false;
        boolean flowIndicators = false;
        if (value.startsWith("---") || value.startsWith("...")) {
            blockIndicators = true;
            flowIndicators = true;
        }
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean precededByWhitespace = true;

        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean followedByWhitespace = i + 1 >= cps.length || isBlank(cps[i + 1]);
            if (i == 0) {
                switch (c) {
                    case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> {
                        flowIndicators = true;
                        blockIndicators = true;
                    }
                    case '?', ':' -> {
                        flowIndicators = true;
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    case '-' -> {
                        if (followedByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            } else {
                switch (c) {
                    case ',', '?', '[', ']', '{', '}' -> flowIndicators = true;
                    case ':' -> {
                        flowIndicators = true;
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    case '#' -> {
                        if (precededByWhitespace) {
                            flowIndicators = true;
                            blockIndicators = true;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!isPrintable(c)) {
                specialCharacters = true;
            }
            if (c == ' ') {
                if (i == 0) {
                    leadingSpace = true;
                }
                if (i == cps.length - 1) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                if (i == 0) {
                    leadingBreak = true;
                }
                if (i == cps.length - 1) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(c) || isBreak(c);
        }

        boolean flowPlain = true;
        boolean blockPlain = true;
        boolean single = true;
        boolean block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            flowPlain = false;
            blockPlain = false;
        }
        if (trailingSpace) {
            block = false;
        }
        if (breakSpace) {
            flowPlain = false;
            blockPlain = false;
            single = false;
        }
        if (spaceBreak || specialCharacters) {
            flowPlain = false;
            blockPlain = false;
            single = false;
            block = false;
        }
        if (lineBreaks) {
            flowPlain = false;
            blockPlain = false;
        }
        if (flowIndicators) {
            flowPlain = false;
        }
        if (blockIndicators) {
            blockPlain = false;
        }
        return new ScalarAnalysis(lineBreaks, flowPlain, blockPlain, single, block);
    }

    static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** libyaml's is_printable, on code points: LF, printable ASCII, U+A0–U+D7FF, U+E000–U+FFFD except the BOM. */
    static boolean isPrintable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
