package org.imrnlp.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textsem.Modifier;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.imrnlp.core.DateMention;
import org.imrnlp.core.Demographics;
import org.imrnlp.core.Diagnosis;
import org.imrnlp.core.DisputedItem;
import org.imrnlp.core.Dose;
import org.imrnlp.core.DrugClass;
import org.imrnlp.core.ExamFinding;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Medication;
import org.imrnlp.core.Mention;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.NegatedStatement;
import org.imrnlp.core.PainScore;
import org.imrnlp.core.Procedure;
import org.imrnlp.core.ReviewerCredential;
import org.imrnlp.core.Section;
import org.imrnlp.core.Symptom;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.core.cas.DoseModifiers;
import org.imrnlp.type.ClinicalDate;
import org.imrnlp.type.DateOfInjuryAnnotation;
import org.imrnlp.type.DemographicsAnnotation;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.DisputedItemAnnotation;
import org.imrnlp.type.DrugClassAnnotation;
import org.imrnlp.type.ExamFindingAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.NegatedStatementAnnotation;
import org.imrnlp.type.PainScoreAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.ReviewerCredentialAnnotation;
import org.imrnlp.type.SymptomAnnotation;

/**
 * Reads the IMR-NLP annotations of an analysed CAS into an immutable {@link Extraction}:
 * orders them by offset, numbers them {@code T1, T2, ...}, and resolves links (a dose's
 * medication, a negation's target, a disputed item's requested drugs) to those ids.
 */
public final class ExtractionBuilder {

    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingInt(e -> e.annotation.getBegin())
            .thenComparing(Comparator.<Entry>comparingInt(e -> e.annotation.getEnd()).reversed())
            .thenComparingInt(e -> e.type.ordinal());

    private ExtractionBuilder() {
    }

    /** The extraction of {@code jcas}'s default view, labelled {@code source}. */
    public static Extraction build(JCas jcas, String source) {
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        List<Entry> entries = collect(jcas);
        entries.sort(ORDER);
        Map<Annotation, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ids.put(entries.get(i).annotation, "T" + (i + 1));
        }
        Map<Annotation, String> medicationOfDose = new IdentityHashMap<>();
        for (Entry e : entries) {
            if (e.annotation instanceof MedicationAnnotation m && m.getDoses() != null) {
                for (Modifier dose : m.getDoses()) {
                    medicationOfDose.putIfAbsent(dose, ids.get(m));
                }
            }
        }
        Map<Annotation, Dose> doses = new IdentityHashMap<>();
        for (Entry e : entries) {
            if (e.type == MentionType.DOSE) {
                doses.put(e.annotation, dose((Modifier) e.annotation, ids.get(e.annotation), text,
                        medicationOfDose.get(e.annotation)));
            }
        }
        List<Mention> mentions = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            mentions.add(e.type == MentionType.DOSE ? doses.get(e.annotation)
                    : toMention(e, ids.get(e.annotation), text, ids, doses));
        }
        return new Extraction(source, text.length(), mentions);
    }

    private static List<Entry> collect(JCas jcas) {
        List<Entry> entries = new ArrayList<>();
        Map<Modifier, Boolean> linkedDoses = new IdentityHashMap<>();
        for (MedicationAnnotation m : jcas.getAnnotationIndex(MedicationAnnotation.class)) {
            if (m.getDoses() != null) {
                m.getDoses().forEach(d -> linkedDoses.put(d, Boolean.TRUE));
            }
        }
        for (IdentifiedAnnotation a : jcas.getAnnotationIndex(IdentifiedAnnotation.class)) {
            MentionType type = typeOf(a);
            if (type == MentionType.DOSE && !linkedDoses.containsKey(a)) {
                continue;
            }
            if (type != null && a.getEnd() > a.getBegin()) {
                entries.add(new Entry(a, type));
            }
        }
        for (Segment segment : jcas.getAnnotationIndex(Segment.class)) {
            if (segment.getEnd() > segment.getBegin()) {
                entries.add(new Entry(segment, MentionType.SECTION));
            }
        }
        return entries;
    }

    /** The JSON type of a CAS annotation, or null if it is not one of the guide's types. */
    static MentionType typeOf(Annotation a) {
        if (a instanceof MedicationAnnotation) {
            return MentionType.MEDICATION;
        } else if (a instanceof Modifier m && !(a instanceof NegatedStatementAnnotation)) {
            return DoseModifiers.kindOf(m) != null ? MentionType.DOSE : null;
        } else if (a instanceof DrugClassAnnotation) {
            return MentionType.DRUG_CLASS;
        } else if (a instanceof DateOfInjuryAnnotation) {
            return MentionType.DATE_OF_INJURY;
        } else if (a instanceof ClinicalDate) {
            return MentionType.DATE;
        } else if (a instanceof DiagnosisAnnotation) {
            return MentionType.DIAGNOSIS;
        } else if (a instanceof SymptomAnnotation) {
            return MentionType.SYMPTOM;
        } else if (a instanceof ExamFindingAnnotation) {
            return MentionType.EXAM_FINDING;
        } else if (a instanceof ProcedureAnnotation) {
            return MentionType.PROCEDURE;
        } else if (a instanceof PainScoreAnnotation) {
            return MentionType.PAIN_SCORE;
        } else if (a instanceof NegatedStatementAnnotation) {
            return MentionType.NEGATED_STATEMENT;
        } else if (a instanceof Segment) {
            return MentionType.SECTION;
        } else if (a instanceof DisputedItemAnnotation) {
            return MentionType.DISPUTED_ITEM;
        } else if (a instanceof DemographicsAnnotation) {
            return MentionType.DEMOGRAPHICS;
        } else if (a instanceof ReviewerCredentialAnnotation) {
            return MentionType.REVIEWER_CREDENTIAL;
        }
        return null;
    }

    private static Mention toMention(Entry e, String id, String text, Map<Annotation, String> ids,
                                     Map<Annotation, Dose> doses) {
        Annotation a = e.annotation;
        int b = a.getBegin();
        int en = a.getEnd();
        String covered = text.substring(b, en);
        return switch (e.type) {
            case MEDICATION -> medication((MedicationAnnotation) a, id, covered, doses);
            case DOSE -> doses.get(a);
            case DRUG_CLASS -> new DrugClass(id, b, en, covered, ((DrugClassAnnotation) a).getNormalized());
            case DATE_OF_INJURY -> new org.imrnlp.core.DateOfInjury(id, b, en, covered, ((DateOfInjuryAnnotation) a).getIso());
            case DATE -> new DateMention(id, b, en, covered, ((ClinicalDate) a).getIso(), ((ClinicalDate) a).getRole());
            case DIAGNOSIS -> {
                DiagnosisAnnotation d = (DiagnosisAnnotation) a;
                yield new Diagnosis(id, b, en, covered, d.getBodySite(), d.getLaterality(), d.getLevel(),
                        d.getIcd10(), d.getDoid(), d.getConceptId(), AssertionCodes.read(d));
            }
            case SYMPTOM -> {
                SymptomAnnotation s = (SymptomAnnotation) a;
                yield new Symptom(id, b, en, covered, s.getBodySite(), s.getLaterality(), s.getConceptId(),
                        AssertionCodes.read(s));
            }
            case EXAM_FINDING -> {
                ExamFindingAnnotation f = (ExamFindingAnnotation) a;
                yield new ExamFinding(id, b, en, covered, f.getTest(), f.getResult(), f.getValue(), f.getBodySite(),
                        f.getLaterality(), AssertionCodes.read(f));
            }
            case PROCEDURE -> {
                ProcedureAnnotation p = (ProcedureAnnotation) a;
                yield new Procedure(id, b, en, covered, p.getBodySite(), p.getLaterality(), p.getLevel(),
                        p.getConceptId(), AssertionCodes.read(p));
            }
            case PAIN_SCORE -> {
                PainScoreAnnotation p = (PainScoreAnnotation) a;
                yield new PainScore(id, b, en, covered, p.getValue(), p.getScale(), p.getContext());
            }
            case NEGATED_STATEMENT -> {
                NegatedStatementAnnotation n = (NegatedStatementAnnotation) a;
                String target = n.getTarget() != null && ids.containsKey(n.getTarget())
                        ? ids.get(n.getTarget()) : n.getTargetText();
                yield new NegatedStatement(id, b, en, covered, n.getCue(), target);
            }
            case SECTION -> new Section(id, b, en, covered, ((Segment) a).getId());
            case DISPUTED_ITEM -> disputedItem((DisputedItemAnnotation) a, id, covered, ids);
            case DEMOGRAPHICS -> {
                DemographicsAnnotation d = (DemographicsAnnotation) a;
                yield new Demographics(id, b, en, covered, d.getAge() > 0 ? d.getAge() : null, d.getSex());
            }
            case REVIEWER_CREDENTIAL -> {
                ReviewerCredentialAnnotation r = (ReviewerCredentialAnnotation) a;
                yield new ReviewerCredential(id, b, en, covered, r.getSpecialty(), r.getSubspecialty(),
                        r.getLicensure());
            }
        };
    }

    private static Dose dose(Modifier m, String id, String text, String medicationId) {
        return new Dose(id, m.getBegin(), m.getEnd(), text.substring(m.getBegin(), m.getEnd()), DoseModifiers.kindOf(m),
                DoseModifiers.value(m), DoseModifiers.unit(m), medicationId);
    }

    /** The medication record with the records of its doses, in text order. */
    private static Medication medication(MedicationAnnotation m, String id, String covered,
                                         Map<Annotation, Dose> doses) {
        List<Dose> own = new ArrayList<>();
        if (m.getDoses() != null) {
            for (Modifier modifier : m.getDoses()) {
                Dose dose = doses.get(modifier);
                if (dose != null) {
                    own.add(dose);
                }
            }
        }
        own.sort(Comparator.comparingInt(Dose::begin).thenComparingInt(Dose::end));
        return new Medication(id, m.getBegin(), m.getEnd(), covered, m.getNormalized(), m.getRxcui(),
                m.getDrugClass(), own, m.getConceptId(), AssertionCodes.read(m));
    }

    private static DisputedItem disputedItem(DisputedItemAnnotation d, String id, String covered,
                                             Map<Annotation, String> ids) {
        List<String> requested = new ArrayList<>();
        FSArray<IdentifiedAnnotation> links = d.getRequested();
        if (links != null) {
            for (IdentifiedAnnotation link : links) {
                String linkId = ids.get(link);
                if (linkId != null) {
                    requested.add(linkId);
                }
            }
        }
        Annotation rationale = d.getRationale();
        DisputedItem.Decision decision = d.getDecision() == null ? null : DisputedItem.Decision.valueOf(d.getDecision());
        return new DisputedItem(id, d.getBegin(), d.getEnd(), covered, d.getItem(), decision, d.getGuideline(),
                d.getClaimsAdministratorGuideline(), d.getPages(), rationale == null ? -1 : rationale.getBegin(),
                rationale == null ? -1 : rationale.getEnd(), requested);
    }

    private record Entry(Annotation annotation, MentionType type) {
    }
}
