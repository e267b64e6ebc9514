package org.imrnlp.annotators.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The clinical name-finder model shipped in the {@code models} module: an OpenNLP model of
 * ExamFinding, Symptom, Diagnosis and Procedure trained on the dev split of the real-text gold
 * ({@code imrnlp train-ner --gold corpus/gold/real --split dev}), and how it is combined with the
 * rules: its spans are added only where no rule found an entity of any type, and only when the
 * model is sure enough of them (both settings chosen by cross-validation on the dev split). The
 * model's manifest records its version, types, features, vocabulary checksum and training-data
 * checksum ({@code imrnlp.*} entries).
 */
public final class ClinicalNerModel {

    /** Classpath location of the model. */
    public static final String RESOURCE = "/org/imrnlp/models/ner/clinical-ner.bin";
    /** The overlap policy the model runs with. */
    public static final String OVERLAP = OpenNlpNerAnnotator.OVERLAP_ANY_ENTITY;
    /** The lowest mean token probability of a span that is added, for a type without a floor of its own. */
    public static final float MIN_PROBABILITY = 0.95f;
    /**
     * Per-type floors ({@code TYPE=P}; above 1: the type's spans are never added). Chosen by 5-fold
     * cross-validation on dev: per type the floor with the best F1 over letters and notes whose
     * precision stays within 0.02 of the rules' in both; a type is off where no floor raised F1
     * (symptoms, procedures). The model still learns all four types, so each type's spans are
     * told apart from the others'.
     */
    public static final List<String> TYPE_MIN_PROBABILITIES = List.of("Diagnosis=0.95", "ExamFinding=0.8",
            "Procedure=1.01", "Symptom=1.01");

    private ClinicalNerModel() {
    }

    /** The engine that runs the model with its measured policy. */
    public static AnalysisEngineDescription engine() throws ResourceInitializationException {
        return createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_RESOURCE, RESOURCE,
                OpenNlpNerAnnotator.PARAM_OVERLAP, OVERLAP,
                OpenNlpNerAnnotator.PARAM_MIN_PROBABILITY, MIN_PROBABILITY,
                OpenNlpNerAnnotator.PARAM_TYPE_MIN_PROBABILITIES, TYPE_MIN_PROBABILITIES.toArray(new String[0]));
    }
}
