package dev.helmshift.docs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Expected text with elisions, as the pages show output: a line that is only {@code …} stands for any number of
 * lines (none included), and {@code …} inside a line for any text on that line. Trailing spaces never count
 * (editors strip them from pages; tables pad with them).
 */
final class LooseText {
    static final String ELLIPSIS = "…";

    private LooseText() {
    }

    static boolean matches(List<String> expected, List<String> actual) {
        Boolean[][] memo = new Boolean[expected.size() + 1][actual.size() + 1];
        return matches(expected, 0, actual, 0, memo);
    }

    private static boolean matches(List<String> expected, int i, List<String> actual, int j, Boolean[][] memo) {
        if (memo[i][j] != null) {
            return memo[i][j];
        }
        boolean result;
        if (i == expected.size()) {
            result = j == actual.size();
        } else if (expected.get(i).strip().equals(ELLIPSIS)) {
            result = matches(expected, i + 1, actual, j, memo) || (j < actual.size() && matches(expected, i, actual, j + 1, memo));
        } else {
            result = j < actual.size() && lineMatches(expected.get(i), actual.get(j)) && matches(expected, i + 1, actual, j + 1, memo);
        }
        memo[i][j] = result;
        return result;
    }

    static boolean lineMatches(String expected, String actual) {
        String e = expected.stripTrailing();
        String a = actual.stripTrailing();
        if (!e.contains(ELLIPSIS)) {
            return e.equals(a);
        }
        StringBuilder regex = new StringBuilder();
        String[] parts = e.split(ELLIPSIS, -1);
        for (int k = 0; k < parts.length; k++) {
            regex.append(k == 0 ? "" : ".*").append(Pattern.quote(parts[k]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(a).matches();
    }
}
