package dev.helmshift.template.exec;

import dev.helmshift.template.TemplateException;

import java.util.Map;
import java.util.Set;

/**
 * A set of named templates sharing one namespace, like a Go {@code *template.Template} with its associated
 * templates: the entry point for the renderer.
 *
 * <pre>{@code
 * TemplateSet set = TemplateSet.create(funcs);          // funcs: builtins + Sprig + Helm
 * set.parseAll(sourcesInHelmOrder);                      // name -> text; defines are global to the set
 * ExecResult r = set.execute("istio/templates/a.yaml", data, ExecOptions.helm());
 * }</pre>
 *
 * <p>Each parsed source adds a template under its own name plus one per {@code define}/{@code block} it holds. When
 * a name is defined again, the later definition wins, except that an empty body (only text of spaces, or nothing)
 * does not replace a non-empty one (Go's rule). Helm parses templates ordered by path depth, deepest first, then by
 * name, so that a parent chart's define overrides a subchart's; the caller passes them in that order.
 *
 * <p>After parsing, {@link #execute} may be called from several threads at once. Parsed trees are cached by text,
 * so parsing the same file again (another profile) is cheap.
 */
public final class TemplateSet {
    private final TemplateSetImpl impl;

    private TemplateSet(TemplateSetImpl impl) {
        this.impl = impl;
    }

    /**
     * An empty set whose templates may call the functions of {@code funcs} (the parser checks the names). The root
     * is named {@code gotpl} (Helm's), which shows in {@code no template "x" associated with template "gotpl"}.
     */
    public static TemplateSet create(FuncMap funcs) {
        return create(funcs, "gotpl");
    }

    /** An empty set with the given root name. */
    public static TemplateSet create(FuncMap funcs, String rootName) {
        return new TemplateSet(new TemplateSetImpl(funcs.copy(), rootName));
    }

    /**
     * Parses {@code text} as template {@code name} and adds it and its defines to the set.
     *
     * @throws TemplateException a parse error in Go's form {@code template: NAME:LINE: DETAIL}
     */
    public TemplateSet parse(String name, String text) {
        impl.parse(name, text);
        return this;
    }

    /** Parses every entry, in the map's iteration order. Stops at the first parse error. */
    public TemplateSet parseAll(Map<String, String> sources) {
        sources.forEach(impl::parse);
        return this;
    }

    public boolean has(String name) {
        return impl.has(name);
    }

    /** The names of all templates, defines included. */
    public Set<String> names() {
        return impl.names();
    }

    /**
     * Executes template {@code name} with {@code data} as dot (and {@code $}).
     *
     * @throws TemplateException an execution error in Go's positioned form, or
     *                           {@code template: no template "NAME" associated with template "..."}
     */
    public ExecResult execute(String name, Object data, ExecOptions options) {
        return impl.execute(name, data, options);
    }

    /** An independent copy: templates added to the copy do not appear here (Go's Clone). */
    public TemplateSet copy() {
        return new TemplateSet(impl.copy());
    }

    /** The functions this set was created with. */
    public FuncMap funcs() {
        return impl.funcs().copy();
    }
}
