package dev.helmshift.goyaml;

import java.util.Map;

/**
 * The Go type sigs.k8s.io/yaml converts a document for: its YAML → JSON step looks at the target, and a YAML number or
 * boolean meant for a {@code string} field becomes that field's text ({@code appVersion: 1.10} is "1.1", a float
 * printed with 32 bits). Struct fields match their JSON names exactly, else ignoring case, as encoding/json does.
 */
public sealed interface GoTarget {
    /** {@code interface{}}: no conversion. */
    GoTarget ANY = new Any();
    /** A Go string. */
    GoTarget STRING = new Str();

    record Any() implements GoTarget {
    }

    record Str() implements GoTarget {
    }

    /** {@code map[string]V}. */
    record MapOf(GoTarget element) implements GoTarget {
    }

    /** {@code []V}. */
    record ListOf(GoTarget element) implements GoTarget {
    }

    /** A struct: JSON field name → type. */
    record Struct(Map<String, GoTarget> fields) implements GoTarget {
        public Struct {
            fields = Map.copyOf(fields);
        }

        /** The field a key fills: the exact name, else the first that equals it ignoring case; null for none. */
        GoTarget field(String key) {
            GoTarget exact = fields.get(key);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, GoTarget> f : fields.entrySet()) {
                if (f.getKey().equalsIgnoreCase(key)) {
                    return f.getValue();
                }
            }
            return null;
        }
    }
}
