package org.imrnlp.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.imrnlp.annotators.medication.DoseAnnotator;
import org.imrnlp.annotators.medication.DrugClassAnnotator;
import org.imrnlp.annotators.medication.MedicationAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.annotators.text.SentenceAnnotator;
import org.imrnlp.annotators.text.TokenAnnotator;

/**
 * The default IMR-NLP pipeline, built in this one place: clean-up, sections, sentences and
 * tokens, entity annotators, IMR structure, then assertion context. UIMA and cTAKES users add
 * {@link #description()} to their own aggregate; each annotator can also be used alone.
 */
public final class ImrPipeline {

    private ImrPipeline() {
    }

    /** The annotators of the default pipeline, in order. */
    public static List<AnalysisEngineDescription> components() throws ResourceInitializationException {
        return List.of(
                createEngineDescription(CleanTextAnnotator.class),
                createEngineDescription(SentenceAnnotator.class),
                createEngineDescription(TokenAnnotator.class),
                createEngineDescription(MedicationAnnotator.class),
                createEngineDescription(DrugClassAnnotator.class),
                createEngineDescription(DoseAnnotator.class));
    }

    /** The default pipeline as one aggregate analysis engine description. */
    public static AnalysisEngineDescription description() throws ResourceInitializationException {
        AggregateBuilder builder = new AggregateBuilder();
        for (AnalysisEngineDescription component : components()) {
            builder.add(component);
        }
        return builder.createAggregateDescription();
    }

    /** The IMR-NLP type system (cTAKES' types plus {@code org.imrnlp.type}). */
    public static TypeSystemDescription typeSystem() throws ResourceInitializationException {
        return TypeSystemDescriptionFactory.createTypeSystemDescription("org.imrnlp.type.ImrTypeSystem");
    }
}
