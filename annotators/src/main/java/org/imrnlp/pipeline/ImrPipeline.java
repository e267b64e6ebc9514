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
import org.imrnlp.annotators.clinical.ClinicalLexiconAnnotator;
import org.imrnlp.annotators.RulePackAnnotator;
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
import org.imrnlp.annotators.medication.ContextualDrugAnnotator;
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
        return componentsWithNer(nerEngines, dictionaries, null);
    }

    /**
     * The annotators of {@link #componentsWithNer(List, List)}, those that read vocabularies and
     * rules reading them from the rule pack at {@code rulePack} (a directory or {@code .zip}; null
     * for the built-in pack), through their {@value RulePackAnnotator#PARAM_RULE_PACK} parameter.
     */
    public static List<AnalysisEngineDescription> componentsWithNer(List<AnalysisEngineDescription> nerEngines,
                                                                    List<Path> dictionaries, Path rulePack)
            throws ResourceInitializationException {
        String pack = rulePack == null ? "" : rulePack.toAbsolutePath().toString();
        List<AnalysisEngineDescription> components = new ArrayList<>();
        components.add(createEngineDescription(CleanTextAnnotator.class));
        components.add(packed(SectionAnnotator.class, pack));
        components.add(packed(SentenceAnnotator.class, pack));
        components.add(createEngineDescription(TokenAnnotator.class));
        components.add(packed(DateAnnotator.class, pack));
        components.add(packed(DemographicsAnnotator.class, pack));
        components.add(packed(ReviewerCredentialAnnotator.class, pack));
        components.add(packed(MedicationAnnotator.class, pack));
        components.add(packed(ContextualDrugAnnotator.class, pack));
        components.add(packed(DrugClassAnnotator.class, pack));
        components.add(packed(DoseAnnotator.class, pack));
        components.add(packed(ClinicalLexiconAnnotator.class, pack));
        components.add(packed(DiagnosisAnnotator.class, pack));
        components.add(packed(SymptomAnnotator.class, pack));
        components.add(packed(ExamFindingAnnotator.class, pack));
        components.add(packed(ProcedureAnnotator.class, pack));
        components.add(packed(PainScoreAnnotator.class, pack));
        components.addAll(nerEngines);
        if (!dictionaries.isEmpty()) {
            components.add(createEngineDescription(UserDictionaryAnnotator.class,
                    UserDictionaryAnnotator.PARAM_DICTIONARIES,
                    dictionaries.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new),
                    RulePackAnnotator.PARAM_RULE_PACK, pack));
        }
        components.add(packed(DisputedItemAnnotator.class, pack));
        components.add(packed(ContextAnnotator.class, pack));
        components.add(createEngineDescription(BackmapAnnotator.class));
        components.add(createEngineDescription(CtakesConceptAnnotator.class));
        return List.copyOf(components);
    }

    private static AnalysisEngineDescription packed(Class<? extends RulePackAnnotator> engine, String rulePack)
            throws ResourceInitializationException {
        return createEngineDescription(engine, RulePackAnnotator.PARAM_RULE_PACK, rulePack);
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
        return descriptionWithNer(nerEngines, dictionaries, null);
    }

    /**
     * The default pipeline with the given name-finder engines, user dictionaries and rule pack (see
     * {@link #componentsWithNer(List, List, Path)}).
     */
    public static AnalysisEngineDescription descriptionWithNer(List<AnalysisEngineDescription> nerEngines,
                                                               List<Path> dictionaries, Path rulePack)
            throws ResourceInitializationException {
        return aggregate(componentsWithNer(nerEngines, dictionaries, rulePack));
    }

    private static AnalysisEngineDescription aggregate(List<AnalysisEngineDescription> components)
            throws ResourceInitializationException {
        AggregateBuilder builder = new AggregateBuilder();
        for (AnalysisEngineDescription component : components) {
            builder.add(component);
        }
        return builder.createAggregateDescription();
    }

    /**
     * The default components that {@code engine} needs, by the types their {@code @TypeCapability}
     * declares: every earlier component that writes a type it reads (or a subtype of it), and what
     * those need in turn, in pipeline order, then {@code engine} itself and the back-mapper. A test
     * of one annotator runs this pipeline, not the whole one.
     */
    public static List<AnalysisEngineDescription> componentsFor(AnalysisEngineDescription engine)
            throws ResourceInitializationException {
        List<AnalysisEngineDescription> all = components();
        org.apache.uima.cas.TypeSystem types = org.apache.uima.util.CasCreationUtils
                .createCas(typeSystem(), null, null).getTypeSystem();
        boolean[] needed = new boolean[all.size()];
        java.util.Deque<AnalysisEngineDescription> open = new java.util.ArrayDeque<>(List.of(engine));
        int limit = all.size();
        while (!open.isEmpty()) {
            AnalysisEngineDescription reader = open.pop();
            int at = indexOf(all, reader);
            for (String input : Capabilities.inputs(reader)) {
                for (int i = 0; i < (at < 0 ? limit : at); i++) {
                    if (!needed[i] && Capabilities.writes(all.get(i), input, types)) {
                        needed[i] = true;
                        open.push(all.get(i));
                    }
                }
            }
        }
        List<AnalysisEngineDescription> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (needed[i]) {
                chosen.add(all.get(i));
            }
        }
        chosen.add(engine);
        chosen.add(createEngineDescription(BackmapAnnotator.class));
        return List.copyOf(chosen);
    }

    private static int indexOf(List<AnalysisEngineDescription> all, AnalysisEngineDescription engine) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getAnnotatorImplementationName().equals(engine.getAnnotatorImplementationName())) {
                return i;
            }
        }
        return -1;
    }

    /** The IMR-NLP type system (cTAKES' types plus {@code org.imrnlp.type}). */
    public static TypeSystemDescription typeSystem() throws ResourceInitializationException {
        return TypeSystemDescriptionFactory.createTypeSystemDescription("org.imrnlp.type.ImrTypeSystem");
    }
}
