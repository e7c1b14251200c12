package dev.helmshift.chart.schema.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * The compiled meta-schemas of every draft and vocabulary, compiled once per process with format assertions on
 * (as the library compiles them), so a {@code pattern} that is not a valid regex fails meta-validation.
 */
final class MetaSchemas {
    private MetaSchemas() {
    }

    private static final class Compiled {
        static final Map<Draft, Schema> DRAFTS = new HashMap<>();
        static final Map<String, Schema> VOCABULARIES = new HashMap<>();

        static {
            Compiler compiler = new Compiler(url -> {
                throw new SchemaException("meta-schemas load nothing remote: " + url);
            }, true);
            try {
                for (Draft d : Draft.ALL) {
                    DRAFTS.put(d, compiler.compile(d.url));
                    for (String vocab : d.allVocabs) {
                        VOCABULARIES.put(d.vocabularyUrl(vocab), compiler.compile(d.vocabularyUrl(vocab)));
                    }
                }
            } catch (SchemaException e) {
                throw new IllegalStateException("the embedded meta-schemas do not compile: " + e.getMessage(), e);
            }
        }
    }

    static Schema forDraft(Draft draft) {
        return Compiled.DRAFTS.get(draft);
    }

    /** The meta-schema of one vocabulary of a draft, or null for one the draft does not have. */
    static Schema vocabulary(Draft draft, String name) {
        return Compiled.VOCABULARIES.get(draft.vocabularyUrl(name));
    }
}
