package org.imrnlp.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.imrnlp.annotators.clinical.DiagnosisAnnotator;
import org.imrnlp.annotators.clinical.ExamFindingAnnotator;
import org.imrnlp.annotators.clinical.PainScoreAnnotator;
import org.imrnlp.annotators.clinical.ProcedureAnnotator;
import org.imrnlp.annotators.clinical.SymptomAnnotator;
import org.imrnlp.annotators.clinical.UserDictionaryAnnotator;
import org.imrnlp.annotators.context.ContextAnnotator;
import org.imrnlp.annotators.ctakes.CtakesConceptAnnotator;
import org.imrnlp.annotators.date.DateAnnotator;
import org.imrnlp.annotators.demographics.DemographicsAnnotator;
import org.imrnlp.annotators.imr.DisputedItemAnnotator;
import org.imrnlp.annotators.imr.ReviewerCredentialAnnotator;
import org.imrnlp.annotators.medication.DoseAnnotator;
import org.imrnlp.annotators.medication.DrugClassAnnotator;
import org.imrnlp.annotators.medication.MedicationAnnotator;
import org.imrnlp.annotators.ner.ClinicalNerModel;
import org.imrnlp.annotators.ner.OpenNlpNerAnnotator;
import org.imrnlp.annotators.section.SectionAnnotator;
import org.imrnlp.annotators.text.BackmapAnnotator;
import org.imrnlp.annotators.text.CleanTextAnnotator;
import org.imrnlp.annotators.text.SentenceAnnotator;
import org.imrnlp.annotators.text.TokenAnnotator;

/**
 * The default IMR-NLP pipeline, built in this one place: clean-up, sections, sentences and
 * tokens, dates and people, entity annotators, optional name-finder models, IMR structure,
 * assertion context, the mapping back to original offsets ({@link BackmapAnnotator}), then
 * cTAKES' semantic groups and codes ({@link CtakesConceptAnnotator}). UIMA and cTAKES users add
 * {@link #description()} to their own aggregate.
 *
 * <p>Every engine between {@link CleanTextAnnotator} and {@link BackmapAnnotator} annotates the
 * clean-text view, in clean-text offsets; the back-mapper copies the results to the original
 * text's view, once. An annotator used alone therefore runs after {@link CleanTextAnnotator}, and
 * its results are read in the original view after {@link BackmapAnnotator}.
 */
public final class ImrPipeline {

    private ImrPipeline() {
    }

    /** The annotators of the default pipeline, in order. */
    public static List<AnalysisEngineDescription> components() throws ResourceInitializationException {
        return components(List.of());
    }

    /**
     * The annotators of the default pipeline with an {@link OpenNlpNerAnnotator} per model after
     * the rule-based entity annotators, so that disputed items and context see their spans.
     */
    public static List<AnalysisEngineDescription> components(List<Path> nerModels)
            throws ResourceInitializationException {
        return components(nerModels, List.of());
    }

    /**
     * The annotators of the default pipeline with the name-finder models of
     * {@link #components(List)} and, where {@code dictionaries} are given, a
     * {@link UserDictionaryAnnotator} matching them after the built-in entity annotators (before
     * disputed items and context, so that both see its mentions).
     */
    public static List<AnalysisEngineDescription> components(List<Path> nerModels, List<Path> dictionaries)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> engines = new ArrayList<>();
        for (Path model : nerModels) {
            engines.add(nerEngine(model));
        }
        return componentsWithNer(engines, dictionaries);
    }

    /** The engine running a name-finder model file (a span overlapping an annotation of its type is skipped). */
    public static AnalysisEngineDescription nerEngine(Path model) throws ResourceInitializationException {
        return createEngineDescription(OpenNlpNerAnnotator.class,
                OpenNlpNerAnnotator.PARAM_MODEL_FILE, model.toAbsolutePath().toString());
    }

    /**
     * The annotators of the default pipeline with the given name-finder engines (e.g.
     * {@link ClinicalNerModel#engine()}) after the rule-based entity annotators and before user
     * dictionaries, IMR structure and assertion context, so that negation and the other assertions
     * apply to their spans.
     */
    public static List<AnalysisEngineDescription> componentsWithNer(List<AnalysisEngineDescription> nerEngines,
                                                                    List<Path> dictionaries)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> components = new ArrayList<>();
        components.add(createEngineDescription(CleanTextAnnotator.class));
        components.add(createEngineDescription(SectionAnnotator.class));
        components.add(createEngineDescription(SentenceAnnotator.class));
        components.add(createEngineDescription(TokenAnnotator.class));
        components.add(createEngineDescription(DateAnnotator.class));
        components.add(createEngineDescription(DemographicsAnnotator.class));
        components.add(createEngineDescription(ReviewerCredentialAnnotator.class));
        components.add(createEngineDescription(MedicationAnnotator.class));
        components.add(createEngineDescription(DrugClassAnnotator.class));
        components.add(createEngineDescription(DoseAnnotator.class));
        components.add(createEngineDescription(DiagnosisAnnotator.class));
        components.add(createEngineDescription(SymptomAnnotator.class));
        components.add(createEngineDescription(ExamFindingAnnotator.class));
        components.add(createEngineDescription(ProcedureAnnotator.class));
        components.add(createEngineDescription(PainScoreAnnotator.class));
        components.addAll(nerEngines);
        if (!dictionaries.isEmpty()) {
            components.add(createEngineDescription(UserDictionaryAnnotator.class,
                    UserDictionaryAnnotator.PARAM_DICTIONARIES,
                    dictionaries.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new)));
        }
        components.add(createEngineDescription(DisputedItemAnnotator.class));
        components.add(createEngineDescription(ContextAnnotator.class));
        components.add(createEngineDescription(BackmapAnnotator.class));
        components.add(createEngineDescription(CtakesConceptAnnotator.class));
        return List.copyOf(components);
    }

    /** The default pipeline as one aggregate analysis engine description. */
    public static AnalysisEngineDescription description() throws ResourceInitializationException {
        return description(List.of());
    }

    /** The default pipeline plus OpenNLP name-finder models (see {@link #components(List)}). */
    public static AnalysisEngineDescription description(List<Path> nerModels) throws ResourceInitializationException {
        return description(nerModels, List.of());
    }

    /** The default pipeline plus name-finder models and user dictionaries (see {@link #components(List, List)}). */
    public static AnalysisEngineDescription description(List<Path> nerModels, List<Path> dictionaries)
            throws ResourceInitializationException {
        return aggregate(components(nerModels, dictionaries));
    }

    /** The default pipeline with the given name-finder engines (see {@link #componentsWithNer(List, List)}). */
    public static AnalysisEngineDescription descriptionWithNer(List<AnalysisEngineDescription> nerEngines)
            throws ResourceInitializationException {
        return descriptionWithNer(nerEngines, List.of());
    }

    /**
     * The default pipeline with the given name-finder engines and user dictionaries (see
     * {@link #componentsWithNer(List, List)}).
     */
    public static AnalysisEngineDescription descriptionWithNer(List<AnalysisEngineDescription> nerEngines,
                                                               List<Path> dictionaries)
            throws ResourceInitializationException {
        return aggregate(componentsWithNer(nerEngines, dictionaries));
    }

    private static AnalysisEngineDescription aggregate(List<AnalysisEngineDescription> components)
            throws ResourceInitializationException {
        AggregateBuilder builder = new AggregateBuilder();
        for (AnalysisEngineDescription component : components) {
            builder.add(component);
        }
        return builder.createAggregateDescription();
    }

    /** The IMR-NLP type system (cTAKES' types plus {@code org.imrnlp.type}). */
    public static TypeSystemDescription typeSystem() throws ResourceInitializationException {
        return TypeSystemDescriptionFactory.createTypeSystemDescription("org.imrnlp.type.ImrTypeSystem");
    }
}
