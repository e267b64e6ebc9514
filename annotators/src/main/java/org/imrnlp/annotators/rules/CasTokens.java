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
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.imrnlp.core.cas.CleanTextView;
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
     * anchors ({@link RuleSet#anchors()}), only windows from {@link RuleSet#before()} tokens before
     * to {@link RuleSet#after()} tokens after the places the view's text holds an anchor (overlapping windows merged, in text
     * order), which finds what matching all tokens finds while reading a small part of them;
     * otherwise all tokens. A window starts at the white space before an anchor's place and
     * holds the tokens up to the anchor (at most one per character) plus {@code after} more.
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
        TreeMap<Integer, Integer> chunks = new TreeMap<>();
        for (String anchor : anchors) {
            for (int p = lower.indexOf(anchor); p >= 0; p = lower.indexOf(anchor, p + 1)) {
                int chunk = p;
                while (chunk > 0 && !Character.isWhitespace(text.charAt(chunk - 1))) {
                    chunk--;
                }
                chunks.merge(chunk, p + anchor.length() - chunk, Math::max);
            }
        }
        List<TokenArray> windows = new ArrayList<>();
        List<BaseToken> window = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : chunks.entrySet()) {
            int chunk = e.getKey();
            Annotation at = new Annotation(view, chunk, chunk);
            List<BaseToken> before = JCasUtil.selectPreceding(view, BaseToken.class, at, rules.before());
            int lastEnd = window.isEmpty() ? -1 : window.get(window.size() - 1).getEnd();
            if (!window.isEmpty() && (before.isEmpty() || before.get(0).getBegin() >= lastEnd)) {
                windows.add(build(text, window));
                window.clear();
            }
            for (BaseToken t : before) {
                if (t.getBegin() >= lastEnd) {
                    window.add(t);
                }
            }
            lastEnd = window.isEmpty() ? -1 : window.get(window.size() - 1).getEnd();
            for (BaseToken t : JCasUtil.selectFollowing(view, BaseToken.class, at, rules.after() + e.getValue())) {
                if (t.getBegin() >= lastEnd) {
                    window.add(t);
                }
            }
        }
        if (!window.isEmpty()) {
            windows.add(build(text, window));
        }
        return windows;
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

    /**
     * The view of {@code jcas} that holds its tokens: the clean-text view when tokens were written
     * there, else {@code jcas} itself (tokens in original offsets). Rule annotators write their
     * annotations into this view, in the offsets of its tokens.
     */
    public static JCas tokenView(JCas jcas) {
        try {
            JCas clean = jcas.getView(CleanTextView.VIEW);
            if (clean != jcas && !JCasUtil.select(clean, BaseToken.class).isEmpty()) {
                return clean;
            }
        } catch (CASException | RuntimeException e) {
            return jcas;
        }
        return jcas;
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
