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
import org.imrnlp.type.Diagnosis;

/**
 * Finds diagnoses: lexicon conditions with the qualifiers, laterality, sites and spinal levels
 * written with them ({@code chronic right lumbar radiculitis}, {@code disk herniation at L5-S1}),
 * named pain conditions ({@code chronic pain}, {@code neuropathic pain}, pain listed as a
 * diagnosis or named as what a treatment is for), and {@code status post <procedure>}.
 */
@ResourceMetaData(name = "IMR-NLP diagnoses")
@TypeCapability(inputs = "org.apache.ctakes.typesystem.type.textspan.Sentence",
        outputs = {"org.imrnlp.type.Diagnosis", "org.imrnlp.type.Diagnosis:bodySite",
                "org.imrnlp.type.Diagnosis:laterality", "org.imrnlp.type.Diagnosis:level"})
public class DiagnosisAnnotator extends JCasAnnotator_ImplBase {

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
        List<Candidate> all = new ArrayList<>(scan.diagnoses());
        for (Candidate pain : scan.pain()) {
            if (pain.category().equals(MentionFinder.PainKind.DIAGNOSIS.name())) {
                all.add(pain);
            }
        }
        for (Candidate p : scan.procedures()) {
            int statusPost = finder.statusPostBefore(t, p.begin(), sentences.begin(p.begin(), 0));
            if (statusPost >= 0) {
                all.add(new Candidate(statusPost, p.end(), p.end(), "status-post"));
            }
        }
        ClinicalVocabulary vocabulary = finder.vocabulary();
        ReviewerText reviewer = ReviewerText.of(jcas, clean);
        for (Candidate c : MentionFinder.longestFirst(all)) {
            if (reviewer.contains(c.begin())) {
                continue;
            }
            Diagnosis d = new Diagnosis(jcas, clean.toOriginal(c.begin()), clean.toOriginalEnd(c.end()));
            d.setBodySite(vocabulary.bodySite(t, c.begin(), c.core()));
            d.setLaterality(vocabulary.laterality(t, c.begin(), c.end()));
            d.setLevel(ClinicalVocabulary.levels(t, c.begin(), c.end()));
            AssertionCodes.setDefaults(d);
            d.addToIndexes();
        }
    }
}
