package org.imrnlp.annotators.text;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.cas.CleanTextView;

/**
 * Cleans PDF-extracted text (joined lines, hyphenation, glued words) into the
 * {@value CleanTextView#VIEW} view, with a map back to original offsets. Runs first.
 */
@ResourceMetaData(name = "IMR-NLP clean-up")
@TypeCapability(outputs = "org.imrnlp.type.OffsetMap")
public class CleanTextAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            CleanTextView.create(jcas);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }
}
