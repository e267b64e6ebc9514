package org.imrnlp.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyFeatureGeneratorTest {

    private static List<String> features(String[] tokens, int index) {
        List<String> features = new ArrayList<>();
        new VocabularyFeatureGenerator(ClinicalVocabulary.shared()).createFeatures(features, tokens, index, new String[0]);
        return features;
    }

    @Test
    void givesATokensOwnCategoriesAndThoseOfItsNeighbours() {
        String[] tokens = "positive straight leg raise on the left".split(" ");
        assertEquals(List.of("voc=exam_result:B", "voc+1=exam_test:B"), features(tokens, 0));
        assertEquals(List.of("voc=none", "voc+1=laterality:B"), features(tokens, 5));
        assertEquals(List.of("voc=laterality:B"), features(tokens, 6));
    }

    @Test
    void reusesTheTagsOfTheSameSentenceAndRetagsANewOne() {
        VocabularyFeatureGenerator generator = new VocabularyFeatureGenerator(ClinicalVocabulary.shared());
        List<String> first = new ArrayList<>();
        String[] sentence = {"numbness", "reported"};
        generator.createFeatures(first, sentence, 0, new String[0]);
        List<String> second = new ArrayList<>();
        generator.createFeatures(second, new String[] {"denies", "numbness"}, 0, new String[0]);
        assertEquals(List.of("voc=symptom:B"), first);
        assertEquals(List.of("voc=none", "voc+1=symptom:B"), second);
    }
}
