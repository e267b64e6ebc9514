package org.imrnlp.annotators.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textsem.Modifier;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.CleanViewAnnotator;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.ner.ClinicalVocabulary;
import org.imrnlp.models.ner.NerExtensions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the spans an OpenNLP name-finder model finds in each sentence as annotations of the
 * model's types. A type named as in the annotation guide maps to its IMR-NLP type
 * ({@code Medication} to {@code org.imrnlp.type.MedicationAnnotation}, {@code Date} to
 * {@code org.imrnlp.type.ClinicalDate}); a name with a dot is taken as a full UIMA type name.
 * Clinical annotations get the default assertion (the context annotator sets it later).
 * A model type with no such annotation type (e.g. {@code Dose}: doses are modifiers attached to a
 * medication) is skipped with a warning. A model adds what the rules missed, never a second copy:
 * with {@link #OVERLAP_SAME_TYPE} (the default) a span that overlaps an annotation of its type
 * already in the CAS (from the rule-based annotators, or an earlier model) is skipped; with
 * {@link #OVERLAP_ANY_ENTITY} a span that overlaps any entity annotation (an
 * {@code IdentifiedAnnotation} that is not a modifier such as a negated statement) is skipped, so
 * that the rules' reading of a phrase always wins. Spans the model is less sure of than
 * {@link #PARAM_MIN_PROBABILITY} (the mean probability of their tokens' outcomes) are dropped.
 * The model is a file ({@link #PARAM_MODEL_FILE}) or a classpath resource
 * ({@link #PARAM_MODEL_RESOURCE}), loaded once and shared by every instance.
 */
@ResourceMetaData(name = "IMR-NLP OpenNLP name finder")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
        "org.apache.ctakes.typesystem.type.syntax.BaseToken",
        "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation"},
        outputs = "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation")
public class OpenNlpNerAnnotator extends CleanViewAnnotator {

    /** Path of the OpenNLP name-finder model file ({@code imrnlp train-ner} writes one). */
    public static final String PARAM_MODEL_FILE = "modelFile";
    /** Classpath location of the model, instead of a file (e.g. {@code /org/imrnlp/models/ner/clinical-ner.bin}). */
    public static final String PARAM_MODEL_RESOURCE = "modelResource";
    /** Which existing annotations keep a model span out: {@value #OVERLAP_SAME_TYPE} or {@value #OVERLAP_ANY_ENTITY}. */
    public static final String PARAM_OVERLAP = "overlap";
    /** The lowest mean token probability a span needs to be added (default 0: every span). */
    public static final String PARAM_MIN_PROBABILITY = "minProbability";
    /**
     * Per model type, a floor that replaces {@link #PARAM_MIN_PROBABILITY}: entries {@code TYPE=P},
     * e.g. {@code Diagnosis=0.9}; a floor above 1 turns the type's spans off.
     */
    public static final String PARAM_TYPE_MIN_PROBABILITIES = "typeMinProbabilities";
    /**
     * Classpath location of a TSV file of per-type floors ({@link NerFloors}, e.g.
     * {@link ClinicalNerModel#FLOORS}); entries of {@link #PARAM_TYPE_MIN_PROBABILITIES} replace its rows.
     */
    public static final String PARAM_FLOORS_RESOURCE = "floorsResource";
    /** Overlap policy: only an annotation of the span's own type keeps it out. */
    public static final String OVERLAP_SAME_TYPE = "same-type";
    /** Overlap policy: any entity annotation (not a modifier) keeps it out. */
    public static final String OVERLAP_ANY_ENTITY = "any-entity";

    private static final Map<String, TokenNameFinderModel> MODELS = new ConcurrentHashMap<>();
    /** The manifest entry holding the checksum of the vocabularies a model's features were computed from. */
    public static final String VOCABULARY_ENTRY = "imrnlp.vocabulary-sha256";

    @ConfigurationParameter(name = PARAM_MODEL_FILE, mandatory = false, description = "OpenNLP name-finder model file")
    private String modelFile;

    @ConfigurationParameter(name = PARAM_MODEL_RESOURCE, mandatory = false,
            description = "Classpath location of the OpenNLP name-finder model")
    private String modelResource;

    @ConfigurationParameter(name = PARAM_OVERLAP, defaultValue = OVERLAP_SAME_TYPE,
            description = "same-type or any-entity: which existing annotations keep a model span out")
    private String overlap;

    @ConfigurationParameter(name = PARAM_MIN_PROBABILITY, defaultValue = "0",
            description = "Lowest mean token probability of a span that is added")
    private float minProbability;

    @ConfigurationParameter(name = PARAM_TYPE_MIN_PROBABILITIES, mandatory = false,
            description = "Per model type, TYPE=P: the floor for that type's spans")
    private String[] typeMinProbabilities;

    @ConfigurationParameter(name = PARAM_FLOORS_RESOURCE, mandatory = false,
            description = "Classpath location of a TSV file of per-type floors (type, floor: 0 to 1 or off)")
    private String floorsResource;

    private final Map<String, Double> floors = new HashMap<>();

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpNerAnnotator.class);
    private static final String START_SUFFIX = "-" + BioCodec.START;

    private TokenNameFinderModel model;
    private NameFinderME finder;
    private Map<String, Type> types;
    private TypeSystem resolvedFor;
    private Type entityType;
    private Type modifierType;

    static {
        NerExtensions.register();
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if ((modelFile == null) == (modelResource == null)) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    "give exactly one of " + PARAM_MODEL_FILE + " and " + PARAM_MODEL_RESOURCE));
        }
        if (!OVERLAP_SAME_TYPE.equals(overlap) && !OVERLAP_ANY_ENTITY.equals(overlap)) {
            throw new ResourceInitializationException(new IllegalArgumentException(
                    PARAM_OVERLAP + " must be " + OVERLAP_SAME_TYPE + " or " + OVERLAP_ANY_ENTITY + ", not " + overlap));
        }
        floors.clear();
        if (floorsResource != null) {
            try {
                floors.putAll(NerFloors.readResource(floorsResource).byType());
            } catch (RuntimeException e) {
                throw new ResourceInitializationException(e);
            }
        }
        for (String entry : typeMinProbabilities == null ? new String[0] : typeMinProbabilities) {
            String[] parts = entry.split("=", 2);
            try {
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new NumberFormatException();
                }
                floors.put(parts[0].strip(), Double.parseDouble(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new ResourceInitializationException(new IllegalArgumentException(
                        PARAM_TYPE_MIN_PROBABILITIES + " entries are TYPE=P, not " + entry));
            }
        }
        model = modelFile != null ? load(Path.of(modelFile)) : loadResource(modelResource);
        String trainedWith = model.getManifestProperty(VOCABULARY_ENTRY);
        if (trainedWith != null && !trainedWith.equals(ClinicalVocabulary.shared().sha256())) {
            LOG.warn("{} was trained with other vocabularies than those on the classpath; retrain it (imrnlp train-ner)"
                    + " for the figures it was measured with", modelName());
        }
        finder = new NameFinderME(model);
    }

    /** The model at a classpath location, loaded once and shared. */
    private static TokenNameFinderModel loadResource(String resource) throws ResourceInitializationException {
        TokenNameFinderModel cached = MODELS.get("classpath:" + resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = OpenNlpNerAnnotator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no such classpath resource");
            }
            long start = System.nanoTime();
            TokenNameFinderModel model = new TokenNameFinderModel(in);
            LOG.debug("name-finder model {} loaded in {} ms", resource, (System.nanoTime() - start) / 1_000_000);
            TokenNameFinderModel raced = MODELS.putIfAbsent("classpath:" + resource, model);
            return raced != null ? raced : model;
        } catch (IOException | RuntimeException e) {
            throw new ResourceInitializationException(new IOException(
                    resource + ": not a readable OpenNLP name-finder model on the classpath (" + e.getMessage() + ")", e));
        }
    }

    /** The model, loaded once per file version and shared (a model is thread-safe; a finder is not). */
    private static TokenNameFinderModel load(Path file) throws ResourceInitializationException {
        try {
            String key = file.toAbsolutePath() + "@" + Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
            TokenNameFinderModel model = MODELS.get(key);
            if (model == null) {
                model = new TokenNameFinderModel(file);
                MODELS.put(key, model);
            }
            return model;
        } catch (IOException | RuntimeException e) {
            throw new ResourceInitializationException(
                    new IOException(file + ": not a readable OpenNLP name-finder model (" + e.getMessage() + ")", e));
        }
    }

    /** The UIMA type name for a type name of the annotation guide (or a full type name). */
    public static String uimaTypeName(String name) {
        if (name.indexOf('.') >= 0) {
            return name;
        }
        return "Date".equals(name) ? "org.imrnlp.type.ClinicalDate" : "org.imrnlp.type." + name + "Annotation";
    }

    /**
     * Resolves the model's types in {@code typeSystem}, once per type system; a type with no
     * annotation type of that name is skipped with a warning.
     */
    private void resolveTypes(TypeSystem typeSystem) {
        if (typeSystem == resolvedFor) {
            return;
        }
        types = new HashMap<>();
        Type annotation = typeSystem.getType(CAS.TYPE_NAME_ANNOTATION);
        for (String name : modelTypes()) {
            Type type = typeSystem.getType(uimaTypeName(name));
            if (type == null || !typeSystem.subsumes(annotation, type)) {
                LOG.warn("{}: model type {} is not an annotation type ({}); its spans are skipped", modelName(), name,
                        uimaTypeName(name));
            } else {
                types.put(name, type);
            }
        }
        entityType = typeSystem.getType(IdentifiedAnnotation.class.getName());
        modifierType = typeSystem.getType(Modifier.class.getName());
        resolvedFor = typeSystem;
    }

    private String modelName() {
        return modelFile != null ? modelFile : modelResource;
    }

    /** The entity types of the model: its outcomes {@code TYPE-start} (BIO codec). */
    private Set<String> modelTypes() {
        Set<String> names = new TreeSet<>();
        for (String outcome : model.getNameFinderSequenceModel().getOutcomes()) {
            if (outcome.endsWith(START_SUFFIX)) {
                names.add(outcome.substring(0, outcome.length() - START_SUFFIX.length()));
            }
        }
        return names;
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        CAS cas = jcas.getCas();
        resolveTypes(jcas.getTypeSystem());
        for (List<BaseToken> tokens : TokenizedSentences.of(jcas)) {
            Span[] spans = finder.find(TokenizedSentences.texts(tokens));
            double[] probabilities = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                Span span = spans[i];
                Type type = types.get(span.getType());
                int begin = tokens.get(span.getStart()).getBegin();
                int end = tokens.get(span.getEnd() - 1).getEnd();
                double floor = floors.getOrDefault(span.getType(), (double) minProbability);
                if (type == null || probabilities[i] < floor || overlapsExisting(cas, type, begin, end)) {
                    continue;
                }
                AnnotationFS a = cas.createAnnotation(type, begin, end);
                if (a instanceof IdentifiedAnnotation identified) {
                    AssertionCodes.setDefaults(identified);
                }
                cas.addFsToIndexes(a);
            }
        }
        finder.clearAdaptiveData();
    }

    /** Whether the rules (or an earlier model) already found an overlapping annotation that keeps this span out. */
    private boolean overlapsExisting(CAS cas, Type type, int begin, int end) {
        if (OVERLAP_SAME_TYPE.equals(overlap)) {
            return overlaps(cas, type, begin, end);
        }
        for (AnnotationFS existing : cas.getAnnotationIndex(entityType)) {
            if (existing.getBegin() >= end) {
                return false;
            }
            if (existing.getEnd() > begin && !cas.getTypeSystem().subsumes(modifierType, existing.getType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(CAS cas, Type type, int begin, int end) {
        for (AnnotationFS existing : cas.getAnnotationIndex(type)) {
            if (existing.getBegin() >= end) {
                return false;
            }
            if (existing.getEnd() > begin) {
                return true;
            }
        }
        return false;
    }
}
