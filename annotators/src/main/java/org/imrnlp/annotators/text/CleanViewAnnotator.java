package org.imrnlp.annotators.text;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.cas.CleanTextView;

/**
 * An annotator that works in the clean-text view ({@value CleanTextView#VIEW}): it reads and writes
 * annotations there, in clean-text offsets, and never maps offsets itself. {@link BackmapAnnotator}
 * copies the view's annotations to the original text's view at the end of the pipeline. Whatever
 * view the engine is given, {@link #process(JCas)} hands the clean-text view to
 * {@link #processCleanView(JCas)}.
 */
public abstract class CleanViewAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public final void process(JCas jcas) throws AnalysisEngineProcessException {
        processCleanView(CleanTextView.view(jcas));
    }

    /** Annotates the clean-text view {@code view}, whose document text is the clean text. */
    protected abstract void processCleanView(JCas view) throws AnalysisEngineProcessException;
}
