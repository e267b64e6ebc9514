package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.type.LexiconMatch;

/**
 * Reads the {@link LexiconMatch} annotations of {@link ClinicalLexiconAnnotator} back as the
 * candidates of each lexicon, in the order the pass wrote them within each lexicon.
 */
final class LexiconMatches {

    static final String DIAGNOSIS = "diagnosis";
    static final String SYMPTOM = "symptom";
    static final String PAIN = "pain";
    static final String PROCEDURE = "procedure";
    static final String EXAM_TRIGGER = "exam-trigger";

    private LexiconMatches() {
    }

    /** The document's matches, by lexicon, each list in the order the pass wrote it. */
    static MentionFinder.Scan of(JCas jcas) {
        List<LexiconMatch> written = new ArrayList<>(jcas.getAnnotationIndex(LexiconMatch.class).size());
        jcas.getAnnotationIndex(LexiconMatch.class).forEach(written::add);
        written.sort(java.util.Comparator.comparingInt(LexiconMatch::_id));
        List<Candidate> diagnoses = new ArrayList<>();
        List<Candidate> symptoms = new ArrayList<>();
        List<Candidate> pain = new ArrayList<>();
        List<Candidate> procedures = new ArrayList<>();
        List<PhraseMatcher.Match<String>> triggers = new ArrayList<>();
        for (LexiconMatch m : written) {
            String lexicon = m.getLexicon();
            if (EXAM_TRIGGER.equals(lexicon)) {
                triggers.add(new PhraseMatcher.Match<>(m.getBegin(), m.getEnd(), m.getCoveredText(), m.getCategory()));
                continue;
            }
            Candidate c = new Candidate(m.getBegin(), m.getEnd(), m.getCoreEnd(), m.getCategory(), m.getIcd10(),
                    m.getConceptId(), m.getGenerated(), m.getSite());
            switch (lexicon) {
                case DIAGNOSIS -> diagnoses.add(c);
                case SYMPTOM -> symptoms.add(c);
                case PAIN -> pain.add(c);
                case PROCEDURE -> procedures.add(c);
                default -> throw new IllegalStateException("unknown lexicon " + lexicon);
            }
        }
        return new MentionFinder.Scan(diagnoses, symptoms, pain, procedures, triggers);
    }
}
