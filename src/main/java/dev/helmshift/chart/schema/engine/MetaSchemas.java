package dev.helmshift.chart.schema.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The compiled meta-schemas, compiled once per process with format assertions on (as the library compiles them, so
 * a {@code pattern} that is not a valid regex fails meta-validation), each draft when it is first needed: most
 * charts use one draft, and compiling all five costs a command hundreds of milliseconds on a cold JVM.
 */
final class MetaSchemas {
    private static final Compiler COMPILER = new Compiler(url -> {
        throw new SchemaException("meta-schemas load nothing remote: " + url);
    }, true);
    private static final Map<String, Schema> COMPILED = new HashMap<>();

    private MetaSchemas() {
    }

    static synchronized Schema forDraft(Draft draft) {
        return compiled(draft.url);
    }

    /** The meta-schema of one vocabulary of a draft, or null for one the draft does not have. */
    static synchronized Schema vocabulary(Draft draft, String name) {
        return draft.allVocabs.contains(name) ? compiled(draft.vocabularyUrl(name)) : null;
    }

    private static Schema compiled(String url) {
        Schema schema = COMPILED.get(url);
        if (schema == null) {
            try {
                schema = COMPILER.compile(url);
            } catch (SchemaException e) {
                throw new IllegalStateException("the embedded meta-schema " + url + " does not compile: " + e.getMessage(), e);
            }
            COMPILED.put(url, schema);
        }
        return schema;
    }
}
