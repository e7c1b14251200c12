package dev.helmshift.template.exec;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.CompatDiagnostic;
import dev.helmshift.template.GoCompat;
import dev.helmshift.template.GoStrings;
import dev.helmshift.template.TemplateException;
import dev.helmshift.template.parse.Node;
import dev.helmshift.template.parse.Node.*;
import dev.helmshift.template.parse.Tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The state of one execution of one template (Go's exec.go {@code state}): evaluates the tree with Go's semantics
 * and writes the output. Not thread-safe; one per execution.
 *
 * <p>Go distinguishes a nil interface value (a map entry that is nil: a field of it is a nil-pointer error) from the
 * invalid value (a nil that went through a pipeline: fields of it are silently empty). Both are Java null here; the
 * flag {@link #resultIface} (and the per-variable and dot flags) say whether the last value still has the static
 * type {@code interface {}}, which also decides the type name in {@code can't evaluate field X in type T}.
 */
final class Executor implements CallContext {
    /** Go's missingVal: no final value from a previous pipeline stage. */
    private static final Object MISSING = new Object();

    /** Unwinds to the enclosing range; preallocated, no stack trace. */
    private static final class LoopSignal extends RuntimeException {
        LoopSignal(String name) {
            super(name, null, false, false);
        }
    }

    private static final LoopSignal BREAK = new LoopSignal("break");
    private static final LoopSignal CONTINUE = new LoopSignal("continue");

    private final TemplateSetImpl set;
    private final ExecOptions options;
    private final StringBuilder out;
    private final Map<String, Object> executionState;
    private final Map<String, CompatDiagnostic> diagnostics;

    private Tree tree;
    private Node node;
    private int depth;
    private boolean dotIface;
    private boolean resultIface;

    private String[] varNames = new String[16];
    private Object[] varValues = new Object[16];
    private boolean[] varIface = new boolean[16];
    private int varCount;

    Executor(TemplateSetImpl set, ExecOptions options, StringBuilder out, Map<String, Object> executionState,
             Map<String, CompatDiagnostic> diagnostics) {
        this.set = set;
        this.options = options;
        this.out = out;
        this.executionState = executionState;
        this.diagnostics = diagnostics;
    }

    void execute(Tree template, Object data) {
        this.tree = template;
        push("$", data, false);
        try {
            walk(data, template.root());
        } catch (StackOverflowError e) {
            throw error("exceeded maximum template depth (" + options.maxDepth() + ")");
        }
    }

    // ---- variables ----

    private void push(String name, Object value, boolean iface) {
        if (varCount == varNames.length) {
            int n = varCount * 2;
            varNames = Arrays.copyOf(varNames, n);
            varValues = Arrays.copyOf(varValues, n);
            varIface = Arrays.copyOf(varIface, n);
        }
        varNames[varCount] = name;
        varValues[varCount] = value;
        varIface[varCount] = iface;
        varCount++;
    }

    private void pop(int mark) {
        for (int i = mark; i < varCount; i++) {
            varValues[i] = null;
        }
        varCount = mark;
    }

    private void setVar(String name, Object value, boolean iface) {
        for (int i = varCount - 1; i >= 0; i--) {
            if (varNames[i].equals(name)) {
                varValues[i] = value;
                varIface[i] = iface;
                return;
            }
        }
        throw error("undefined variable: " + name);
    }

    private void setTopVar(int n, Object value, boolean iface) {
        varValues[varCount - n] = value;
        varIface[varCount - n] = iface;
    }

    private int findVar(String name) {
        for (int i = varCount - 1; i >= 0; i--) {
            if (varNames[i].equals(name)) {
                return i;
            }
        }
        throw error("undefined variable: " + name);
    }

    // ---- errors ----

    private TemplateException error(String detail) {
        return error(detail, null);
    }

    private TemplateException error(String detail, Throwable cause) {
        if (node == null) {
            return TemplateException.unpositioned("template: " + tree.name() + ": " + detail);
        }
        int pos = node.pos();
        return TemplateException.exec(tree.parseName(), tree.lineOf(pos), tree.columnOf(pos), tree.name(),
                node.toString(), detail, cause);
    }

    // ---- walking ----

    private void walk(Object dot, Node n) {
        node = n;
        if (n instanceof TextNode t) {
            out.append(t.text());
        } else if (n instanceof ActionNode a) {
            Object val = evalPipeline(dot, a.pipe());
            if (a.pipe().decl().isEmpty()) {
                printValue(a, val);
            }
        } else if (n instanceof ListNode list) {
            List<Node> nodes = list.nodes();
            for (int i = 0, size = nodes.size(); i < size; i++) {
                walk(dot, nodes.get(i));
            }
        } else if (n instanceof BranchNode b) {
            if (b.kind() == BranchKind.RANGE) {
                walkRange(dot, b);
            } else {
                walkIfOrWith(dot, b);
            }
        } else if (n instanceof TemplateNode t) {
            walkTemplate(dot, t);
        } else if (n instanceof BreakNode) {
            throw BREAK;
        } else if (n instanceof ContinueNode) {
            throw CONTINUE;
        } else {
            throw error("unknown node: " + n);
        }
    }

    private void walkIfOrWith(Object dot, BranchNode b) {
        int mark = varCount;
        Object val = evalPipeline(dot, b.pipe());
        if (GoValues.isTrue(val)) {
            if (b.kind() == BranchKind.WITH) {
                boolean savedIface = dotIface;
                dotIface = false;
                walk(val, b.list());
                dotIface = savedIface;
            } else {
                walk(dot, b.list());
            }
        } else if (b.elseList() != null) {
            walk(dot, b.elseList());
        }
        pop(mark);
    }

    private void walkRange(Object dot, BranchNode r) {
        node = r;
        int outerMark = varCount;
        Object val = evalPipeline(dot, r.pipe());
        int mark = varCount;
        boolean savedIface = dotIface;
        boolean ran = false;
        try {
            // elements of []interface{} and map[string]interface{} keep the static type interface {}
            boolean elemIface = !(val instanceof GoTyped);
            if (val instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    ran = true;
                    oneIteration(r, Integer.valueOf(i), false, list.get(i), elemIface, mark);
                }
            } else if (val instanceof byte[] bytes) {
                // a []byte (.Files.GetBytes) ranges over its uint8 elements
                for (int i = 0; i < bytes.length; i++) {
                    ran = true;
                    oneIteration(r, Integer.valueOf(i), false, bytes[i] & 0xff, false, mark);
                }
            } else if (val instanceof Map<?, ?> map) {
                if (!map.isEmpty()) {
                    List<String> keys = new ArrayList<>(map.size());
                    for (Object k : map.keySet()) {
                        keys.add((String) k);
                    }
                    keys.sort(GoBytes::compare);
                    for (String k : keys) {
                        ran = true;
                        oneIteration(r, k, false, map.get(k), elemIface, mark);
                    }
                }
            } else if (val instanceof Integer || val instanceof Long) {
                if (r.pipe().decl().size() > 1) {
                    throw error("can't use " + GoFmt.formatValue(val) + " to iterate over more than one variable");
                }
                long n = ((Number) val).longValue();
                for (long i = 0; i < n; i++) {
                    ran = true;
                    Object v = val instanceof Integer ? (Object) Integer.valueOf((int) i) : (Object) Long.valueOf(i);
                    oneIteration(r, v, false, v, false, mark);
                }
            } else if (val != null) {
                throw error("range can't iterate over " + GoFmt.formatValue(val));
            }
        } catch (LoopSignal signal) {
            if (signal != BREAK) {
                throw signal;
            }
            dotIface = savedIface;
            pop(outerMark);
            return;
        }
        dotIface = savedIface;
        if (!ran && r.elseList() != null) {
            walk(dot, r.elseList());
        }
        pop(outerMark);
    }

    private void oneIteration(BranchNode r, Object index, boolean indexIface, Object elem, boolean elemIface,
                              int mark) {
        PipeNode pipe = r.pipe();
        List<VariableNode> decl = pipe.decl();
        if (!decl.isEmpty()) {
            if (pipe.isAssign()) {
                if (decl.size() > 1) {
                    setVar(decl.get(0).ident()[0], index, indexIface);
                } else {
                    setVar(decl.get(0).ident()[0], elem, elemIface);
                }
            } else {
                setTopVar(1, elem, elemIface);
            }
        }
        if (decl.size() > 1) {
            if (pipe.isAssign()) {
                setVar(decl.get(1).ident()[0], elem, elemIface);
            } else {
                setTopVar(2, index, indexIface);
            }
        }
        dotIface = elemIface;
        try {
            walk(elem, r.list());
        } catch (LoopSignal signal) {
            if (signal != CONTINUE) {
                throw signal;
            }
        } finally {
            pop(mark);
        }
    }

    private void walkTemplate(Object dot, TemplateNode t) {
        node = t;
        Tree target = set.lookup(t.name());
        if (target == null) {
            throw error("template " + GoStrings.quote(t.name()) + " not defined");
        }
        if (depth == options.maxDepth()) {
            throw error("exceeded maximum template depth (" + options.maxDepth() + ")");
        }
        Object newDot = evalPipeline(dot, t.pipe());
        // No dynamic scoping: the called template sees only $ (its dot).
        Tree savedTree = tree;
        String[] savedNames = varNames;
        Object[] savedValues = varValues;
        boolean[] savedIfaces = varIface;
        int savedCount = varCount;
        boolean savedDotIface = dotIface;
        varNames = new String[8];
        varValues = new Object[8];
        varIface = new boolean[8];
        varCount = 0;
        push("$", newDot, false);
        tree = target;
        depth++;
        dotIface = false;
        walk(newDot, target.root());
        depth--;
        tree = savedTree;
        varNames = savedNames;
        varValues = savedValues;
        varIface = savedIfaces;
        varCount = savedCount;
        dotIface = savedDotIface;
    }

    // ---- evaluation ----

    private Object evalPipeline(Object dot, PipeNode pipe) {
        if (pipe == null) {
            return null;
        }
        node = pipe;
        Object value = MISSING;
        List<CommandNode> cmds = pipe.cmds();
        for (int i = 0, size = cmds.size(); i < size; i++) {
            value = evalCommand(dot, cmds.get(i), value);
        }
        List<VariableNode> decl = pipe.decl();
        for (int i = 0, size = decl.size(); i < size; i++) {
            if (pipe.isAssign()) {
                setVar(decl.get(i).ident()[0], value, false);
            } else {
                push(decl.get(i).ident()[0], value, false);
            }
        }
        return value;
    }

    private void notAFunction(List<Node> args, Object fin) {
        if (args.size() > 1 || fin != MISSING) {
            throw error("can't give argument to non-function " + args.get(0));
        }
    }

    private Object evalCommand(Object dot, CommandNode cmd, Object fin) {
        Node first = cmd.args().get(0);
        if (first instanceof FieldNode f) {
            return evalFieldNode(dot, f, cmd.args(), fin);
        }
        if (first instanceof ChainNode c) {
            return evalChainNode(dot, c, cmd.args(), fin);
        }
        if (first instanceof IdentifierNode id) {
            return evalFunction(dot, id, cmd, cmd.args(), fin);
        }
        if (first instanceof PipeNode p) {
            if (options.compat() == GoCompat.LEGACY) {
                if (cmd.args().size() > 1 || fin != MISSING) {
                    recordLegacyRescue(cmd);
                }
            } else {
                notAFunction(cmd.args(), fin);
            }
            return evalPipeline(dot, p);
        }
        if (first instanceof VariableNode v) {
            return evalVariableNode(dot, v, cmd.args(), fin);
        }
        node = first;
        notAFunction(cmd.args(), fin);
        if (first instanceof BoolNode b) {
            return b.value();
        }
        if (first instanceof DotNode) {
            return dot;
        }
        if (first instanceof NilNode) {
            throw error("nil is not a command");
        }
        if (first instanceof NumberNode num) {
            return idealConstant(num);
        }
        if (first instanceof StringNode s) {
            return s.text();
        }
        throw error("can't evaluate command " + GoStrings.quote(first.toString()));
    }

    private void recordLegacyRescue(CommandNode cmd) {
        Node at = node;
        int pos = at.pos();
        String key = tree.parseName() + ":" + pos;
        if (diagnostics.containsKey(key)) {
            return;
        }
        List<Node> args = cmd.args();
        String first = "(" + args.get(0) + ")";
        String fix;
        if (args.size() > 1 && args.get(1) instanceof IdentifierNode fn) {
            StringBuilder b = new StringBuilder(fn.ident()).append(' ').append(first);
            for (int i = 2; i < args.size(); i++) {
                Node a = args.get(i);
                b.append(' ').append(a instanceof PipeNode ? "(" + a + ")" : a.toString());
            }
            fix = "write \"" + b + "\"";
        } else {
            fix = "remove what follows " + first;
        }
        diagnostics.put(key, new CompatDiagnostic(tree.parseName(), tree.lineOf(pos), tree.columnOf(pos),
                cmd.toString(), "legacy Go (<= 1.13) ignored the arguments after " + first
                + "; current Go fails with \"can't give argument to non-function " + args.get(0) + "\"", fix));
    }

    private Object idealConstant(NumberNode c) {
        node = c;
        if (c.isComplex()) {
            throw error("complex numbers are not supported: " + c.text());
        }
        String text = c.text();
        boolean hexInt = text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')
                && text.indexOf('p') < 0 && text.indexOf('P') < 0;
        boolean runeInt = !text.isEmpty() && text.charAt(0) == '\'';
        if (c.isFloat() && !hexInt && !runeInt && containsAny(text, ".eEpP")) {
            return c.float64();
        }
        if (c.isInt()) {
            long v = c.int64();
            return v == (int) v ? (Object) Integer.valueOf((int) v) : (Object) Long.valueOf(v);
        }
        if (c.isUint()) {
            throw error(text + " overflows int");
        }
        return null;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Object evalFieldNode(Object dot, FieldNode field, List<Node> args, Object fin) {
        node = field;
        return evalFieldChain(dot, dot, dotIface, field, field.ident(), 0, args, fin);
    }

    private Object evalChainNode(Object dot, ChainNode chain, List<Node> args, Object fin) {
        node = chain;
        if (chain.node() instanceof NilNode) {
            throw error("indirection through explicit nil in " + chain);
        }
        Object receiver = evalArg(dot, GoType.ANY, chain.node());
        return evalFieldChain(dot, receiver, resultIface, chain, chain.fields(), 0, args, fin);
    }

    private Object evalVariableNode(Object dot, VariableNode variable, List<Node> args, Object fin) {
        node = variable;
        int index = findVar(variable.ident()[0]);
        Object value = varValues[index];
        boolean iface = varIface[index];
        if (variable.ident().length == 1) {
            notAFunction(args == null ? List.of(variable) : args, fin);
            resultIface = iface;
            return value;
        }
        return evalFieldChain(dot, value, iface, variable, variable.ident(), 1, args, fin);
    }

    private Object evalFieldChain(Object dot, Object receiver, boolean iface, Node at, String[] ident, int from,
                                  List<Node> args, Object fin) {
        int n = ident.length;
        for (int i = from; i < n - 1; i++) {
            receiver = evalField(dot, ident[i], at, null, MISSING, receiver, iface);
            iface = resultIface;
        }
        return evalField(dot, ident[n - 1], at, args, fin, receiver, iface);
    }

    private Object evalField(Object dot, String fieldName, Node at, List<Node> args, Object fin, Object receiver,
                             boolean iface) {
        if (receiver == null && !iface) {
            if (options.missingKey() == MissingKey.ERROR) {
                throw error("nil data; no entry for key " + GoStrings.quote(fieldName));
            }
            resultIface = false;
            return null;
        }
        if (receiver == null) {
            throw error("nil pointer evaluating interface {}." + fieldName);
        }
        // Go looks for a method first, whatever the kind of the receiver (a named map type may have methods).
        GoStruct struct = receiver instanceof GoStruct s ? s : null;
        if (struct != null) {
            GoFunction method = struct.method(fieldName);
            if (method != null) {
                return evalCall(dot, method, false, at, fieldName, args, fin);
            }
        }
        boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
        if (receiver instanceof Map<?, ?> map) {
            if (hasArgs) {
                throw error(fieldName + " is not a method but has arguments");
            }
            Object v = map.get(fieldName);
            if (v != null || map.containsKey(fieldName)) {
                resultIface = !(map instanceof GoTyped);
                return v;
            }
            switch (options.missingKey()) {
                case ZERO -> {
                    resultIface = true;
                    return null;
                }
                case ERROR -> throw error("map has no entry for key " + GoStrings.quote(fieldName));
                default -> {
                    resultIface = false;
                    return null;
                }
            }
        }
        if (struct != null) {
            Object v = struct.field(fieldName);
            if (v != GoStruct.NO_FIELD) {
                if (hasArgs) {
                    throw error(fieldName + " has arguments but cannot be invoked as function");
                }
                resultIface = v == null;
                return v;
            }
        }
        String type = iface ? "interface {}" : GoValues.typeName(receiver);
        throw error("can't evaluate field " + fieldName + " in type " + type);
    }

    private Object evalFunction(Object dot, IdentifierNode id, Node cmd, List<Node> args, Object fin) {
        node = id;
        GoFunction fn = set.funcs().get(id.ident());
        if (fn == null) {
            throw error(GoStrings.quote(id.ident()) + " is not a defined function");
        }
        return evalCall(dot, fn, true, cmd, id.ident(), args, fin);
    }

    private Object evalCall(Object dot, GoFunction fn, boolean isFunction, Node at, String name, List<Node> args,
                            Object fin) {
        List<Node> argNodes = args == null || args.isEmpty() ? List.of() : args.subList(1, args.size());
        Signature sig = fn.signature();
        List<ParamType> params = sig.params();
        int numIn = argNodes.size() + (fin != MISSING ? 1 : 0);
        int numFixed = argNodes.size();
        if (sig.isVariadic()) {
            numFixed = params.size();
            if (numIn < numFixed) {
                throw error("wrong number of args for " + name + ": want at least " + params.size() + " got "
                        + argNodes.size());
            }
        } else if (numIn != params.size()) {
            throw error("wrong number of args for " + name + ": want " + params.size() + " got " + numIn);
        }
        if (isFunction && (fn == LogicFunctions.AND || fn == LogicFunctions.OR)) {
            return evalLogic(dot, fn == LogicFunctions.OR, argNodes, fin);
        }
        Object[] argv = new Object[numIn];
        int i = 0;
        for (; i < numFixed && i < argNodes.size(); i++) {
            argv[i] = evalArg(dot, params.get(i), argNodes.get(i));
        }
        if (sig.isVariadic()) {
            for (; i < argNodes.size(); i++) {
                argv[i] = evalArg(dot, sig.variadic(), argNodes.get(i));
            }
        }
        if (fin != MISSING) {
            ParamType t;
            if (sig.isVariadic()) {
                t = numIn - 1 < numFixed ? params.get(numIn - 1) : sig.variadic();
            } else {
                t = params.get(params.size() - 1);
            }
            argv[i] = validateType(fin, false, t);
        }
        Node callNode = at;
        try {
            Object result = fn.body().call(this, argv);
            resultIface = false;
            // A function that joins strings (printf, join, replace, include, ...) may join the halves of a cut character.
            return result instanceof String s ? GoBytes.rejoined(s) : result;
        } catch (FunctionException e) {
            node = callNode;
            throw error("error calling " + name + ": " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
        } catch (TemplateException e) {
            node = callNode;
            throw error("error calling " + name + ": " + e.getMessage(), e);
        } catch (LoopSignal e) {
            throw e;
        }
    }

    private Object evalLogic(Object dot, boolean isOr, List<Node> argNodes, Object fin) {
        if (options.compat() == GoCompat.LEGACY) {
            // Go <= 1.17: an ordinary function, every argument is evaluated.
            List<Object> values = new ArrayList<>(argNodes.size() + 1);
            for (Node a : argNodes) {
                values.add(evalArg(dot, GoType.ANY, a));
            }
            if (fin != MISSING) {
                values.add(fin);
            }
            resultIface = false;
            return LogicFunctions.pick(values.toArray(), isOr);
        }
        Object v = null;
        for (Node a : argNodes) {
            v = evalArg(dot, GoType.ANY, a);
            if (GoValues.isTrue(v) == isOr) {
                resultIface = false;
                return v;
            }
        }
        if (fin != MISSING) {
            v = fin;
        }
        resultIface = false;
        return v;
    }

    private Object evalArg(Object dot, ParamType type, Node n) {
        node = n;
        if (n instanceof DotNode) {
            return validateType(dot, dotIface, type);
        }
        if (n instanceof NilNode) {
            if (canBeNil(type)) {
                resultIface = false;
                return null;
            }
            throw error("cannot assign nil to " + type.goName());
        }
        if (n instanceof FieldNode f) {
            Object v = evalFieldNode(dot, f, null, MISSING);
            return validateType(v, resultIface, type);
        }
        if (n instanceof VariableNode v) {
            Object value = evalVariableNode(dot, v, null, MISSING);
            return validateType(value, resultIface, type);
        }
        if (n instanceof PipeNode p) {
            return validateType(evalPipeline(dot, p), false, type);
        }
        if (n instanceof IdentifierNode id) {
            return validateType(evalFunction(dot, id, id, null, MISSING), false, type);
        }
        if (n instanceof ChainNode c) {
            Object value = evalChainNode(dot, c, null, MISSING);
            return validateType(value, resultIface, type);
        }
        resultIface = false;
        if (!(type instanceof GoType basic)) {
            throw error("can't handle " + n + " for arg of type " + type.goName());
        }
        switch (basic) {
            case BOOL -> {
                if (n instanceof BoolNode b) {
                    return b.value();
                }
                throw error("expected bool; found " + n);
            }
            case FLOAT64 -> {
                if (n instanceof NumberNode num && num.isFloat()) {
                    return num.float64();
                }
                throw error("expected float; found " + n);
            }
            case INT -> {
                if (n instanceof NumberNode num && num.isInt()) {
                    long v = num.int64();
                    return v == (int) v ? (Object) Integer.valueOf((int) v) : (Object) Long.valueOf(v);
                }
                throw error("expected integer; found " + n);
            }
            case INT64 -> {
                if (n instanceof NumberNode num && num.isInt()) {
                    return num.int64();
                }
                throw error("expected integer; found " + n);
            }
            case STRING -> {
                if (n instanceof StringNode s) {
                    return s.text();
                }
                throw error("expected string; found " + n);
            }
            case UINT32 -> {
                if (n instanceof NumberNode num && num.isUint()) {
                    return num.uint64() & 0xFFFF_FFFFL;
                }
                throw error("expected unsigned integer; found " + n);
            }
            case ANY -> {
                if (n instanceof BoolNode b) {
                    return b.value();
                }
                if (n instanceof NumberNode num) {
                    return idealConstant(num);
                }
                if (n instanceof StringNode s) {
                    return s.text();
                }
                throw error("can't handle assignment of " + n + " to empty interface argument");
            }
            default -> throw error("can't handle " + n + " for arg of type " + type.goName());
        }
    }

    private static boolean canBeNil(ParamType type) {
        return type == GoType.ANY || type == GoType.LIST || type == GoType.MAP;
    }

    /**
     * Go's assignability for {@code []interface {}} and {@code map[string]interface {}} parameters: a plain list or
     * map is one; a typed one ({@code []string}, {@code engine.files}) is not, as its underlying type differs.
     */
    private static boolean ofUnderlyingType(Object value, ParamType type) {
        return !(value instanceof GoTyped typed) || typed.goTypeName().equals(type.goName());
    }

    private Object validateType(Object value, boolean iface, ParamType type) {
        resultIface = false;
        if (value == null) {
            if (!iface) {
                if (canBeNil(type)) {
                    return null;
                }
                throw error("invalid value; expected " + type.goName());
            }
            if (type == GoType.ANY) {
                return null;
            }
            throw error("wrong type for value; expected " + type.goName() + "; got interface {}");
        }
        boolean ok = type instanceof NamedType named ? named.accepts(value) : switch ((GoType) type) {
            case ANY -> true;
            case STRING -> value instanceof String;
            case BOOL -> value instanceof Boolean;
            case INT -> value instanceof Integer;
            case INT64 -> value instanceof Long;
            case FLOAT64 -> value instanceof Double;
            case LIST -> value instanceof List && ofUnderlyingType(value, type);
            case MAP -> value instanceof Map && ofUnderlyingType(value, type);
            case UINT32 -> false;
        };
        if (!ok) {
            throw error("wrong type for value; expected " + type.goName() + "; got " + GoValues.typeName(value));
        }
        return value;
    }

    private void printValue(ActionNode a, Object v) {
        node = a;
        if (v == null) {
            out.append("<no value>");
        } else if (v instanceof String s) {
            out.append(s);
        } else {
            out.append(GoFmt.formatValue(v));
        }
    }

    // ---- CallContext ----

    @Override
    public String executeTemplate(String name, Object data) {
        return set.executeNested(name, data, options, executionState, diagnostics);
    }

    @Override
    public String parseAndExecute(String name, String text, Object data) {
        return set.copy().parseAndExecuteOwn(name, text, data, options, executionState, diagnostics);
    }

    @Override
    public String templateName() {
        return tree.name();
    }

    @Override
    public ExecOptions options() {
        return options;
    }

    @Override
    public Map<String, Object> executionState() {
        return executionState;
    }
}
