package dev.helmshift.chart.schema.engine;

/** Loads the JSON document at an absolute URL, as the library's {@code URLLoader}. */
@FunctionalInterface
public interface UrlLoader {
    /**
     * The decoded document ({@link dev.helmshift.chart.schema.golang.GoJsonStream}'s value model).
     *
     * @throws SchemaException with the loader's error text, which the compiler wraps as
     *                         {@code failing loading "URL": TEXT}
     */
    Object load(String url) throws SchemaException;
}
