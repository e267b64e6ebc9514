package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.type.SymptomAnnotation;

/**
 * Finds symptoms the patient reports: pain with its site, character or course
 * ({@code constant pain in his back}, {@code lower back pain radiating to his right leg},
 * {@code backpain}) and lexicon complaints with their qualifiers and sites
 * ({@code severe leg cramps}, {@code muscle spasms in his back}, {@code numbness}). Spasm and
 * swelling in a sentence that reports an examination on a line under an exam label (swelling also as a field of its own: {@code Swelling: none}) are
 * left to the exam finding annotator; words that name a symptom only as an item of a review of
 * systems ({@code frequency}, {@code urgency}: category {@code ros}) count only there; and pain listed
 * as a diagnosis (in a diagnosis list section, or with an ICD-10-CM code written next to it) to
 * the diagnosis annotator. The body site is the one named before any radiation ({@code neck pain
 * radiating to the arm}: neck), or where the complaint radiates when nothing names one before
 * ({@code pain radiates down both arms}: arm).
 */
@ResourceMetaData(name = "IMR-NLP symptoms")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.ReviewerCredentialAnnotation",
                "org.imrnlp.type.LexiconMatch"},
        outputs = {"org.imrnlp.type.SymptomAnnotation", "org.imrnlp.type.SymptomAnnotation:bodySite", "org.imrnlp.type.SymptomAnnotation:laterality"})
public class SymptomAnnotator extends ScannedMentionAnnotator {

    /** The category of a phrase that is a symptom only in a review of systems ({@code frequency}, {@code urgency}). */
    static final String REVIEW_OF_SYSTEMS_ONLY = "ros";

    @Override
    protected List<Candidate> candidates(MentionFinder.Scan scan, String t, Sentences sentences,
                                         SectionSpans diagnosisList, SectionSpans examSection,
                                         SectionSpans reviewOfSystems) {
        List<Candidate> all = new ArrayList<>();
        for (Candidate c : scan.symptoms()) {
            if (c.category().equals(REVIEW_OF_SYSTEMS_ONLY) && !reviewOfSystems.contains(c.begin())) {
                continue;
            }
            boolean sign = c.category().equals(ExamPatterns.SIGN);
            int sb = sentences.begin(c.begin(), 0);
            int se = sentences.end(c.begin(), t.length());
            boolean exam = (c.category().equals("spasm") || sign) && !reviewOfSystems.contains(c.begin())
                    && (examSection.contains(c.begin()) || finder.examContext(t, sb, se)
                    || finder.vocabulary().examLabel(t, c.begin())
                    || (sign && ClinicalVocabulary.namesField(t, c.end())));
            if (!exam) {
                all.add(c);
            }
        }
        for (Candidate pain : scan.pain()) {
            if (pain.category().equals(MentionFinder.PainKind.SYMPTOM.name())
                    && !finder.listedAsDiagnosis(t, pain, sentences, diagnosisList)) {
                all.add(pain);
            }
        }
        return MentionFinder.longestFirst(all);
    }

    @Override
    protected IdentifiedAnnotation create(JCas jcas, int begin, int end, String t, Candidate c) {
        SymptomAnnotation s = new SymptomAnnotation(jcas, begin, end);
        String site = finder.vocabulary().bodySite(t, c.begin(), c.core());
        if (site == null) {
            site = c.site() != null ? c.site() : finder.vocabulary().bodySite(t, c.begin(), end);
        }
        s.setBodySite(site);
        s.setLaterality(finder.vocabulary().laterality(t, c.begin(), c.end()));
        return s;
    }
}
