package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
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
import org.imrnlp.type.Symptom;

/**
 * Finds symptoms the patient reports: pain with its site, character or course
 * ({@code constant pain in his back}, {@code lower back pain radiating to his right leg},
 * {@code backpain}) and lexicon complaints with their qualifiers and sites
 * ({@code severe leg cramps}, {@code muscle spasms in his back}, {@code numbness}). Spasm in a
 * sentence that reports an examination is left to the exam finding annotator.
 */
@ResourceMetaData(name = "IMR-NLP symptoms")
@TypeCapability(inputs = "org.apache.ctakes.typesystem.type.textspan.Sentence",
        outputs = {"org.imrnlp.type.Symptom", "org.imrnlp.type.Symptom:bodySite", "org.imrnlp.type.Symptom:laterality"})
public class SymptomAnnotator extends JCasAnnotator_ImplBase {

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
        Sentences sentences = Sentences.of(jcas, clean);
        MentionFinder.Scan scan = finder.scan(t, sentences);
        List<Candidate> all = new ArrayList<>();
        for (Candidate c : scan.symptoms()) {
            boolean exam = c.category().equals("spasm") && finder.examContext(t,
                    sentences.begin(c.begin(), 0), sentences.end(c.begin(), t.length()));
            if (!exam) {
                all.add(c);
            }
        }
        for (Candidate pain : scan.pain()) {
            if (pain.category().equals(MentionFinder.PainKind.SYMPTOM.name())) {
                all.add(pain);
            }
        }
        ClinicalVocabulary vocabulary = finder.vocabulary();
        ReviewerText reviewer = ReviewerText.of(jcas, clean);
        for (Candidate c : MentionFinder.longestFirst(all)) {
            if (reviewer.contains(c.begin())) {
                continue;
            }
            Symptom s = new Symptom(jcas, clean.toOriginal(c.begin()), clean.toOriginalEnd(c.end()));
            s.setBodySite(vocabulary.bodySite(t, c.begin(), c.core()));
            s.setLaterality(vocabulary.laterality(t, c.begin(), c.end()));
            AssertionCodes.setDefaults(s);
            s.addToIndexes();
        }
    }
}
