package org.imrnlp.models.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link VocabularyFeatureGenerator} from a feature-generator descriptor element
 * {@code <generator class="org.imrnlp.models.ner.VocabularyFeatureGeneratorFactory"/>}; the
 * vocabulary comes from the classpath, not from the model file, so models stay small.
 */
public final class VocabularyFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() {
        return new VocabularyFeatureGenerator(ClinicalVocabulary.shared());
    }
}
