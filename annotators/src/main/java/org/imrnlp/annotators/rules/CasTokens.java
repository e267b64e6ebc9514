package org.imrnlp.annotators.rules;

import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.ctakes.typesystem.type.syntax.NewlineToken;
import org.apache.ctakes.typesystem.type.syntax.NumToken;
import org.apache.ctakes.typesystem.type.syntax.PunctuationToken;
import org.apache.ctakes.typesystem.type.syntax.SymbolToken;
import org.apache.ctakes.typesystem.type.syntax.WordToken;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.cas.CleanTextView;
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
        String text = view.getDocumentText();
        TokenArray.Builder b = TokenArray.builder();
        int previousEnd = 0;
        boolean first = true;
        boolean lineBreak = false;
        for (BaseToken t : JCasUtil.select(view, BaseToken.class)) {
            if (t instanceof NewlineToken) {
                lineBreak = true;
                continue;
            }
            TokenArray.Gap gap = TokenArray.gapOf(text, previousEnd, t.getBegin(), first);
            if (lineBreak && !first) {
                gap = TokenArray.Gap.LINE;
            }
            b.add(t.getCoveredText(), t.getBegin(), t.getEnd(), kind(t), gap);
            previousEnd = t.getEnd();
            first = false;
            lineBreak = false;
        }
        return b.build();
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
