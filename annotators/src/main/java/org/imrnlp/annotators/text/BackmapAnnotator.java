package org.imrnlp.annotators.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.Feature;
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

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            JCas original = jcas.getView(CAS.NAME_DEFAULT_SOFA);
            JCas clean = CleanTextView.view(jcas);
            new Copier(clean, original, CleanTextView.get(jcas)).copyAll();
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Copies one document's annotations from the clean view to the original view. */
    private static final class Copier {

        private final JCas from;
        private final JCas to;
        private final CleanText map;
        private final Feature begin;
        private final Feature end;
        private final Feature sofa;
        private final Type annotationType;
        private final Type arrayType;
        private final Map<TOP, TOP> copies = new IdentityHashMap<>();

        Copier(JCas from, JCas to, CleanText map) {
            this.from = from;
            this.to = to;
            this.map = map;
            TypeSystem types = from.getTypeSystem();
            annotationType = types.getType(CAS.TYPE_NAME_ANNOTATION);
            arrayType = types.getType(CAS.TYPE_NAME_FS_ARRAY);
            begin = annotationType.getFeatureByBaseName(CAS.FEATURE_BASE_NAME_BEGIN);
            end = annotationType.getFeatureByBaseName(CAS.FEATURE_BASE_NAME_END);
            sofa = types.getType(CAS.TYPE_NAME_ANNOTATION_BASE).getFeatureByBaseName(CAS.FEATURE_BASE_NAME_SOFA);
        }

        void copyAll() {
            List<Annotation> indexed = new ArrayList<>();
            Object document = from.getDocumentAnnotationFs();
            for (Annotation a : from.getAnnotationIndex()) {
                if (a != document && !(a instanceof OffsetMap) && !(a instanceof LexiconMatch)) {
                    indexed.add(a);
                }
            }
            for (Annotation a : indexed) {
                to.addFsToIndexes(copy(a));
            }
            for (Annotation a : indexed) {
                a.removeFromIndexes();
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
            TOP result = (TOP) to.getCas().createFS(fs.getType());
            copies.put(fs, result);
            for (Feature f : fs.getType().getFeatures()) {
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

        private void copyFeature(TOP source, TOP target, Feature f) {
            if (f == begin || f == end || f == sofa) {
                return;
            }
            Type range = f.getRange();
            if (range.isPrimitive()) {
                switch (range.getName()) {
                    case CAS.TYPE_NAME_INTEGER -> target.setIntValue(f, source.getIntValue(f));
                    case CAS.TYPE_NAME_BOOLEAN -> target.setBooleanValue(f, source.getBooleanValue(f));
                    case CAS.TYPE_NAME_DOUBLE -> target.setDoubleValue(f, source.getDoubleValue(f));
                    case CAS.TYPE_NAME_FLOAT -> target.setFloatValue(f, source.getFloatValue(f));
                    case CAS.TYPE_NAME_LONG -> target.setLongValue(f, source.getLongValue(f));
                    default -> target.setFeatureValueFromString(f, source.getFeatureValueAsString(f));
                }
            } else {
                FeatureStructure value = source.getFeatureValue(f);
                target.setFeatureValue(f, copy((TOP) value));
            }
        }
    }
}
