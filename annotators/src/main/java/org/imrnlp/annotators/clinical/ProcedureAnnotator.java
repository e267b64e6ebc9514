package org.imrnlp.annotators.clinical;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.type.Procedure;

/**
 * Finds procedures: surgery, injections, therapy, imaging and tests, devices and programs, with
 * the qualifiers, laterality, sites and levels written with them ({@code posterior lumbar spinal
 * fusion at L4-L5 and L5-S1}, {@code MRI of the lumbar spine}, {@code TENS unit}).
 */
@ResourceMetaData(name = "IMR-NLP procedures")
@TypeCapability(inputs = "org.apache.ctakes.typesystem.type.textspan.Sentence",
        outputs = {"org.imrnlp.type.Procedure", "org.imrnlp.type.Procedure:bodySite",
                "org.imrnlp.type.Procedure:laterality", "org.imrnlp.type.Procedure:level"})
public class ProcedureAnnotator extends JCasAnnotator_ImplBase {

    private MentionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = MentionFinder.get();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CleanText clean = CleanTextView.get(jcas);
        String t = clean.text();
        ClinicalVocabulary vocabulary = finder.vocabulary();
        ReviewerText reviewer = ReviewerText.of(jcas, clean);
        for (Candidate c : finder.scan(t, Sentences.of(jcas, clean)).procedures()) {
            if (reviewer.contains(c.begin())) {
                continue;
            }
            Procedure p = new Procedure(jcas, clean.toOriginal(c.begin()), clean.toOriginalEnd(c.end()));
            p.setBodySite(vocabulary.bodySite(t, c.begin(), c.end()));
            p.setLaterality(vocabulary.laterality(t, c.begin(), c.end()));
            p.setLevel(ClinicalVocabulary.levels(t, c.begin(), c.end()));
            AssertionCodes.setDefaults(p);
            p.addToIndexes();
        }
    }
}
