package org.imrnlp.models.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the token-pattern language (see the README's "Rules" section) into {@link Node}s.
 * Macros ({@code @NAME}) are expanded by parsing their text where they are used, so captures
 * inside a macro belong to the rule using it; a macro can only use macros defined before it, so
 * none can use itself. Not thread-safe: one parser per pattern.
 */
final class PatternParser {

    /** A syntax error, with its column. */
    static final class SyntaxError extends IllegalArgumentException {
        SyntaxError(String message) {
            super(message);
        }
    }

    private final Map<String, String> macros;
    private final Map<String, Lexicon> lexicons;
    private final List<String> captureNames;
    private String src;
    private int pos;

    /**
     * A parser resolving {@code @NAME} in {@code macros} and {@code <name>} in {@code lexicons},
     * adding the names of captures to {@code captureNames} (a name's index is its position).
     */
    PatternParser(Map<String, String> macros, Map<String, Lexicon> lexicons, List<String> captureNames) {
        this.macros = macros;
        this.lexicons = lexicons;
        this.captureNames = captureNames;
    }

    /** The compiled {@code pattern}; throws {@link SyntaxError} naming the column of a mistake. */
    Node parse(String pattern) {
        String savedSrc = src;
        int savedPos = pos;
        src = pattern;
        pos = 0;
        try {
            Node n = alternation();
            skipSpace();
            if (pos < src.length()) {
                throw error("unexpected '" + src.charAt(pos) + "'");
            }
            return n;
        } finally {
            src = savedSrc;
            pos = savedPos;
        }
    }

    private Node alternation() {
        List<Node> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (peek('|')) {
            pos++;
            alternatives.add(sequence());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Node.Alternation(alternatives);
    }

    private Node sequence() {
        List<Node> parts = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= src.length() || src.charAt(pos) == '|' || src.charAt(pos) == ')') {
                break;
            }
            parts.add(quantified(atom()));
        }
        if (parts.isEmpty()) {
            throw error("empty pattern or alternative");
        }
        return parts.size() == 1 ? parts.get(0) : new Node.Sequence(parts);
    }

    private Node quantified(Node atom) {
        if (pos >= src.length()) {
            return atom;
        }
        char c = src.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
        } else if (c == '{') {
            int close = src.indexOf('}', pos);
            if (close < 0) {
                throw error("'{' without '}'");
            }
            String[] bounds = src.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            } catch (NumberFormatException e) {
                throw error("bad repeat count {" + src.substring(pos + 1, close) + "}");
            }
            if (bounds.length > 2 || min < 0 || max < min) {
                throw error("bad repeat count {" + src.substring(pos + 1, close) + "}");
            }
            pos = close;
        } else {
            return atom;
        }
        pos++;
        return new Node.Repeat(atom, min, max);
    }

    private Node atom() {
        char c = src.charAt(pos);
        switch (c) {
            case '[':
                return bracket();
            case '(':
                return group();
            case '<':
                return lexicon();
            case '@':
                return macro();
            case '"':
            case '\'':
                return literal(quoted());
            default:
                if (Character.isLetterOrDigit(c)) {
                    int start = pos;
                    while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
                        pos++;
                    }
                    return literal(src.substring(start, pos));
                }
                throw error("unexpected '" + c + "'");
        }
    }

    private Node bracket() {
        pos++;
        skipSpace();
        TokenTest test;
        if (peek(']')) {
            test = TokenTest.any();
        } else {
            test = testOr();
        }
        skipSpace();
        expect(']');
        return new Node.Token(test);
    }

    private Node group() {
        int at = pos++;
        Node body;
        if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
            boolean negative = src.charAt(pos + 2) == '!';
            pos += 3;
            body = alternation();
            if (body.maxLength() == Integer.MAX_VALUE) {
                throw error("a look-behind must have a bounded length (use {m,n}, not * or +)", at);
            }
            body = new Node.Look(body, true, negative);
        } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
            boolean negative = src.charAt(pos + 1) == '!';
            pos += 2;
            body = new Node.Look(alternation(), false, negative);
        } else if (src.startsWith("?<", pos)) {
            pos += 2;
            int close = src.indexOf('>', pos);
            String name = close < 0 ? "" : src.substring(pos, close);
            if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw error("bad capture name '" + name + "'");
            }
            pos = close + 1;
            int index = captureNames.indexOf(name);
            if (index < 0) {
                index = captureNames.size();
                captureNames.add(name);
            }
            body = new Node.Capture(alternation(), index);
        } else {
            if (src.startsWith("?:", pos)) {
                pos += 2;
            }
            body = alternation();
        }
        expect(')');
        return body;
    }

    private Node lexicon() {
        int close = src.indexOf('>', pos);
        if (close < 0) {
            throw error("'<' without '>'");
        }
        String name = src.substring(pos + 1, close);
        Lexicon lexicon = lexicons.get(name);
        if (lexicon == null) {
            throw error("unknown lexicon <" + name + ">", pos);
        }
        pos = close + 1;
        return new Node.Phrase(lexicon);
    }

    private Node macro() {
        int at = pos++;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                || src.charAt(pos) == '-')) {
            pos++;
        }
        String name = src.substring(at + 1, pos);
        String body = macros.get(name);
        if (body == null) {
            throw error("unknown macro @" + name, at);
        }
        return parse(body);
    }

    /** Tokens of {@code text}, matched by lower form one after the other. */
    private Node literal(String text) {
        TokenArray t = TokenArray.tokenize(text);
        if (t.size() == 0) {
            throw error("empty literal");
        }
        List<Node> parts = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            parts.add(new Node.Token(lowerIs(t.lower(i))));
        }
        return parts.size() == 1 ? parts.get(0) : new Node.Sequence(parts);
    }

    private TokenTest testOr() {
        TokenTest t = testAnd();
        while (skipSpace() && peek('|')) {
            pos++;
            t = TokenTest.or(t, testAnd());
        }
        return t;
    }

    private TokenTest testAnd() {
        TokenTest t = testNot();
        while (skipSpace() && peek('&')) {
            pos++;
            t = TokenTest.and(t, testNot());
        }
        return t;
    }

    private TokenTest testNot() {
        skipSpace();
        if (peek('!')) {
            pos++;
            return TokenTest.not(testNot());
        }
        if (peek('(')) {
            pos++;
            TokenTest t = testOr();
            skipSpace();
            expect(')');
            return t;
        }
        return attributeTest();
    }

    private TokenTest attributeTest() {
        int start = pos;
        while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
            pos++;
        }
        String attribute = src.substring(start, pos);
        skipSpace();
        int opStart = pos;
        while (pos < src.length() && "<>=!".indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
        String op = src.substring(opStart, pos);
        skipSpace();
        if (attribute.equals("num")) {
            return numberTest(op, value());
        }
        if (!op.equals("=") && !op.equals("!=")) {
            throw error(attribute.isEmpty() ? "expected an attribute (text, lower, shape, kind, gap, num)"
                    : "expected = or != after " + attribute);
        }
        TokenTest t = switch (attribute) {
            case "text" -> stringTest(value(), false, true, (tokens, i) -> tokens.text(i));
            case "lower" -> stringTest(value(), true, true, (tokens, i) -> tokens.lower(i));
            case "shape" -> stringTest(value(), false, false, (tokens, i) -> tokens.shape(i));
            case "kind" -> kindTest(value());
            case "gap" -> gapTest(value());
            default -> throw error("unknown attribute '" + attribute + "' (text, lower, shape, kind, gap, num)", start);
        };
        return op.equals("=") ? t : TokenTest.not(t);
    }

    private interface Attribute {
        String of(TokenArray tokens, int i);
    }

    /**
     * A test of a string attribute against {@code value} or a {@code /regex/} (whole match);
     * {@code lower} compares in lower case; {@code indexable} when equal values fix the lower form.
     */
    private TokenTest stringTest(String value, boolean lower, boolean indexable, Attribute attribute) {
        if (value.length() >= 2 && value.startsWith("/") && value.endsWith("/")) {
            Pattern p;
            try {
                p = Pattern.compile(value.substring(1, value.length() - 1));
            } catch (PatternSyntaxException e) {
                throw error("bad regular expression " + value + ": " + e.getDescription());
            }
            return new TokenTest() {
                public boolean test(TokenArray t, int i) {
                    return p.matcher(attribute.of(t, i)).matches();
                }

                public FirstTokens first() {
                    return FirstTokens.ANY;
                }
            };
        }
        String v = lower ? value.toLowerCase(Locale.ROOT) : value;
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return v.equals(attribute.of(t, i));
            }

            public FirstTokens first() {
                return indexable ? FirstTokens.lowers(Set.of(v.toLowerCase(Locale.ROOT))) : FirstTokens.ANY;
            }
        };
    }

    private TokenTest lowerIs(String lower) {
        return stringTest(lower, true, true, (tokens, i) -> tokens.lower(i));
    }

    private TokenTest kindTest(String value) {
        TokenArray.Kind kind;
        try {
            kind = TokenArray.Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("unknown kind '" + value + "' (word, num, punct, other)");
        }
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return t.kind(i) == kind;
            }

            public FirstTokens first() {
                return FirstTokens.kind(kind);
            }
        };
    }

    private TokenTest gapTest(String value) {
        TokenArray.Gap gap;
        try {
            gap = TokenArray.Gap.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("unknown gap '" + value + "' (none, space, line)");
        }
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return t.gap(i) == gap;
            }

            public FirstTokens first() {
                return FirstTokens.ANY;
            }
        };
    }

    /** {@code num OP value}: false for tokens that are not numbers, whatever the operator. */
    private TokenTest numberTest(String op, String value) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error("num needs a number, not '" + value + "'");
        }
        DoublePredicate p = switch (op) {
            case "=" -> x -> x == v;
            case "!=" -> x -> x != v;
            case "<" -> x -> x < v;
            case "<=" -> x -> x <= v;
            case ">" -> x -> x > v;
            case ">=" -> x -> x >= v;
            default -> throw error("expected =, !=, <, <=, > or >= after num");
        };
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                double x = t.number(i);
                return !Double.isNaN(x) && p.test(x);
            }

            public FirstTokens first() {
                return FirstTokens.kind(TokenArray.Kind.NUM);
            }
        };
    }

    /** A test's value: {@code /regex/}, a quoted string, or characters up to a space, ]. &amp;, | or ). */
    private String value() {
        if (pos >= src.length()) {
            throw error("missing value");
        }
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            return quoted();
        }
        int start = pos;
        if (c == '/') {
            pos++;
            while (pos < src.length() && src.charAt(pos) != '/') {
                pos += src.charAt(pos) == '\\' ? 2 : 1;
            }
            if (pos >= src.length()) {
                throw error("regular expression without closing /");
            }
            pos++;
            return src.substring(start, pos);
        }
        while (pos < src.length() && !Character.isWhitespace(src.charAt(pos)) && "]&|)".indexOf(src.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw error("missing value");
        }
        return src.substring(start, pos);
    }

    private String quoted() {
        char q = src.charAt(pos);
        int close = src.indexOf(q, pos + 1);
        if (close < 0) {
            throw error("unclosed quote");
        }
        String s = src.substring(pos + 1, close);
        pos = close + 1;
        return s;
    }

    private boolean skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
        return true;
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(pos >= src.length() ? "missing '" + c + "' at the end" : "expected '" + c + "'");
        }
        pos++;
    }

    private SyntaxError error(String message) {
        return error(message, pos);
    }

    private SyntaxError error(String message, int at) {
        return new SyntaxError(message + " (column " + (at + 1) + ")");
    }
}
