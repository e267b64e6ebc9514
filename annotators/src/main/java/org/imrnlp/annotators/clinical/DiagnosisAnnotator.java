package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.type.DiagnosisAnnotation;

/**
 * Finds diagnoses: lexicon conditions with the qualifiers, laterality, sites and spinal levels
 * written with them ({@code chronic right lumbar radiculitis}, {@code disk herniation at L5-S1}),
 * named pain conditions ({@code chronic pain}, {@code neuropathic pain}, pain listed as a
 * diagnosis, in a diagnosis list section, with a code written next to it, or named as what a
 * treatment is for), and {@code status post <procedure>}. The
 * {@code icd10} code is the one written next to the mention ({@code Cervicalgia (M54.2)}), else
 * the lexicon's where it is certain; {@code doid} the Human Disease Ontology id of a diagnosis that
 * the generated lexicon names. An item of a diagnosis list ({@code PREOPERATIVE DIAGNOSIS:},
 * {@code IMPRESSION:}, {@code PAST MEDICAL HISTORY:}) that no lexicon finds is a diagnosis when it
 * is a noun phrase ({@link ListedItems}).
 */
@ResourceMetaData(name = "IMR-NLP diagnoses")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.ReviewerCredentialAnnotation",
                "org.imrnlp.type.LexiconMatch"},
        outputs = {"org.imrnlp.type.DiagnosisAnnotation", "org.imrnlp.type.DiagnosisAnnotation:bodySite",
                "org.imrnlp.type.DiagnosisAnnotation:laterality", "org.imrnlp.type.DiagnosisAnnotation:level",
                "org.imrnlp.type.DiagnosisAnnotation:icd10", "org.imrnlp.type.DiagnosisAnnotation:doid"})
public class DiagnosisAnnotator extends ListedMentionAnnotator {

    @Override
    protected List<Candidate> candidates(MentionFinder.Scan scan, String t, Sentences sentences,
                                         SectionSpans diagnosisList, SectionSpans examSection,
                                         SectionSpans reviewOfSystems) {
        List<Candidate> all = new ArrayList<>(scan.diagnoses());
        for (Candidate pain : scan.pain()) {
            if (pain.category().equals(MentionFinder.PainKind.DIAGNOSIS.name())
                    || finder.listedAsDiagnosis(t, pain, sentences, diagnosisList)) {
                all.add(pain);
            }
        }
        for (Candidate p : scan.procedures()) {
            int statusPost = finder.statusPostBefore(t, p.begin(), sentences.begin(p.begin(), 0));
            if (statusPost >= 0) {
                all.add(new Candidate(statusPost, p.end(), p.end(), "status-post"));
            }
        }
        List<Candidate> found = new ArrayList<>(all);
        found.addAll(scan.symptoms());
        found.addAll(scan.pain());
        found.addAll(scan.procedures());
        all.addAll(listedItems(t, ListedItems.Kind.DIAGNOSIS, found));
        List<Candidate> kept = MentionFinder.longestFirst(all);
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            String written = finder.writtenCode(t, c.begin(), c.end(), sentences.begin(c.begin(), 0),
                    sentences.end(c.begin(), t.length()));
            if (written != null) {
                kept.set(i, c.withIcd10(written));
            }
        }
        return kept;
    }

    @Override
    protected IdentifiedAnnotation create(JCas jcas, int begin, int end, String t, Candidate c) {
        DiagnosisAnnotation d = new DiagnosisAnnotation(jcas, begin, end);
        d.setBodySite(finder.vocabulary().bodySite(t, c.begin(), c.core()));
        d.setLaterality(finder.vocabulary().laterality(t, c.begin(), c.end()));
        d.setLevel(ClinicalVocabulary.levels(t, c.begin(), c.end()));
        d.setIcd10(c.icd10());
        d.setDoid(c.conceptId());
        return d;
    }
}
