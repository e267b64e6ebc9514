package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.clinical.MentionFinder.Candidate;
import org.imrnlp.type.ProcedureAnnotation;

/**
 * Finds procedures: surgery, injections, therapy, imaging and tests, devices and programs, with
 * the qualifiers, laterality, sites and levels written with them ({@code posterior lumbar spinal
 * fusion at L4-L5 and L5-S1}, {@code MRI of the lumbar spine}, {@code TENS unit}). An item of a
 * procedure list ({@code PROCEDURES PERFORMED:}, {@code PAST SURGICAL HISTORY:}) that no
 * procedure lexicon phrase finds is a procedure when it is a noun phrase ({@link ListedItems}).
 */
@ResourceMetaData(name = "IMR-NLP procedures")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.ReviewerCredentialAnnotation",
                "org.imrnlp.type.LexiconMatch"},
        outputs = {"org.imrnlp.type.ProcedureAnnotation", "org.imrnlp.type.ProcedureAnnotation:bodySite",
                "org.imrnlp.type.ProcedureAnnotation:laterality", "org.imrnlp.type.ProcedureAnnotation:level"})
public class ProcedureAnnotator extends ListedMentionAnnotator {

    @Override
    protected List<Candidate> candidates(MentionFinder.Scan scan, String t, Sentences sentences,
                                         SectionSpans diagnosisList, SectionSpans examSection,
                                         SectionSpans reviewOfSystems) {
        List<Candidate> all = new ArrayList<>(scan.procedures());
        all.addAll(listedItems(t, ListedItems.Kind.PROCEDURE, scan.procedures()));
        all.sort(java.util.Comparator.comparingInt(Candidate::begin));
        return all;
    }

    @Override
    protected IdentifiedAnnotation create(JCas jcas, int begin, int end, String t, Candidate c) {
        ProcedureAnnotation p = new ProcedureAnnotation(jcas, begin, end);
        p.setBodySite(finder.vocabulary().bodySite(t, c.begin(), c.core()));
        p.setLaterality(finder.vocabulary().laterality(t, c.begin(), c.end()));
        p.setLevel(ClinicalVocabulary.levels(t, c.begin(), c.end()));
        return p;
    }
}
