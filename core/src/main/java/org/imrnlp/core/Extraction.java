package org.imrnlp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;

/**
 * One document's result: every annotation, typed and immutable, in text order.
 *
 * @param source     where the text came from (a file name, or a caller's label)
 * @param textLength length of the original text
 * @param all        every annotation, ordered by begin offset
 */
public record Extraction(String source, int textLength, List<Mention> all) {

    public Extraction {
        Objects.requireNonNull(source, "source");
        all = List.copyOf(all);
    }

    public List<Medication> medications() {
        return of(Medication.class);
    }

    public List<Dose> doses() {
        return of(Dose.class);
    }

    public List<DrugClass> drugClasses() {
        return of(DrugClass.class);
    }

    public List<DateOfInjury> datesOfInjury() {
        return of(DateOfInjury.class);
    }

    public List<DateMention> dates() {
        return of(DateMention.class);
    }

    public List<Diagnosis> diagnoses() {
        return of(Diagnosis.class);
    }

    public List<Symptom> symptoms() {
        return of(Symptom.class);
    }

    public List<ExamFinding> examFindings() {
        return of(ExamFinding.class);
    }

    public List<Procedure> procedures() {
        return of(Procedure.class);
    }

    public List<PainScore> painScores() {
        return of(PainScore.class);
    }

    public List<NegatedStatement> negatedStatements() {
        return of(NegatedStatement.class);
    }

    public List<Section> sections() {
        return of(Section.class);
    }

    public List<DisputedItem> disputedItems() {
        return of(DisputedItem.class);
    }

    public List<Demographics> demographics() {
        return of(Demographics.class);
    }

    public List<ReviewerCredential> reviewerCredentials() {
        return of(ReviewerCredential.class);
    }

    /** The annotations of one class, in text order. */
    public <T extends Mention> List<T> of(Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Mention m : all) {
            if (type.isInstance(m)) {
                list.add(type.cast(m));
            }
        }
        return List.copyOf(list);
    }

    /** The annotations by id. */
    public Map<String, Mention> byId() {
        return all.stream().collect(Collectors.toMap(Mention::id, Function.identity()));
    }

    /** This result in the guide's JSON form. */
    public AnnotatedDocument toDocument() {
        List<Annotation> annotations = new ArrayList<>(all.size());
        for (Mention m : all) {
            Assertion assertion = m instanceof ClinicalMention c ? c.assertion() : null;
            annotations.add(new Annotation(m.id(), m.type().jsonName(), m.begin(), m.end(), m.text(),
                    m.attributes(), assertion));
        }
        return new AnnotatedDocument(source, textLength, annotations);
    }

    /** This result as one line of JSON in the guide's form. */
    public String toJson() {
        return JsonForm.toJson(toDocument());
    }
}
