package org.imrnlp.annotators.clinical;

import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.CleanViewAnnotator;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.core.cas.AssertionCodes;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;

/**
 * What the diagnosis, symptom and procedure annotators share: they pick their candidates from
 * the document's {@link MentionFinder} scan, skip those in the reviewer's credentials, and add
 * each as an annotation with the default assertion.
 */
abstract class ScannedMentionAnnotator extends CleanViewAnnotator {

    /** The shared lexicon scanner. */
    protected MentionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = MentionFinder.get();
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String t = jcas.getDocumentText();
        Sentences sentences = Sentences.of(jcas);
        ReviewerText reviewer = ReviewerText.of(jcas);
        SectionSpans diagnosisList = SectionSpans.of(jcas, SectionSpans.DIAGNOSES);
        SectionSpans examSection = SectionSpans.of(jcas, SectionSpans.EXAM);
        SectionSpans reviewOfSystems = SectionSpans.of(jcas, SectionSpans.REVIEW_OF_SYSTEMS);
        for (Candidate c : candidates(finder.scan(t, sentences), t, sentences, diagnosisList, examSection, reviewOfSystems)) {
            if (!reviewer.contains(c.begin())) {
                IdentifiedAnnotation mention = create(jcas, c.begin(), c.end(), t, c);
                AssertionCodes.setDefaults(mention);
                mention.addToIndexes();
            }
        }
    }

    /**
     * This annotator's candidates of the document, in the order they are added.
     *
     * @param diagnosisList the document's diagnosis-list sections (pain listed there is a diagnosis)
     * @param examSection   the document's examination sections (spasm there is an exam finding)
     * @param reviewOfSystems the document's review-of-systems sections (what is reported there is a symptom)
     */
    protected abstract List<Candidate> candidates(MentionFinder.Scan scan, String t, Sentences sentences,
                                                  SectionSpans diagnosisList, SectionSpans examSection,
                                                  SectionSpans reviewOfSystems);

    /** The annotation for candidate {@code c} over the original span, its attributes set. */
    protected abstract IdentifiedAnnotation create(JCas jcas, int begin, int end, String t, Candidate c);
}
