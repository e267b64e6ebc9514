package org.imrnlp.annotators.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FSIndexRepository;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.jcas.tcas.Annotation;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.type.LexiconMatch;
import org.imrnlp.type.OffsetMap;

/**
 * Maps the pipeline's annotations back to the original text, once, at the end: every annotation
 * of the clean-text view ({@value CleanTextView#VIEW}) is copied to the original text's view with
 * its offsets mapped through the view's {@link OffsetMap}, and removed from the clean-text view's
 * indexes. The clean view keeps its {@link OffsetMap} and the working matches of the lexicon pass
 * ({@link LexiconMatch}), which are no results. Features that point at annotations of the
 * clean-text view (directly or through an {@link FSArray}) point at the copies; other feature
 * structures (concepts) are shared. Runs after every engine that annotates the clean view.
 */
@ResourceMetaData(name = "IMR-NLP back-mapping to original offsets")
public class BackmapAnnotator extends JCasAnnotator_ImplBase {

    /**
     * How each annotation type's features are copied, made once per type (this engine runs one
     * document at a time, so the map needs no lock).
     */
    private final Map<Type, FeatureCopy[]> plans = new IdentityHashMap<>();

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            JCas original = jcas.getView(CAS.NAME_DEFAULT_SOFA);
            JCas clean = CleanTextView.view(jcas);
            new Copier(clean, original, CleanTextView.get(jcas), plans).copyAll();
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** How one feature's value is copied. */
    private enum Kind { INTEGER, BOOLEAN, DOUBLE, FLOAT, LONG, STRING, OTHER_PRIMITIVE, REFERENCE }

    /** One feature to copy (begin, end and sofa are set otherwise) and how. */
    private record FeatureCopy(Feature feature, Kind kind) {
    }

    /** Copies one document's annotations from the clean view to the original view. */
    private static final class Copier {

        private final JCas from;
        private final JCas to;
        private final CleanText map;
        private final Feature begin;
        private final Feature end;
        private final Feature sofa;
        private final Map<Type, FeatureCopy[]> plans;
        private Map<TOP, TOP> copies;

        Copier(JCas from, JCas to, CleanText map, Map<Type, FeatureCopy[]> plans) {
            this.from = from;
            this.to = to;
            this.map = map;
            this.plans = plans;
            TypeSystem types = from.getTypeSystem();
            Type annotationType = types.getType(CAS.TYPE_NAME_ANNOTATION);
            begin = annotationType.getFeatureByBaseName(CAS.FEATURE_BASE_NAME_BEGIN);
            end = annotationType.getFeatureByBaseName(CAS.FEATURE_BASE_NAME_END);
            sofa = types.getType(CAS.TYPE_NAME_ANNOTATION_BASE).getFeatureByBaseName(CAS.FEATURE_BASE_NAME_SOFA);
        }

        /**
         * Copies the annotations in index order (so that the copies keep their order among equal
         * spans), then takes them out of the clean view's indexes: type by type where every
         * annotation of the type was copied, else one by one.
         */
        void copyAll() {
            List<Annotation> indexed = new ArrayList<>();
            Set<Type> kept = new HashSet<>();
            Object document = from.getDocumentAnnotationFs();
            for (Annotation a : from.getAnnotationIndex()) {
                if (a != document && !(a instanceof OffsetMap) && !(a instanceof LexiconMatch)) {
                    indexed.add(a);
                } else {
                    kept.add(a.getType());
                }
            }
            copies = new IdentityHashMap<>(indexed.size() + indexed.size() / 2);
            for (Annotation a : indexed) {
                to.addFsToIndexes(copy(a));
            }
            FSIndexRepository indexes = from.getIndexRepository();
            Set<Type> removed = new HashSet<>();
            for (Annotation a : indexed) {
                Type type = a.getType();
                if (kept.contains(type)) {
                    a.removeFromIndexes();
                } else if (removed.add(type)) {
                    indexes.removeAllExcludingSubtypes(type);
                }
            }
        }

        /** The copy of {@code fs}: annotations of the clean view and arrays are copied, anything else is shared. */
        private TOP copy(TOP fs) {
            if (fs == null) {
                return null;
            }
            TOP done = copies.get(fs);
            if (done != null) {
                return done;
            }
            if (fs instanceof FSArray<?> array) {
                FSArray<TOP> result = new FSArray<>(to, array.size());
                copies.put(fs, result);
                for (int i = 0; i < array.size(); i++) {
                    result.set(i, copy((TOP) array.get(i)));
                }
                return result;
            }
            if (!(fs instanceof Annotation a) || a.getSofa() != from.getSofa()) {
                return fs;
            }
            Type type = fs.getType();
            TOP result = (TOP) to.getCas().createFS(type);
            copies.put(fs, result);
            for (FeatureCopy f : plans.computeIfAbsent(type, this::plan)) {
                copyFeature(fs, result, f);
            }
            Annotation target = (Annotation) result;
            int b = a.getBegin();
            int e = a.getEnd();
            int ob = map.toOriginal(b);
            target.setBegin(ob);
            target.setEnd(e <= b ? ob : Math.max(ob, map.toOriginalEnd(e)));
            return result;
        }

        /** The features of {@code type} to copy, and how. */
        private FeatureCopy[] plan(Type type) {
            List<FeatureCopy> plan = new ArrayList<>();
            for (Feature f : type.getFeatures()) {
                if (f.equals(begin) || f.equals(end) || f.equals(sofa)) {
                    continue;
                }
                Type range = f.getRange();
                Kind kind;
                if (!range.isPrimitive()) {
                    kind = Kind.REFERENCE;
                } else if (range.isStringOrStringSubtype()) {
                    kind = Kind.STRING;
                } else {
                    kind = switch (range.getName()) {
                        case CAS.TYPE_NAME_INTEGER -> Kind.INTEGER;
                        case CAS.TYPE_NAME_BOOLEAN -> Kind.BOOLEAN;
                        case CAS.TYPE_NAME_DOUBLE -> Kind.DOUBLE;
                        case CAS.TYPE_NAME_FLOAT -> Kind.FLOAT;
                        case CAS.TYPE_NAME_LONG -> Kind.LONG;
                        default -> Kind.OTHER_PRIMITIVE;
                    };
                }
                plan.add(new FeatureCopy(f, kind));
            }
            return plan.toArray(FeatureCopy[]::new);
        }

        /**
         * Copies one feature's value; a value that a new feature structure already holds (0,
         * false, null) is not set, which spares most features of most annotations (tokens) the
         * setters' index and journal checks.
         */
        private void copyFeature(TOP source, TOP target, FeatureCopy copy) {
            Feature f = copy.feature();
            switch (copy.kind()) {
                case INTEGER -> {
                    int v = source.getIntValue(f);
                    if (v != 0) {
                        target.setIntValue(f, v);
                    }
                }
                case BOOLEAN -> {
                    if (source.getBooleanValue(f)) {
                        target.setBooleanValue(f, true);
                    }
                }
                case DOUBLE -> {
                    double v = source.getDoubleValue(f);
                    if (Double.doubleToRawLongBits(v) != 0) {
                        target.setDoubleValue(f, v);
                    }
                }
                case FLOAT -> {
                    float v = source.getFloatValue(f);
                    if (Float.floatToRawIntBits(v) != 0) {
                        target.setFloatValue(f, v);
                    }
                }
                case LONG -> {
                    long v = source.getLongValue(f);
                    if (v != 0) {
                        target.setLongValue(f, v);
                    }
                }
                case STRING -> {
                    String v = source.getStringValue(f);
                    if (v != null) {
                        target.setStringValue(f, v);
                    }
                }
                case OTHER_PRIMITIVE -> target.setFeatureValueFromString(f, source.getFeatureValueAsString(f));
                case REFERENCE -> {
                    FeatureStructure v = source.getFeatureValue(f);
                    if (v != null) {
                        target.setFeatureValue(f, copy((TOP) v));
                    }
                }
            }
        }
    }
}
