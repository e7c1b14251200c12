package dev.helmshift.analysis.validate;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values paths the templates read, from their source text: every {@code .Values.a.b.c} chain (also as
 * {@code $.Values...}). A subchart's template ({@code <chart>/charts/<sub>/templates/...}) reads its own values, so its
 * paths get the {@code <sub>.} prefix, except {@code global.*}, which is shared.
 * <p>This is an approximation, and says so: paths read through {@code index .Values "a"}, through variables
 * ({@code $x := .Values.a} then {@code $x.b}) or relative to {@code with}/{@code range} dots are not seen. It is only
 * used to accept keys that are absent from the defaults, so what it misses can only make a key look unknown.
 */
public final class TemplateReferences {
    private static final Pattern VALUES_CHAIN = Pattern.compile("\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_]*)+)");

    private TemplateReferences() {
    }

    /** @param templates template source text by name, e.g. {@code istio/charts/pilot/templates/deployment.yaml} */
    public static Set<String> scan(Map<String, String> templates) {
        Set<String> paths = new TreeSet<>();
        templates.forEach((name, text) -> {
            String prefix = valuesPrefix(name);
            Matcher m = VALUES_CHAIN.matcher(text);
            while (m.find()) {
                String path = m.group(1).substring(1);
                paths.add(prefix.isEmpty() || path.equals("global") || path.startsWith("global.") ? path : prefix + "." + path);
            }
        });
        return paths;
    }

    /** {@code istio/charts/pilot/templates/x.yaml -> pilot}; nested subcharts chain: {@code a.b}. */
    static String valuesPrefix(String templateName) {
        String[] parts = templateName.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 1; i + 1 < parts.length; i++) {
            if (parts[i].equals("charts")) {
                if (prefix.length() > 0) {
                    prefix.append('.');
                }
                prefix.append(parts[i + 1]);
                i++;
            } else if (parts[i].equals("templates")) {
                break;
            }
        }
        return prefix.toString();
    }
}
