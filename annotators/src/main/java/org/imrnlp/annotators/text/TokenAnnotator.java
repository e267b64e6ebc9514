package org.imrnlp.annotators.text;

import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.ctakes.typesystem.type.syntax.NumToken;
import org.apache.ctakes.typesystem.type.syntax.PunctuationToken;
import org.apache.ctakes.typesystem.type.syntax.WordToken;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Splits the clean text into cTAKES tokens: a {@link WordToken} is a letter followed by letters
 * and digits ({@code L5}, {@code alpha2}); a {@link NumToken} is digits with an optional decimal
 * part ({@code 0.5}, {@code .5}); every other visible character is a {@link PunctuationToken}.
 * A word hyphenated across a PDF line end is two word tokens around a hyphen, with the line
 * break removed in the clean text. A token never spans white space, so its covered text is its
 * clean text.
 */
@ResourceMetaData(name = "IMR-NLP tokens")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap",
        outputs = {"org.apache.ctakes.typesystem.type.syntax.WordToken",
                "org.apache.ctakes.typesystem.type.syntax.NumToken",
                "org.apache.ctakes.typesystem.type.syntax.PunctuationToken"})
public class TokenAnnotator extends CleanViewAnnotator {

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        char[] text = jcas.getDocumentText().toCharArray();
        int number = 0;
        int i = 0;
        int length = text.length;
        while (i < length) {
            char c = text[i];
            if (c == ' ' || c == '\n' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            BaseToken token;
            if (isLetter(c)) {
                end = i + 1;
                while (end < length && isLetterOrDigit(text[end])) {
                    end++;
                }
                token = new WordToken(jcas, i, end);
            } else if (isDigit(c) || (c == '.' && i + 1 < length && isDigit(text[i + 1])
                    && (i == 0 || !isLetterOrDigit(text[i - 1])))) {
                end = digits(text, i + 1);
                if (end + 1 < length && text[end] == '.' && isDigit(text[end + 1]) && c != '.') {
                    end = digits(text, end + 1);
                }
                token = new NumToken(jcas, i, end);
            } else {
                end = i + 1;
                token = new PunctuationToken(jcas, i, end);
            }
            token.setTokenNumber(number++);
            token.addToIndexes();
            i = end;
        }
    }

    private static int digits(char[] text, int from) {
        int end = from;
        while (end < text.length && isDigit(text[end])) {
            end++;
        }
        return end;
    }

    /** {@link Character#isLetter(char)}, with a fast path for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    /** {@link Character#isDigit(char)}, with a fast path for ASCII. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, with a fast path for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }
}
