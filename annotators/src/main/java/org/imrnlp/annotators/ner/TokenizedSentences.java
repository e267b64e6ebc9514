package org.imrnlp.annotators.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The sentences of an analysed CAS as lists of tokens, in text order, and the token strings a
 * name finder sees: the clean text of each token (its {@code normalizedForm}), so that a word
 * split across a PDF line end is one string without the line break. Training and tagging both
 * read tokens through this class, so they see the same strings.
 */
public final class TokenizedSentences {

    private TokenizedSentences() {
    }

    /** The tokens of each sentence, in text order (sentences without tokens are left out). */
    public static List<List<BaseToken>> of(JCas jcas) {
        Map<Sentence, List<BaseToken>> index = JCasUtil.indexCovered(jcas, Sentence.class, BaseToken.class);
        List<List<BaseToken>> sentences = new ArrayList<>();
        for (Sentence sentence : jcas.getAnnotationIndex(Sentence.class)) {
            List<BaseToken> tokens = index.get(sentence);
            if (tokens != null && !tokens.isEmpty()) {
                sentences.add(List.copyOf(tokens));
            }
        }
        return sentences;
    }

    /** The string a name finder sees for {@code token}. */
    public static String text(BaseToken token) {
        String form = token.getNormalizedForm();
        return form != null && !form.isEmpty() ? form : token.getCoveredText().replaceAll("\\s+", "");
    }

    /** The strings of {@code tokens}. */
    public static String[] texts(List<BaseToken> tokens) {
        String[] texts = new String[tokens.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = text(tokens.get(i));
        }
        return texts;
    }
}
