package org.imrnlp.models.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features from the {@link ClinicalVocabulary}: for each token the vocabulary
 * categories whose phrases cover it ({@code voc=diagnosis:B}, {@code voc=body_site:I}, ...),
 * and those of the previous and next token ({@code voc-1=...}, {@code voc+1=...}), or
 * {@code voc=none}. The tags of the last sentence are kept, since OpenNLP asks for each token of a
 * sentence in turn; an instance is used by one thread at a time, like every OpenNLP generator.
 */
public final class VocabularyFeatureGenerator implements AdaptiveFeatureGenerator {

    private final ClinicalVocabulary vocabulary;
    private String[] lastTokens;
    private List<List<String>> lastTags;

    public VocabularyFeatureGenerator(ClinicalVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastTokens) {
            lastTags = vocabulary.tag(tokens);
            lastTokens = tokens;
        }
        List<String> own = lastTags.get(index);
        if (own.isEmpty()) {
            features.add("voc=none");
        }
        for (String tag : own) {
            features.add("voc=" + tag);
        }
        if (index > 0) {
            for (String tag : lastTags.get(index - 1)) {
                features.add("voc-1=" + tag);
            }
        }
        if (index + 1 < tokens.length) {
            for (String tag : lastTags.get(index + 1)) {
                features.add("voc+1=" + tag);
            }
        }
    }
}
