package org.imrnlp.core.cas;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.type.OffsetMap;

/**
 * Stores a document's {@link CleanText} in the CAS view {@value #VIEW} (its text plus an
 * {@link OffsetMap}) and reads it back, so that annotators clean a document once. Every annotator
 * of the pipeline annotates in this view, in clean-text offsets; one last engine maps the
 * annotations back to the original text's view.
 */
public final class CleanTextView {

    /** Name of the view holding the cleaned text. */
    public static final String VIEW = "cleanText";

    private CleanTextView() {
    }

    /** Cleans the document text of {@code jcas} and stores the result in the view. */
    public static CleanText create(JCas jcas) throws CASException {
        String original = jcas.getDocumentText();
        CleanText clean = CleanText.of(original == null ? "" : original);
        JCas view = jcas.createView(VIEW);
        view.setDocumentText(clean.text());
        IntegerArray array = IntegerArray.create(view, clean.originalOffsets());
        OffsetMap map = new OffsetMap(view, 0, clean.text().length());
        map.setOriginalOffsets(array);
        map.addToIndexes();
        return clean;
    }

    /** The clean-text view of {@code jcas} (any view of the CAS); fails if the clean-up annotator has not run. */
    public static JCas view(JCas jcas) {
        try {
            return jcas.getView(VIEW);
        } catch (CASException | org.apache.uima.cas.CASRuntimeException e) {
            throw new IllegalStateException("no " + VIEW + " view: run the clean-up annotator first", e);
        }
    }

    /**
     * The clean text stored for {@code jcas} (any view of the CAS); fails if the clean-up annotator has not run. Cheap:
     * it wraps the view's text and offset array without copying them (the offsets are only read).
     */
    public static CleanText get(JCas jcas) {
        try {
            JCas view = jcas.getView(VIEW);
            OffsetMap map = view.getAnnotationIndex(OffsetMap.class).iterator().next();
            String original = jcas.getView(CAS.NAME_DEFAULT_SOFA).getDocumentText();
            return CleanText.fromParts(view.getDocumentText(), map.getOriginalOffsets()._getTheArray(),
                    original == null ? 0 : original.length());
        } catch (CASException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("no " + VIEW + " view: run the clean-up annotator first", e);
        }
    }

    /**
     * Whether the clean character at {@code cleanOffset} starts a line of the original text (only
     * spaces or tabs before it there): a layout fact that clean-up joins away.
     */
    public static boolean startsOriginalLine(JCas jcas, int cleanOffset) {
        try {
            return get(jcas).startsOriginalLine(jcas.getView(CAS.NAME_DEFAULT_SOFA).getDocumentText(), cleanOffset);
        } catch (CASException e) {
            throw new IllegalStateException(e);
        }
    }
}
