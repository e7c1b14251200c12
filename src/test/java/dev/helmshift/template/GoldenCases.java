package dev.helmshift.template;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The golden template cases: {@code golden/template/cases.txt} (template and values) and {@code expected.txt}
 * (what helm v4.1.4 printed for them, written by regenerate-with-helm.py).
 */
public final class GoldenCases {
    static final String TEMPLATE_NAME = "c/templates/t.yaml";

    record Case(String name, Map<String, Object> values, String template, boolean isError, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private GoldenCases() {
    }

    static List<Case> load() {
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String[] block : blocks(read("golden/template/expected.txt"))) {
            String body = block[1];
            int nl = body.indexOf('\n');
            String kind = body.substring(0, nl);
            String text = body.substring(nl + 1);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            expected.put(block[0], new String[]{kind, text});
        }
        List<Case> cases = new ArrayList<>();
        for (String[] block : blocks(read("golden/template/cases.txt"))) {
            String body = block[1];
            Map<String, Object> values = Map.of();
            if (body.startsWith("values: ")) {
                int nl = body.indexOf('\n');
                values = helmValues(body.substring("values: ".length(), nl));
                body = body.substring(nl + 1);
            }
            if (body.endsWith("\n")) {
                body = body.substring(0, body.length() - 1);
            }
            String[] exp = expected.get(block[0]);
            if (exp == null) {
                throw new IllegalStateException("no expectation for case " + block[0] + "; run regenerate-with-helm.py");
            }
            cases.add(new Case(block[0], values, body, exp[0].equals("ERR"), exp[1]));
        }
        return cases;
    }

    private static List<String[]> blocks(String text) {
        List<String[]> out = new ArrayList<>();
        String[] parts = Pattern.compile("^### ", Pattern.MULTILINE).split(text);
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            out.add(new String[]{parts[i].substring(0, nl).trim(), parts[i].substring(nl + 1)});
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = GoldenCases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values as Helm sees them: YAML, then every number a float64 (Helm goes YAML → JSON → Go). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> helmValues(String yaml) {
        Object loaded = new Yaml().load(yaml);
        return loaded == null ? new LinkedHashMap<>() : (Map<String, Object>) asHelm(loaded);
    }

    private static Object asHelm(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), asHelm(val)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(e -> out.add(asHelm(e)));
            return out;
        }
        return v;
    }

    /** How helm v4 prints a template error on stderr (after "Error: "), built from our exception's pieces. */
    public static String helmErrorText(TemplateException e) {
        String message = e.getMessage();
        if (e.phase() == TemplateException.Phase.PARSE) {
            String[] tokens = message.split(": ", -1);
            return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
        }
        if (e.node() == null || e.detail().startsWith("error calling ")) {
            return message;
        }
        return e.templateName() + ":" + e.line() + ":" + e.column() + "\n  executing " + GoStrings.quote(e.executing())
                + " at <" + e.node() + ">:\n    " + e.detail();
    }
}
