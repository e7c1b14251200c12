package dev.helmshift.template.exec;

import dev.helmshift.template.CompatDiagnostic;
import dev.helmshift.template.GoStrings;
import dev.helmshift.template.TemplateException;
import dev.helmshift.template.parse.Tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The implementation behind {@link TemplateSet}: the shared namespace of trees and the entry into execution. */
final class TemplateSetImpl {
    private final FuncMap funcs;
    private final String rootName;
    private final Map<String, Tree> templates;

    TemplateSetImpl(FuncMap funcs, String rootName) {
        this(funcs, rootName, new HashMap<>());
    }

    private TemplateSetImpl(FuncMap funcs, String rootName, Map<String, Tree> templates) {
        this.funcs = funcs;
        this.rootName = rootName;
        this.templates = templates;
    }

    FuncMap funcs() {
        return funcs;
    }

    void parse(String name, String text) {
        install(ParseCache.parse(name, text, funcs));
    }

    private void install(Map<String, Tree> trees) {
        for (Map.Entry<String, Tree> e : trees.entrySet()) {
            Tree old = templates.get(e.getKey());
            // Go's associate: an empty body does not replace an existing template.
            if (old != null && e.getValue().isEmpty()) {
                continue;
            }
            templates.put(e.getKey(), e.getValue());
        }
    }

    /**
     * Go's {@code t.New(name).Parse(text)} then {@code t.Execute}, as Helm's {@code tpl} does: the tree just parsed
     * runs even when it is empty and so did not replace an existing template of that name (a nested {@code tpl ""}
     * prints nothing; looking the name up would run the outer tpl's text again, without end).
     */
    String parseAndExecuteOwn(String name, String text, Object data, ExecOptions options, Map<String, Object> state,
                              Map<String, CompatDiagnostic> diagnostics) {
        Map<String, Tree> trees = ParseCache.parse(name, text, funcs);
        install(trees);
        Tree tree = trees.get(name);
        StringBuilder out = new StringBuilder(Math.max(64, tree.text().length()));
        new Executor(this, options, out, state, diagnostics).execute(tree, data);
        return out.toString();
    }

    Tree lookup(String name) {
        return templates.get(name);
    }

    boolean has(String name) {
        return templates.containsKey(name);
    }

    Set<String> names() {
        return java.util.Collections.unmodifiableSet(templates.keySet());
    }

    TemplateSetImpl copy() {
        return new TemplateSetImpl(funcs, rootName, new HashMap<>(templates));
    }

    ExecResult execute(String name, Object data, ExecOptions options) {
        Map<String, CompatDiagnostic> diagnostics = new LinkedHashMap<>();
        String output = DeepStack.call(() -> executeNested(name, data, options, new HashMap<>(), diagnostics));
        return new ExecResult(output, new ArrayList<>(diagnostics.values()));
    }

    String executeNested(String name, Object data, ExecOptions options, Map<String, Object> state,
                         Map<String, CompatDiagnostic> diagnostics) {
        Tree tree = templates.get(name);
        if (tree == null) {
            throw TemplateException.unpositioned("template: no template " + GoStrings.quote(name)
                    + " associated with template " + GoStrings.quote(rootName));
        }
        StringBuilder out = new StringBuilder(Math.max(64, tree.text().length()));
        new Executor(this, options, out, state, diagnostics).execute(tree, data);
        return out.toString();
    }
}
