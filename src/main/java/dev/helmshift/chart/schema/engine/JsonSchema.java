package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoJsonException;
import dev.helmshift.chart.schema.golang.GoJsonStream;

/**
 * A compiled JSON schema with the semantics of santhosh-tekuri/jsonschema v6.0.2 as helm v4.1.4 configures it:
 * the document is read with {@code UseNumber}, added as the resource {@code file:///values.schema.json} and compiled
 * from there; no default draft is set (so no {@code $schema} means 2020-12), formats are asserted only where the
 * library asserts them by default (drafts 4 to 7), content keywords never. Compile once, validate many values;
 * a compiled schema is immutable and safe to share between threads.
 */
public final class JsonSchema {
    /** Where helm puts the chart's schema; relative references resolve against it. */
    public static final String HELM_LOCATION = "file:///values.schema.json";

    private final Schema root;

    private JsonSchema(Schema root) {
        this.root = root;
    }

    /**
     * Compiles a schema document as helm's {@code ValidateAgainstSingleSchema} does.
     *
     * @param json   the bytes of values.schema.json
     * @param loader where referenced documents come from ({@link HelmUrlLoader} mirrors helm's loaders)
     * @throws SchemaException with the text helm prints for an unusable schema
     */
    public static JsonSchema compile(byte[] json, UrlLoader loader) throws SchemaException {
        Object doc;
        try {
            doc = GoJsonStream.decode(json);
        } catch (GoJsonException e) {
            throw new SchemaException(e.getMessage());
        }
        try {
            Compiler compiler = new Compiler(loader, false);
            compiler.addResource(HELM_LOCATION, doc);
            return new JsonSchema(compiler.compile(HELM_LOCATION));
        } catch (RuntimeException | StackOverflowError e) {
            // helm recovers a panic of the library into this text
            throw new SchemaException("unable to validate schema: " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }

    /**
     * The classpath resources compiling reads: the meta-schemas, which com.networknt:json-schema-validator ships
     * (listed for the native image's resource includes).
     */
    public static java.util.List<String> metaSchemaResources() {
        return MetaSchemaDocuments.PATHS;
    }

    /** Validates a value of the values model; null when it conforms. */
    public ValidationError validate(Object instance) {
        return Validator.validateRoot(root, instance, null, null);
    }
}
