package org.imrnlp.corpus.format;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.ner.TokenizedSentences;

/**
 * A document's sentences as tokens with their spans in the original text and the strings a
 * token-based format writes (the clean token text: no whitespace inside).
 */
public record TokenizedText(List<List<Token>> sentences) {

    public TokenizedText {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    /** One token: span in the original text and its string. */
    public record Token(int begin, int end, String text) {
    }

    /** The sentences and tokens the pipeline put in {@code jcas}. */
    public static TokenizedText of(JCas jcas) {
        List<List<Token>> sentences = new ArrayList<>();
        for (List<BaseToken> tokens : TokenizedSentences.of(jcas)) {
            List<Token> sentence = new ArrayList<>(tokens.size());
            for (BaseToken t : tokens) {
                sentence.add(new Token(t.getBegin(), t.getEnd(), TokenizedSentences.text(t)));
            }
            sentences.add(sentence);
        }
        return new TokenizedText(sentences);
    }
}
