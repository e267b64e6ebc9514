package org.imrnlp.annotators.clinical;

import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.type.LexiconMatch;

/**
 * The clinical lexicon pass: matches the diagnosis, symptom, pain and procedure lexicons and the
 * exam trigger words in one pass over the words of the clean text ({@link MentionFinder}), grows
 * each head with the qualifiers, sides, sites and levels of the vocabularies, and writes one
 * {@link LexiconMatch} per result. The diagnosis, symptom, procedure and exam-finding annotators
 * choose their mentions among these matches.
 */
@ResourceMetaData(name = "IMR-NLP clinical lexicon pass")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence"},
        outputs = {"org.imrnlp.type.LexiconMatch", "org.imrnlp.type.LexiconMatch:lexicon",
                "org.imrnlp.type.LexiconMatch:category", "org.imrnlp.type.LexiconMatch:coreEnd",
                "org.imrnlp.type.LexiconMatch:icd10", "org.imrnlp.type.LexiconMatch:conceptId",
                "org.imrnlp.type.LexiconMatch:generated", "org.imrnlp.type.LexiconMatch:site"})
public class ClinicalLexiconAnnotator extends RulePackAnnotator {

    private MentionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = MentionFinder.get(rulePack());
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        MentionFinder.Scan scan = finder.scan(jcas.getDocumentText(), Sentences.of(jcas));
        add(jcas, LexiconMatches.DIAGNOSIS, scan.diagnoses());
        add(jcas, LexiconMatches.SYMPTOM, scan.symptoms());
        add(jcas, LexiconMatches.PAIN, scan.pain());
        add(jcas, LexiconMatches.PROCEDURE, scan.procedures());
        for (PhraseMatcher.Match<String> trigger : scan.examTriggers()) {
            LexiconMatch m = new LexiconMatch(jcas, trigger.begin(), trigger.end());
            m.setLexicon(LexiconMatches.EXAM_TRIGGER);
            m.setCategory(trigger.value());
            m.setCoreEnd(trigger.end());
            m.addToIndexes();
        }
    }

    private static void add(JCas jcas, String lexicon, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            LexiconMatch m = new LexiconMatch(jcas, c.begin(), c.end());
            m.setLexicon(lexicon);
            m.setCategory(c.category());
            m.setCoreEnd(c.core());
            m.setIcd10(c.icd10());
            m.setConceptId(c.conceptId());
            m.setGenerated(c.generated());
            m.setSite(c.site());
            m.addToIndexes();
        }
    }
}
