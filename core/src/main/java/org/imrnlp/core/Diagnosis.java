package org.imrnlp.core;

import java.util.Map;

/**
 * A disease, disorder, injury, syndrome or condition; {@code doid} is its Human Disease Ontology id
 * where the generated lexicon named it; {@code conceptId} the id a user dictionary gives it
 * ({@link Medication}).
 */
public record Diagnosis(String id, int begin, int end, String text, String bodySite, String laterality,
                        String level, String icd10, String doid, String conceptId,
                        Assertion assertion) implements ClinicalMention {

    @Override
    public MentionType type() {
        return MentionType.DIAGNOSIS;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("bodySite", bodySite, "laterality", laterality, "level", level, "icd10", icd10, "doid", doid,
                "conceptId", conceptId);
    }
}
