package org.imrnlp.annotators.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The clinical name-finder model shipped in the {@code models} module: an OpenNLP model of
 * ExamFinding, Symptom, Diagnosis and Procedure trained on the dev split of the real-text gold
 * ({@code imrnlp train-ner --gold corpus/gold/real --split dev}), and how it is combined with the
 * rules: its spans are added only where no rule found an entity of any type, and only when the
 * model is sure enough of them (per-type floors, {@link #FLOORS}; both chosen by cross-validation
 * on the dev split). The model's manifest records its version, types, features, vocabulary
 * checksum and training-data checksum ({@code imrnlp.*} entries).
 */
public final class ClinicalNerModel {

    /** Classpath location of the model. */
    public static final String RESOURCE = "/org/imrnlp/models/ner/clinical-ner.bin";
    /** The overlap policy the model runs with. */
    public static final String OVERLAP = OpenNlpNerAnnotator.OVERLAP_ANY_ENTITY;
    /**
     * Classpath location of the per-type floors the model runs with ({@link NerFloors}; a type
     * without a row is never added). Chosen by k-fold cross-validation of the rules plus the model
     * on the dev split and written by {@code imrnlp train-ner --floors}. The model still learns all
     * four types, so each type's spans are told apart from the others'.
     */
    public static final String FLOORS = "/org/imrnlp/models/ner/clinical-ner-floors.tsv";

    private ClinicalNerModel() {
    }

    /** The shipped floors ({@link #FLOORS}). */
    public static NerFloors floors() {
        return NerFloors.readResource(FLOORS);
    }

    /** The engine that runs the model with its measured policy. */
    public static AnalysisEngineDescription engine() throws ResourceInitializationException {
        return createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_RESOURCE, RESOURCE,
                OpenNlpNerAnnotator.PARAM_OVERLAP, OVERLAP,
                OpenNlpNerAnnotator.PARAM_MIN_PROBABILITY, (float) NerFloors.OFF,
                OpenNlpNerAnnotator.PARAM_FLOORS_RESOURCE, FLOORS);
    }
}
