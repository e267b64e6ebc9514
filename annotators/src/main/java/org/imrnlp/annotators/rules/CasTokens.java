package org.imrnlp.annotators.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.ctakes.typesystem.type.syntax.NewlineToken;
import org.apache.ctakes.typesystem.type.syntax.NumToken;
import org.apache.ctakes.typesystem.type.syntax.PunctuationToken;
import org.apache.ctakes.typesystem.type.syntax.SymbolToken;
import org.apache.ctakes.typesystem.type.syntax.WordToken;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.imrnlp.models.rules.RuleSet;
import org.imrnlp.models.rules.TokenArray;

/**
 * Builds the {@link TokenArray} that rules match from the cTAKES tokens ({@link BaseToken}, as
 * written by {@code TokenAnnotator}) of one CAS view, whichever view it is: token offsets and
 * the white space between tokens are those of that view's text. {@link WordToken} is a word,
 * {@link NumToken} a number, {@link PunctuationToken} and {@link SymbolToken} punctuation, other
 * token types "other"; a {@link NewlineToken} is not a token but marks a line break before the
 * next one.
 */
public final class CasTokens {

    private CasTokens() {
    }

    /** The tokens of {@code view}, in text order. */
    public static TokenArray of(JCas view) {
        return build(view.getDocumentText(), JCasUtil.select(view, BaseToken.class));
    }

    /**
     * The token arrays {@code rules} must be matched on in {@code view}: when the rules have
     * anchors ({@link RuleSet#anchors()}), only windows from {@link RuleSet#before(String)} tokens
     * before to {@link RuleSet#after(String)} tokens after the places the view's text holds an anchor (overlapping windows merged, in text
     * order), which finds what matching all tokens finds while reading a small part of them;
     * otherwise all tokens. A window starts at the white space before an anchor's place and
     * holds the tokens up to the anchor (at most one per character) plus the anchor's reach after it.
     */
    public static List<TokenArray> around(JCas view, RuleSet rules) {
        Set<String> anchors = rules.anchors();
        if (anchors == null) {
            return List.of(of(view));
        }
        String text = view.getDocumentText();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return List.of(of(view));
        }
        TreeMap<Integer, int[]> chunks = new TreeMap<>();
        for (String anchor : anchors) {
            for (int p = lower.indexOf(anchor); p >= 0; p = lower.indexOf(anchor, p + 1)) {
                if (!mayBeToken(lower, p, p + anchor.length())) {
                    continue;
                }
                int chunk = p;
                while (chunk > 0 && !Character.isWhitespace(text.charAt(chunk - 1))) {
                    chunk--;
                }
                int[] reach = {rules.before(anchor), rules.after(anchor) + p + anchor.length() - chunk};
                chunks.merge(chunk, reach, (x, y) -> new int[] {Math.max(x[0], y[0]), Math.max(x[1], y[1])});
            }
        }
        List<TokenArray> windows = new ArrayList<>();
        List<BaseToken> window = new ArrayList<>();
        FSIterator<BaseToken> it = view.getAnnotationIndex(BaseToken.class).iterator();
        Annotation probe = new Annotation(view);
        probe.setEnd(Integer.MAX_VALUE);
        int lastEnd = -1;
        for (Map.Entry<Integer, int[]> e : chunks.entrySet()) {
            int chunk = e.getKey();
            if (lastEnd >= chunk) {
                probe.setBegin(lastEnd);
                it.moveTo(probe);
            } else {
                probe.setBegin(chunk);
                it.moveTo(probe);
                stepBack(it, e.getValue()[0]);
                if (it.isValid() && it.get().getBegin() >= lastEnd && !window.isEmpty()) {
                    windows.add(build(text, window));
                    window.clear();
                }
            }
            int limit = e.getValue()[1];
            for (int following = 0; it.isValid() && following < limit; it.moveToNext()) {
                BaseToken t = it.get();
                if (t.getBegin() >= chunk && !(t instanceof NewlineToken)) {
                    following++;
                }
                if (t.getBegin() >= lastEnd) {
                    window.add(t);
                    lastEnd = t.getEnd();
                }
            }
        }
        if (!window.isEmpty()) {
            windows.add(build(text, window));
        }
        return windows;
    }

    /**
     * Moves {@code it} (at the first token at or after a place, or past the end) back over
     * {@code count} tokens, newline tokens not counted; stops at the first token.
     */
    private static void stepBack(FSIterator<BaseToken> it, int count) {
        int steps = count;
        if (!it.isValid()) {
            it.moveToLast();
            if (!it.isValid()) {
                return;
            }
            steps--;
        }
        while (steps > 0) {
            it.moveToPrevious();
            if (!it.isValid()) {
                it.moveToFirst();
                return;
            }
            if (!(it.get() instanceof NewlineToken)) {
                steps--;
            }
        }
    }

    /**
     * Whether {@code lower[from, to)} may be a whole token: a word not glued to a letter before
     * or to a letter or digit after, a number not glued to a digit before or to a digit or decimal
     * part after. Only rules out places no token can be.
     */
    private static boolean mayBeToken(String lower, int from, int to) {
        char first = lower.charAt(from);
        char before = from > 0 ? lower.charAt(from - 1) : ' ';
        char after = to < lower.length() ? lower.charAt(to) : ' ';
        if (Character.isLetter(first)) {
            return !Character.isLetter(before) && !Character.isLetterOrDigit(after);
        }
        if (Character.isDigit(first)) {
            return !Character.isDigit(before) && !Character.isDigit(after)
                    && !(after == '.' && to + 1 < lower.length() && Character.isDigit(lower.charAt(to + 1)));
        }
        return true;
    }

    private static TokenArray build(String text, Iterable<BaseToken> tokens) {
        TokenArray.Builder b = TokenArray.builder();
        boolean lineBreak = false;
        for (BaseToken t : tokens) {
            if (t instanceof NewlineToken) {
                lineBreak = true;
                continue;
            }
            TokenArray.Gap gap = lineBreak ? TokenArray.Gap.LINE : gapBefore(text, t.getBegin());
            b.add(t.getCoveredText(), t.getBegin(), t.getEnd(), kind(t), gap);
            lineBreak = false;
        }
        return b.build();
    }

    /** The white space right before {@code begin} in {@code text} (the start of the text reads as a space). */
    private static TokenArray.Gap gapBefore(String text, int begin) {
        int from = begin;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return TokenArray.gapOf(text, from, begin, begin == 0);
    }

    private static TokenArray.Kind kind(BaseToken t) {
        if (t instanceof WordToken) {
            return TokenArray.Kind.WORD;
        }
        if (t instanceof NumToken) {
            return TokenArray.Kind.NUM;
        }
        if (t instanceof PunctuationToken || t instanceof SymbolToken) {
            return TokenArray.Kind.PUNCT;
        }
        return TokenArray.Kind.OTHER;
    }
}
