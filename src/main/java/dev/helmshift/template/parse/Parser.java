package dev.helmshift.template.parse;

import dev.helmshift.template.GoStrings;
import dev.helmshift.template.TemplateException;
import dev.helmshift.template.parse.Node.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Go's template parser (text/template/parse/parse.go): turns one template text into its top-level tree plus one tree
 * per define/block, with Go's error texts ({@code template: NAME:LINE: DETAIL}).
 */
public final class Parser {
    private final String parseName;
    private final String text;
    private final Predicate<String> hasFunction;
    private final Lexer lexer;
    private final Token[] token = new Token[3];
    private int peekCount;
    private final Map<String, Tree> treeSet = new LinkedHashMap<>();

    // per-tree state (a define or block starts its own)
    private List<String> vars = new ArrayList<>(List.of("$"));
    private int rangeDepth;
    private int actionLine;

    private Parser(String name, String text, Predicate<String> hasFunction) {
        this.parseName = name;
        this.text = text;
        this.hasFunction = hasFunction;
        this.lexer = new Lexer(text, !hasFunction.test("break"), !hasFunction.test("continue"));
    }

    /**
     * Parses {@code text} as the template {@code name}.
     *
     * @param hasFunction whether a function name is defined (Go checks calls at parse time)
     * @return the trees by name, the top level under {@code name} first, then the defines in source order
     * @throws TemplateException a parse error in Go's form
     */
    public static Map<String, Tree> parse(String name, String text, Predicate<String> hasFunction) {
        Parser p = new Parser(name, text, hasFunction);
        ListNode root = p.parseTop();
        p.add(name, root);
        // the file's own tree first, as Go adds it after the defines but callers want it handy
        Map<String, Tree> ordered = new LinkedHashMap<>();
        ordered.put(name, p.treeSet.get(name));
        p.treeSet.forEach(ordered::putIfAbsent);
        return ordered;
    }

    // ---- token buffer (Go's next/backup/peek) ----

    private Token next() {
        if (peekCount > 0) {
            peekCount--;
        } else {
            token[0] = lexer.next();
        }
        return token[peekCount];
    }

    private void backup() {
        peekCount++;
    }

    private void backup2(Token t1) {
        token[1] = t1;
        peekCount = 2;
    }

    private void backup3(Token t2, Token t1) {
        token[1] = t1;
        token[2] = t2;
        peekCount = 3;
    }

    private Token peek() {
        if (peekCount > 0) {
            return token[peekCount - 1];
        }
        peekCount = 1;
        token[0] = lexer.next();
        return token[0];
    }

    private Token nextNonSpace() {
        Token t;
        do {
            t = next();
        } while (t.type() == TokenType.SPACE);
        return t;
    }

    private Token peekNonSpace() {
        Token t = nextNonSpace();
        backup();
        return t;
    }

    // ---- errors ----

    private TemplateException error(String detail) {
        int line = token[0] == null ? 1 : token[0].line();
        return TemplateException.parse(parseName, line, detail);
    }

    private TemplateException unexpected(Token t, String context) {
        if (t.type() == TokenType.ERROR) {
            String extra = "";
            if (actionLine != 0 && actionLine != t.line()) {
                extra = " in action started at " + parseName + ":" + actionLine;
                if (t.val().endsWith(" action")) {
                    extra = extra.substring(" in action".length());
                }
            }
            return error(t + extra);
        }
        return error("unexpected " + t + " in " + context);
    }

    private Token expect(TokenType expected, String context) {
        Token t = nextNonSpace();
        if (t.type() != expected) {
            throw unexpected(t, context);
        }
        return t;
    }

    private Token expectOneOf(TokenType e1, TokenType e2, String context) {
        Token t = nextNonSpace();
        if (t.type() != e1 && t.type() != e2) {
            throw unexpected(t, context);
        }
        return t;
    }

    // ---- grammar ----

    private void add(String name, ListNode root) {
        Tree existing = treeSet.get(name);
        Tree tree = new Tree(name, parseName, text, root);
        if (existing == null || existing.isEmpty()) {
            treeSet.put(name, tree);
            return;
        }
        if (!tree.isEmpty()) {
            throw error("template: multiple definition of template " + GoStrings.quote(name));
        }
    }

    private ListNode parseTop() {
        List<Node> nodes = new ArrayList<>();
        ListNode root = new ListNode(peek().pos(), nodes);
        while (peek().type() != TokenType.EOF) {
            if (peek().type() == TokenType.LEFT_DELIM) {
                Token delim = next();
                if (nextNonSpace().type() == TokenType.DEFINE) {
                    parseDefinition();
                    continue;
                }
                backup2(delim);
            }
            Node n = textOrAction();
            if (n instanceof EndNode || n instanceof ElseNode) {
                throw error("unexpected " + n);
            }
            nodes.add(n);
        }
        return root;
    }

    private void parseDefinition() {
        String context = "define clause";
        List<String> savedVars = vars;
        int savedRangeDepth = rangeDepth;
        vars = new ArrayList<>(List.of("$"));
        rangeDepth = 0;
        Token nameToken = expectOneOf(TokenType.STRING, TokenType.RAW_STRING, context);
        String name = unquote(nameToken.val());
        expect(TokenType.RIGHT_DELIM, context);
        ItemList items = itemList();
        if (!(items.end instanceof EndNode)) {
            throw error("unexpected " + items.end + " in " + context);
        }
        add(name, items.list);
        vars = savedVars;
        rangeDepth = savedRangeDepth;
    }

    private record ItemList(ListNode list, Node end) {
    }

    private ItemList itemList() {
        List<Node> nodes = new ArrayList<>();
        ListNode list = new ListNode(peekNonSpace().pos(), nodes);
        while (peekNonSpace().type() != TokenType.EOF) {
            Node n = textOrAction();
            if (n instanceof EndNode || n instanceof ElseNode) {
                return new ItemList(list, n);
            }
            nodes.add(n);
        }
        throw error("unexpected EOF");
    }

    private Node textOrAction() {
        Token t = nextNonSpace();
        switch (t.type()) {
            case TEXT:
                return new TextNode(t.pos(), t.val());
            case LEFT_DELIM:
                actionLine = t.line();
                try {
                    return action();
                } finally {
                    actionLine = 0;
                }
            default:
                throw unexpected(t, "input");
        }
    }

    private Node action() {
        Token t = nextNonSpace();
        switch (t.type()) {
            case BLOCK:
                return blockControl();
            case BREAK:
                return breakControl(t, "{{break}}", "{{break}} outside {{range}}", true);
            case CONTINUE:
                return breakControl(t, "{{continue}}", "{{continue}} outside {{range}}", false);
            case ELSE:
                return elseControl();
            case END:
                return new EndNode(expect(TokenType.RIGHT_DELIM, "end").pos());
            case IF:
                return branch(BranchKind.IF);
            case RANGE:
                return branch(BranchKind.RANGE);
            case TEMPLATE:
                return templateControl();
            case WITH:
                return branch(BranchKind.WITH);
            default:
                break;
        }
        backup();
        Token start = peek();
        return new ActionNode(start.pos(), start.line(), pipeline("command", TokenType.RIGHT_DELIM));
    }

    private Node breakControl(Token keyword, String context, String outside, boolean isBreak) {
        Token t = nextNonSpace();
        if (t.type() != TokenType.RIGHT_DELIM) {
            throw unexpected(t, context);
        }
        if (rangeDepth == 0) {
            throw error(outside);
        }
        return isBreak ? new BreakNode(keyword.pos(), keyword.line()) : new ContinueNode(keyword.pos(), keyword.line());
    }

    private Node elseControl() {
        Token p = peekNonSpace();
        if (p.type() == TokenType.IF || p.type() == TokenType.WITH) {
            return new ElseNode(p.pos(), p.line());
        }
        Token t = expect(TokenType.RIGHT_DELIM, "else");
        return new ElseNode(t.pos(), t.line());
    }

    private Node branch(BranchKind kind) {
        String context = switch (kind) {
            case IF -> "if";
            case RANGE -> "range";
            case WITH -> "with";
        };
        int mark = vars.size();
        try {
            PipeNode pipe = pipeline(context, TokenType.RIGHT_DELIM);
            if (kind == BranchKind.RANGE) {
                rangeDepth++;
            }
            ItemList items = itemList();
            if (kind == BranchKind.RANGE) {
                rangeDepth--;
            }
            ListNode elseList = null;
            if (items.end instanceof ElseNode) {
                if (kind == BranchKind.IF && peek().type() == TokenType.IF) {
                    next();
                    elseList = new ListNode(items.end.pos(), List.of(branch(BranchKind.IF)));
                } else if (kind == BranchKind.WITH && peek().type() == TokenType.WITH) {
                    next();
                    elseList = new ListNode(items.end.pos(), List.of(branch(BranchKind.WITH)));
                } else {
                    ItemList elseItems = itemList();
                    if (!(elseItems.end instanceof EndNode)) {
                        throw error("expected end; found " + elseItems.end);
                    }
                    elseList = elseItems.list;
                }
            }
            return new BranchNode(kind, pipe.pos(), pipe.line(), pipe, items.list, elseList);
        } finally {
            while (vars.size() > mark) {
                vars.remove(vars.size() - 1);
            }
        }
    }

    private Node blockControl() {
        String context = "block clause";
        Token t = nextNonSpace();
        String name = templateName(t, context);
        PipeNode pipe = pipeline(context, TokenType.RIGHT_DELIM);
        List<String> savedVars = vars;
        int savedRangeDepth = rangeDepth;
        vars = new ArrayList<>(List.of("$"));
        rangeDepth = 0;
        ItemList items = itemList();
        if (!(items.end instanceof EndNode)) {
            throw error("unexpected " + items.end + " in " + context);
        }
        add(name, items.list);
        vars = savedVars;
        rangeDepth = savedRangeDepth;
        return new TemplateNode(t.pos(), t.line(), name, pipe);
    }

    private Node templateControl() {
        String context = "template clause";
        Token t = nextNonSpace();
        String name = templateName(t, context);
        PipeNode pipe = null;
        if (nextNonSpace().type() != TokenType.RIGHT_DELIM) {
            backup();
            pipe = pipeline(context, TokenType.RIGHT_DELIM);
        }
        return new TemplateNode(t.pos(), t.line(), name, pipe);
    }

    private String templateName(Token t, String context) {
        if (t.type() == TokenType.STRING || t.type() == TokenType.RAW_STRING) {
            return unquote(t.val());
        }
        throw unexpected(t, context);
    }

    private String unquote(String literal) {
        try {
            return GoStrings.unquote(literal);
        } catch (GoStrings.SyntaxError e) {
            throw error(e.getMessage());
        }
    }

    private PipeNode pipeline(String context, TokenType end) {
        Token first = peekNonSpace();
        List<VariableNode> decl = new ArrayList<>();
        boolean isAssign = false;
        decls:
        while (true) {
            Token v = peekNonSpace();
            if (v.type() != TokenType.VARIABLE) {
                break;
            }
            next();
            Token tokenAfterVariable = peek();
            Token nxt = peekNonSpace();
            if (nxt.type() == TokenType.ASSIGN || nxt.type() == TokenType.DECLARE) {
                isAssign = nxt.type() == TokenType.ASSIGN;
                nextNonSpace();
                decl.add(new VariableNode(v.pos(), v.val().split("\\.", -1)));
                vars.add(v.val());
                break;
            } else if (nxt.type() == TokenType.CHAR && nxt.val().equals(",")) {
                nextNonSpace();
                decl.add(new VariableNode(v.pos(), v.val().split("\\.", -1)));
                vars.add(v.val());
                if (context.equals("range") && decl.size() < 2) {
                    TokenType pt = peekNonSpace().type();
                    if (pt == TokenType.VARIABLE || pt == TokenType.RIGHT_DELIM || pt == TokenType.RIGHT_PAREN) {
                        continue decls;
                    }
                    throw error("range can only initialize variables");
                }
                throw error("too many declarations in " + context);
            } else if (tokenAfterVariable.type() == TokenType.SPACE) {
                backup3(v, tokenAfterVariable);
            } else {
                backup2(v);
            }
            break;
        }
        List<CommandNode> cmds = new ArrayList<>();
        PipeNode pipe = new PipeNode(first.pos(), first.line(), isAssign, decl, cmds);
        while (true) {
            Token t = nextNonSpace();
            if (t.type() == end) {
                checkPipeline(pipe, context);
                return pipe;
            }
            switch (t.type()) {
                case BOOL, CHAR_CONSTANT, COMPLEX, DOT, FIELD, IDENTIFIER, NUMBER, NIL, RAW_STRING, STRING,
                     VARIABLE, LEFT_PAREN -> {
                    backup();
                    cmds.add(command());
                }
                default -> throw unexpected(t, context);
            }
        }
    }

    private void checkPipeline(PipeNode pipe, String context) {
        if (pipe.cmds().isEmpty()) {
            throw error("missing value for " + context);
        }
        for (int i = 1; i < pipe.cmds().size(); i++) {
            Node first = pipe.cmds().get(i).args().get(0);
            if (first instanceof BoolNode || first instanceof DotNode || first instanceof NilNode
                    || first instanceof NumberNode || first instanceof StringNode) {
                throw error("non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    private CommandNode command() {
        List<Node> args = new ArrayList<>();
        CommandNode cmd = new CommandNode(peekNonSpace().pos(), args);
        while (true) {
            peekNonSpace();
            Node operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Token t = next();
            switch (t.type()) {
                case SPACE:
                    continue;
                case RIGHT_DELIM:
                case RIGHT_PAREN:
                    backup();
                    break;
                case PIPE:
                    break;
                default:
                    throw unexpected(t, "operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw error("empty command");
        }
        return cmd;
    }

    private Node operand() {
        Node node = term();
        if (node == null) {
            return null;
        }
        if (peek().type() == TokenType.FIELD) {
            int chainPos = peek().pos();
            List<String> fields = new ArrayList<>();
            while (peek().type() == TokenType.FIELD) {
                fields.add(next().val().substring(1));
            }
            String[] fieldArray = fields.toArray(new String[0]);
            ChainNode chain = new ChainNode(chainPos, node, fieldArray);
            if (node instanceof FieldNode f) {
                return new FieldNode(chainPos, concat(f.ident(), fieldArray));
            }
            if (node instanceof VariableNode v) {
                return new VariableNode(chainPos, concat(v.ident(), fieldArray));
            }
            if (node instanceof BoolNode || node instanceof StringNode || node instanceof NumberNode
                    || node instanceof NilNode || node instanceof DotNode) {
                throw error("unexpected . after term " + GoStrings.quote(node.toString()));
            }
            return chain;
        }
        return node;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private Node term() {
        Token t = nextNonSpace();
        switch (t.type()) {
            case IDENTIFIER:
                if (!hasFunction.test(t.val())) {
                    throw error("function " + GoStrings.quote(t.val()) + " not defined");
                }
                return new IdentifierNode(t.pos(), t.val());
            case DOT:
                return new DotNode(t.pos());
            case NIL:
                return new NilNode(t.pos());
            case VARIABLE:
                return useVar(t);
            case FIELD:
                return new FieldNode(t.pos(), t.val().substring(1).split("\\.", -1));
            case BOOL:
                return new BoolNode(t.pos(), t.val().equals("true"));
            case CHAR_CONSTANT:
            case COMPLEX:
            case NUMBER:
                return NumberParser.parse(t.pos(), t.val(), t.type(), this::error);
            case LEFT_PAREN:
                return pipeline("parenthesized pipeline", TokenType.RIGHT_PAREN);
            case STRING:
            case RAW_STRING:
                return new StringNode(t.pos(), t.val(), unquote(t.val()));
            default:
                backup();
                return null;
        }
    }

    private Node useVar(Token t) {
        String[] ident = t.val().split("\\.", -1);
        for (String v : vars) {
            if (v.equals(ident[0])) {
                return new VariableNode(t.pos(), ident);
            }
        }
        throw error("undefined variable " + GoStrings.quote(ident[0]));
    }

}
