package org.imrnlp.annotators.ner;

import java.io.IOException;
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
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.cas.AssertionCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the spans an OpenNLP name-finder model finds in each sentence as annotations of the
 * model's types. A type named as in the annotation guide maps to its IMR-NLP type
 * ({@code Medication} to {@code org.imrnlp.type.Medication}, {@code Date} to
 * {@code org.imrnlp.type.ClinicalDate}); a name with a dot is taken as a full UIMA type name.
 * Clinical annotations get the default assertion (the context annotator sets it later).
 * A model type with no such annotation type (e.g. {@code Dose}: doses are modifiers attached to a
 * medication) is skipped with a warning. A span that overlaps an annotation of its type already in
 * the CAS (from the rule-based annotators, or an earlier model) is skipped: a model adds what the
 * rules missed, never a second copy.
 */
@ResourceMetaData(name = "IMR-NLP OpenNLP name finder")
@TypeCapability(inputs = {"org.apache.ctakes.typesystem.type.textspan.Sentence",
        "org.apache.ctakes.typesystem.type.syntax.BaseToken"},
        outputs = "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation")
public class OpenNlpNerAnnotator extends JCasAnnotator_ImplBase {

    /** Path of the OpenNLP name-finder model file ({@code imrnlp train-ner} writes one). */
    public static final String PARAM_MODEL_FILE = "modelFile";

    private static final Map<String, TokenNameFinderModel> MODELS = new ConcurrentHashMap<>();

    @ConfigurationParameter(name = PARAM_MODEL_FILE, description = "OpenNLP name-finder model file")
    private String modelFile;

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpNerAnnotator.class);
    private static final String START_SUFFIX = "-" + BioCodec.START;

    private TokenNameFinderModel model;
    private NameFinderME finder;
    private Map<String, Type> types;
    private TypeSystem resolvedFor;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        model = load(Path.of(modelFile));
        finder = new NameFinderME(model);
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
        return "Date".equals(name) ? "org.imrnlp.type.ClinicalDate" : "org.imrnlp.type." + name;
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
                LOG.warn("{}: model type {} is not an annotation type ({}); its spans are skipped", modelFile, name,
                        uimaTypeName(name));
            } else {
                types.put(name, type);
            }
        }
        resolvedFor = typeSystem;
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
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CAS cas = jcas.getCas();
        resolveTypes(jcas.getTypeSystem());
        for (List<BaseToken> tokens : TokenizedSentences.of(jcas)) {
            for (Span span : finder.find(TokenizedSentences.texts(tokens))) {
                Type type = types.get(span.getType());
                int begin = tokens.get(span.getStart()).getBegin();
                int end = tokens.get(span.getEnd() - 1).getEnd();
                if (type == null || overlapsExisting(cas, type, begin, end)) {
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

    /** Whether the rules (or an earlier model) already found an overlapping annotation of this type. */
    private static boolean overlapsExisting(CAS cas, Type type, int begin, int end) {
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
