package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
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
 * is a noun phrase ({@link ListedItems}). A study finding word ({@code diagnoses.tsv} category
 * {@value #FINDING}: {@code edema}, {@code effusion}, {@code mass}) is a diagnosis only where a
 * study's result is written: in a results, assessment, diagnosis-list or procedure section, or
 * after an imaging or test procedure in its sentence ({@code CT showed mild stomach distention});
 * elsewhere it is an examination's or a complaint's word.
 */
@ResourceMetaData(name = "IMR-NLP diagnoses")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.ReviewerCredentialAnnotation",
                "org.imrnlp.type.LexiconMatch"},
        outputs = {"org.imrnlp.type.DiagnosisAnnotation", "org.imrnlp.type.DiagnosisAnnotation:bodySite",
                "org.imrnlp.type.DiagnosisAnnotation:laterality", "org.imrnlp.type.DiagnosisAnnotation:level",
                "org.imrnlp.type.DiagnosisAnnotation:icd10", "org.imrnlp.type.DiagnosisAnnotation:doid"})
public class DiagnosisAnnotator extends ListedMentionAnnotator {

    /** The diagnosis category of the study finding words. */
    static final String FINDING = "finding";
    /** The sections that report a study's, an operation's or the assessment's results. */
    private static final List<String> STUDY_SECTIONS = List.of("results", "assessment", SectionSpans.DIAGNOSES, "procedure");

    /** The study sections of the document being processed (read in {@link #processCleanView}). */
    private List<SectionSpans> studySections = List.of();

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        List<SectionSpans> spans = new ArrayList<>();
        for (String id : STUDY_SECTIONS) {
            spans.add(SectionSpans.of(jcas, id));
        }
        studySections = spans;
        super.processCleanView(jcas);
    }

    @Override
    protected List<Candidate> candidates(MentionFinder.Scan scan, String t, Sentences sentences,
                                         SectionSpans diagnosisList, SectionSpans examSection,
                                         SectionSpans reviewOfSystems) {
        List<Candidate> all = new ArrayList<>();
        for (Candidate d : scan.diagnoses()) {
            if (!FINDING.equals(d.category()) || studyResult(d, sentences, scan.procedures())) {
                all.add(d);
            }
        }
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

    /**
     * Whether the finding {@code d} is written where a study's result is: in a study section, or
     * after an imaging or test procedure of its sentence.
     */
    private boolean studyResult(Candidate d, Sentences sentences, List<Candidate> procedures) {
        for (SectionSpans s : studySections) {
            if (s.contains(d.begin())) {
                return true;
            }
        }
        int sb = sentences.begin(d.begin(), 0);
        for (Candidate p : procedures) {
            if (p.begin() >= sb && p.end() <= d.begin() && MentionFinder.IMAGING.equals(p.category())) {
                return true;
            }
        }
        return false;
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
