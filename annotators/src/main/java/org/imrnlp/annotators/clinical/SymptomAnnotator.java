package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.models.PhraseMatcher;
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
 * the diagnosis annotator. Signs a review of systems lists ({@code clinical/ros-signs.txt}: {@code No
 * ankle edema or rashes}) are reported symptoms there. The body site is the one named before any radiation ({@code neck pain
 * radiating to the arm}: neck), or where the complaint radiates when nothing names one before
 * ({@code pain radiates down both legs}: leg).
 */
@ResourceMetaData(name = "IMR-NLP symptoms")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.ReviewerCredentialAnnotation",
                "org.imrnlp.type.LexiconMatch"},
        outputs = {"org.imrnlp.type.SymptomAnnotation", "org.imrnlp.type.SymptomAnnotation:bodySite", "org.imrnlp.type.SymptomAnnotation:laterality"})
public class SymptomAnnotator extends ScannedMentionAnnotator {

    /** The category of a phrase that is a symptom only in a review of systems ({@code frequency}, {@code urgency}). */
    static final String REVIEW_OF_SYSTEMS_ONLY = "ros";
    private static final String ROS_SIGNS = "clinical/ros-signs.txt";

    /** Signs a review of systems lists as reported symptoms ({@code clinical/ros-signs.txt}). */
    private Set<String> rosSigns;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        rosSigns = rulePack().cached(ROS_SIGNS, RosSigns.class, pack -> new RosSigns(
                Set.copyOf(pack.lines(ROS_SIGNS).stream().map(PhraseMatcher::normalize).toList()))).words();
    }

    /** The words of {@code clinical/ros-signs.txt}, normalized; immutable. */
    private record RosSigns(Set<String> words) {
    }

    private static boolean overlaps(List<Candidate> candidates, int begin, int end) {
        for (Candidate c : candidates) {
            if (c.begin() < end && begin < c.end()) {
                return true;
            }
        }
        return false;
    }

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
        for (PhraseMatcher.Match<String> sign : scan.examTriggers()) {
            if (reviewOfSystems.contains(sign.begin()) && ExamPatterns.SIGN.equals(sign.value())
                    && rosSigns.contains(PhraseMatcher.normalize(t.substring(sign.begin(), sign.end())))
                    && !overlaps(all, sign.begin(), sign.end())) {
                int b = finder.vocabulary().extendLeft(t, sign.begin(), sentences.begin(sign.begin(), 0),
                        ClinicalVocabulary.CLINICAL_WORDS, EnumSet.noneOf(ClinicalVocabulary.WordKind.class));
                all.add(new Candidate(b, sign.end(), sign.end(), ExamPatterns.SIGN));
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
