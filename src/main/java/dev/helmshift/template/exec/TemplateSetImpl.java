package dev.helmshift.template.exec;

import java.util.Set;

/** The implementation behind {@link TemplateSet}; being written (contract commit). */
final class TemplateSetImpl {
    private final FuncMap funcs;

    TemplateSetImpl(FuncMap funcs) {
        this.funcs = funcs;
    }

    FuncMap funcs() {
        return funcs;
    }

    void parse(String name, String text) {
        throw new UnsupportedOperationException("engine under construction");
    }

    boolean has(String name) {
        return false;
    }

    Set<String> names() {
        return Set.of();
    }

    ExecResult execute(String name, Object data, ExecOptions options) {
        throw new UnsupportedOperationException("engine under construction");
    }

    TemplateSetImpl copy() {
        return new TemplateSetImpl(funcs);
    }
}
