package dev.helmshift.chart.schema.golang;

import java.util.Arrays;

/**
 * encoding/json's byte-at-a-time syntax scanner: it finds where the first value ends and words a syntax error as
 * Go does ({@code invalid character '}' looking for beginning of object key string}). Only the events the stream
 * decoder needs are reported: keep going, the value ended before this byte, an object or array closed, an error.
 */
final class JsonScanner {
    static final int CONTINUE = 0;
    static final int END_CONTAINER = 1;
    static final int END = 2;
    static final int ERROR = 3;

    private static final int MAX_DEPTH = 10000;

    private enum State {
        BEGIN_VALUE, BEGIN_VALUE_OR_EMPTY, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, END_VALUE, END_TOP,
        IN_STRING, IN_STRING_ESC, ESC_U, ESC_U1, ESC_U12, ESC_U123,
        NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0,
        T, TR, TRU, F, FA, FAL, FALS, N, NU, NUL, FAILED
    }

    private static final int OBJECT_KEY = 0;
    private static final int OBJECT_VALUE = 1;
    private static final int ARRAY_VALUE = 2;

    private State state = State.BEGIN_VALUE;
    private int[] stack = new int[16];
    private int depth;
    private String error;

    String error() {
        return error;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** One byte (0-255). */
    int step(int c) {
        return switch (state) {
            case BEGIN_VALUE -> beginValue(c);
            case BEGIN_VALUE_OR_EMPTY -> isSpace(c) ? CONTINUE : c == ']' ? endValue(c) : beginValue(c);
            case BEGIN_STRING_OR_EMPTY -> {
                if (isSpace(c)) {
                    yield CONTINUE;
                }
                if (c == '}') {
                    stack[depth - 1] = OBJECT_VALUE;
                    yield endValue(c);
                }
                yield beginString(c);
            }
            case BEGIN_STRING -> beginString(c);
            case END_VALUE -> endValue(c);
            case END_TOP -> endTop(c);
            case IN_STRING -> inString(c);
            case IN_STRING_ESC -> inStringEscape(c);
            case ESC_U, ESC_U1, ESC_U12, ESC_U123 -> escapeHex(c);
            case NEG -> {
                if (c == '0') {
                    state = State.ZERO;
                    yield CONTINUE;
                }
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                    yield CONTINUE;
                }
                yield fail(c, "in numeric literal");
            }
            case ONE -> c >= '0' && c <= '9' ? CONTINUE : zero(c);
            case ZERO -> zero(c);
            case DOT -> {
                if (c >= '0' && c <= '9') {
                    state = State.DOT0;
                    yield CONTINUE;
                }
                yield fail(c, "after decimal point in numeric literal");
            }
            case DOT0 -> {
                if (c >= '0' && c <= '9') {
                    yield CONTINUE;
                }
                if (c == 'e' || c == 'E') {
                    state = State.E;
                    yield CONTINUE;
                }
                yield endValue(c);
            }
            case E -> {
                if (c == '+' || c == '-') {
                    state = State.E_SIGN;
                    yield CONTINUE;
                }
                yield exponentSign(c);
            }
            case E_SIGN -> exponentSign(c);
            case E0 -> c >= '0' && c <= '9' ? CONTINUE : endValue(c);
            case T -> literal(c, 'r', State.TR, "in literal true (expecting 'r')");
            case TR -> literal(c, 'u', State.TRU, "in literal true (expecting 'u')");
            case TRU -> literal(c, 'e', State.END_VALUE, "in literal true (expecting 'e')");
            case F -> literal(c, 'a', State.FA, "in literal false (expecting 'a')");
            case FA -> literal(c, 'l', State.FAL, "in literal false (expecting 'l')");
            case FAL -> literal(c, 's', State.FALS, "in literal false (expecting 's')");
            case FALS -> literal(c, 'e', State.END_VALUE, "in literal false (expecting 'e')");
            case N -> literal(c, 'u', State.NU, "in literal null (expecting 'u')");
            case NU -> literal(c, 'l', State.NUL, "in literal null (expecting 'l')");
            case NUL -> literal(c, 'l', State.END_VALUE, "in literal null (expecting 'l')");
            case FAILED -> ERROR;
        };
    }

    private int beginValue(int c) {
        if (isSpace(c)) {
            return CONTINUE;
        }
        switch (c) {
            case '{':
                state = State.BEGIN_STRING_OR_EMPTY;
                return push(c, OBJECT_KEY);
            case '[':
                state = State.BEGIN_VALUE_OR_EMPTY;
                return push(c, ARRAY_VALUE);
            case '"':
                state = State.IN_STRING;
                return CONTINUE;
            case '-':
                state = State.NEG;
                return CONTINUE;
            case '0':
                state = State.ZERO;
                return CONTINUE;
            case 't':
                state = State.T;
                return CONTINUE;
            case 'f':
                state = State.F;
                return CONTINUE;
            case 'n':
                state = State.N;
                return CONTINUE;
            default:
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                    return CONTINUE;
                }
                return fail(c, "looking for beginning of value");
        }
    }

    private int beginString(int c) {
        if (isSpace(c)) {
            return CONTINUE;
        }
        if (c == '"') {
            state = State.IN_STRING;
            return CONTINUE;
        }
        return fail(c, "looking for beginning of object key string");
    }

    /** After a complete value: a separator, a closing bracket, or the end of the top-level value. */
    int endValue(int c) {
        if (depth == 0) {
            state = State.END_TOP;
            return endTop(c);
        }
        if (isSpace(c)) {
            state = State.END_VALUE;
            return CONTINUE;
        }
        switch (stack[depth - 1]) {
            case OBJECT_KEY:
                if (c == ':') {
                    stack[depth - 1] = OBJECT_VALUE;
                    state = State.BEGIN_VALUE;
                    return CONTINUE;
                }
                return fail(c, "after object key");
            case OBJECT_VALUE:
                if (c == ',') {
                    stack[depth - 1] = OBJECT_KEY;
                    state = State.BEGIN_STRING;
                    return CONTINUE;
                }
                if (c == '}') {
                    pop();
                    return END_CONTAINER;
                }
                return fail(c, "after object key:value pair");
            default:
                if (c == ',') {
                    state = State.BEGIN_VALUE;
                    return CONTINUE;
                }
                if (c == ']') {
                    pop();
                    return END_CONTAINER;
                }
                return fail(c, "after array element");
        }
    }

    private int endTop(int c) {
        if (!isSpace(c)) {
            fail(c, "after top-level value");
        }
        return END;
    }

    private int inString(int c) {
        if (c == '"') {
            state = State.END_VALUE;
            return CONTINUE;
        }
        if (c == '\\') {
            state = State.IN_STRING_ESC;
            return CONTINUE;
        }
        if (c < 0x20) {
            return fail(c, "in string literal");
        }
        return CONTINUE;
    }

    private int inStringEscape(int c) {
        switch (c) {
            case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
                state = State.IN_STRING;
                return CONTINUE;
            case 'u':
                state = State.ESC_U;
                return CONTINUE;
            default:
                return fail(c, "in string escape code");
        }
    }

    private int escapeHex(int c) {
        boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        if (!hex) {
            return fail(c, "in \\u hexadecimal character escape");
        }
        state = switch (state) {
            case ESC_U -> State.ESC_U1;
            case ESC_U1 -> State.ESC_U12;
            case ESC_U12 -> State.ESC_U123;
            default -> State.IN_STRING;
        };
        return CONTINUE;
    }

    private int zero(int c) {
        if (c == '.') {
            state = State.DOT;
            return CONTINUE;
        }
        if (c == 'e' || c == 'E') {
            state = State.E;
            return CONTINUE;
        }
        return endValue(c);
    }

    private int exponentSign(int c) {
        if (c >= '0' && c <= '9') {
            state = State.E0;
            return CONTINUE;
        }
        return fail(c, "in exponent of numeric literal");
    }

    private int literal(int c, char expected, State next, String context) {
        if (c == expected) {
            state = next;
            return CONTINUE;
        }
        return fail(c, context);
    }

    private int push(int c, int parseState) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = parseState;
        return depth <= MAX_DEPTH ? CONTINUE : fail(c, "exceeded max depth");
    }

    private void pop() {
        depth--;
        state = depth == 0 ? State.END_TOP : State.END_VALUE;
    }

    private int fail(int c, String context) {
        state = State.FAILED;
        error = "invalid character " + GoQuote.jsonQuoteChar(c) + " " + context;
        return ERROR;
    }
}
