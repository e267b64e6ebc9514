package org.imrnlp.core;

import java.util.Arrays;
import java.util.Optional;

/** The annotation types of the annotation guide, by their JSON names. */
public enum MentionType {
    MEDICATION("Medication", true),
    DOSE("Dose", false),
    DRUG_CLASS("DrugClass", false),
    DATE_OF_INJURY("DateOfInjury", false),
    DATE("Date", false),
    DIAGNOSIS("Diagnosis", true),
    SYMPTOM("Symptom", true),
    EXAM_FINDING("ExamFinding", true),
    PROCEDURE("Procedure", true),
    PAIN_SCORE("PainScore", false),
    NEGATED_STATEMENT("NegatedStatement", false),
    SECTION("Section", false),
    DISPUTED_ITEM("DisputedItem", false),
    DEMOGRAPHICS("Demographics", false),
    REVIEWER_CREDENTIAL("ReviewerCredential", false);

    private final String jsonName;
    private final boolean clinical;

    MentionType(String jsonName, boolean clinical) {
        this.jsonName = jsonName;
        this.clinical = clinical;
    }

    /** The type's name in the JSON form, e.g. {@code ExamFinding}. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether annotations of this type carry an {@link Assertion}. */
    public boolean isClinical() {
        return clinical;
    }

    /** The type with the given JSON name. */
    public static Optional<MentionType> fromJsonName(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
