package dev.helmshift.template.funcs.sprig;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.value.GoStrconv;
import dev.helmshift.template.funcs.value.TypedList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sprig's regex functions on RE2 (com.google.re2j), with Go's regexp semantics for repeated matches (an empty match
 * right after a match is skipped), for Split, and for {@code $1}/{@code ${name}} expansion in replacements.
 * The plain variants panic on a bad pattern (regexp.MustCompile); the {@code must} variants return the error.
 */
public final class Regexes {
    private Regexes() {
    }

    /**
     * regexp.Compile: the error text Go gives ({@code error parsing regexp: missing closing ): `(`}). A pattern that
     * is not UTF-8 is refused first, naming the rest of the pattern from the bad byte on.
     */
    static Pattern compile(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            if (GoBytes.isRawByteAt(regex, i)) {
                throw new FunctionException("error parsing regexp: invalid UTF-8: `" + regex.substring(i) + "`");
            }
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new FunctionException("error parsing regexp: " + e.getDescription() + ": `" + e.getPattern() + "`");
        }
    }

    /** regexp.MustCompile: a panic whose text quotes the pattern. */
    static Pattern mustCompile(String regex) {
        try {
            return compile(regex);
        } catch (FunctionException e) {
            throw new FunctionException("regexp: Compile(" + goQuote(regex) + "): " + e.getMessage());
        }
    }

    private static String goQuote(String s) {
        boolean backquotable = s.indexOf('`') < 0 && !GoBytes.hasRawBytes(s)
                && s.chars().noneMatch(c -> c < ' ' && c != '\t' || c == 0x7F);
        return backquotable ? "`" + s + "`" : GoStrconv.quote(s);
    }

    public static boolean regexMatch(String regex, String s) {
        try {
            return compile(regex).matcher(runes(s)).find();
        } catch (FunctionException e) {
            return false;
        }
    }

    public static boolean mustRegexMatch(String regex, String s) {
        return compile(regex).matcher(runes(s)).find();
    }

    public static List<Object> regexFindAll(String regex, String s, int n) {
        return findAll(mustCompile(regex), s, n);
    }

    public static List<Object> mustRegexFindAll(String regex, String s, int n) {
        return findAll(compile(regex), s, n);
    }

    public static String regexFind(String regex, String s) {
        return find(mustCompile(regex), s);
    }

    public static String mustRegexFind(String regex, String s) {
        return find(compile(regex), s);
    }

    public static String regexReplaceAll(String regex, String s, String repl) {
        return replaceAll(mustCompile(regex), s, repl, false);
    }

    public static String mustRegexReplaceAll(String regex, String s, String repl) {
        return replaceAll(compile(regex), s, repl, false);
    }

    public static String regexReplaceAllLiteral(String regex, String s, String repl) {
        return replaceAll(mustCompile(regex), s, repl, true);
    }

    public static String mustRegexReplaceAllLiteral(String regex, String s, String repl) {
        return replaceAll(compile(regex), s, repl, true);
    }

    public static List<Object> regexSplit(String regex, String s, int n) {
        return split(mustCompile(regex), regex, s, n);
    }

    public static List<Object> mustRegexSplit(String regex, String s, int n) {
        return split(compile(regex), regex, s, n);
    }

    /** regexp.QuoteMeta. */
    public static String regexQuoteMeta(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * What Go's regexp reads: a byte that is not UTF-8 is U+FFFD, one char for one char, so a match's positions are
     * positions in {@code s}, whose bytes the results keep.
     */
    private static String runes(String s) {
        return GoBytes.toValidUtf8(s);
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(runes(s));
        return m.find() ? s.substring(m.start(), m.end()) : "";
    }

    /** The matches Go's FindAll visits: [start, end, group starts/ends...] per match, at most n (all when n < 0). */
    private static List<int[]> matches(Pattern p, String s, int n) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(runes(s));
        int pos = 0;
        int prevEnd = -1;
        while ((n < 0 || out.size() < n) && pos <= s.length()) {
            if (!m.find(pos)) {
                break;
            }
            boolean accept = true;
            if (m.end() == m.start()) {
                if (m.start() == prevEnd) {
                    accept = false;
                }
                pos = m.end() < s.length() ? m.end() + Character.charCount(s.codePointAt(m.end())) : s.length() + 1;
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                int groups = m.groupCount();
                int[] match = new int[2 * (groups + 1)];
                for (int g = 0; g <= groups; g++) {
                    match[2 * g] = m.start(g);
                    match[2 * g + 1] = m.end(g);
                }
                out.add(match);
            }
        }
        return out;
    }

    private static List<Object> findAll(Pattern p, String s, int n) {
        List<String> out = new ArrayList<>();
        if (n != 0) {
            for (int[] match : matches(p, s, n)) {
                out.add(s.substring(match[0], match[1]));
            }
        }
        return TypedList.strings(out);
    }

    private static List<Object> split(Pattern p, String regex, String s, int n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return TypedList.strings(out);
        }
        if (!regex.isEmpty() && s.isEmpty()) {
            out.add("");
            return TypedList.strings(out);
        }
        int begin = 0;
        int end = 0;
        for (int[] match : matches(p, s, n)) {
            if (n > 0 && out.size() == n - 1) {
                break;
            }
            end = match[0];
            if (match[1] != 0) {
                out.add(s.substring(begin, end));
            }
            begin = match[1];
        }
        if (end != s.length()) {
            out.add(s.substring(begin));
        }
        return TypedList.strings(out);
    }

    /** Go's ReplaceAllString / ReplaceAllLiteralString. */
    private static String replaceAll(Pattern p, String s, String repl, boolean literal) {
        StringBuilder out = new StringBuilder();
        Matcher m = p.matcher(runes(s));
        Map<String, Integer> names = p.namedGroups();
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= s.length()) {
            if (!m.find(searchPos)) {
                break;
            }
            int start = m.start();
            int end = m.end();
            out.append(s, lastMatchEnd, start);
            if (end > lastMatchEnd || start == 0) {
                out.append(literal ? repl : expand(repl, m, names, s));
            }
            lastMatchEnd = end;
            int width = searchPos < s.length() ? Character.charCount(s.codePointAt(searchPos)) : 0;
            if (searchPos + width > end) {
                searchPos += width;
            } else if (searchPos + 1 > end) {
                searchPos++;
            } else {
                searchPos = end;
            }
        }
        out.append(s.substring(Math.min(lastMatchEnd, s.length())));
        return out.toString();
    }

    /** regexp's Expand: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}; names take the longest run. */
    private static String expand(String template, Matcher m, Map<String, Integer> names, String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                break;
            }
            out.append(template, i, dollar);
            i = dollar + 1;
            if (i < template.length() && template.charAt(i) == '$') {
                out.append('$');
                i++;
                continue;
            }
            boolean brace = i < template.length() && template.charAt(i) == '{';
            int nameStart = brace ? i + 1 : i;
            int j = nameStart;
            while (j < template.length()) {
                int c = template.codePointAt(j);
                if (!Character.isLetterOrDigit(c) && c != '_') {
                    break;
                }
                j += Character.charCount(c);
            }
            if (j == nameStart || (brace && (j >= template.length() || template.charAt(j) != '}'))) {
                out.append('$');
                continue;
            }
            String name = template.substring(nameStart, j);
            i = brace ? j + 1 : j;
            int group = groupNumber(name);
            if (group < 0 && names.containsKey(name)) {
                group = names.get(name);
            }
            if (group >= 0 && group <= m.groupCount() && m.start(group) >= 0) {
                out.append(s, m.start(group), m.end(group));
            }
        }
        out.append(template.substring(Math.min(i, template.length())));
        return out.toString();
    }

    private static int groupNumber(String name) {
        if (!name.chars().allMatch(c -> c >= '0' && c <= '9') || (name.length() > 1 && name.charAt(0) == '0')
                || name.length() > 8) {
            return -1;
        }
        return Integer.parseInt(name);
    }
}
