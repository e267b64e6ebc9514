package org.imrnlp.core;

import java.util.Map;

/** A complaint the patient reports; {@code conceptId} is the id a user dictionary gives it ({@link Medication}). */
public record Symptom(String id, int begin, int end, String text, String bodySite, String laterality,
                      String conceptId, Assertion assertion) implements ClinicalMention {

    @Override
    public MentionType type() {
        return MentionType.SYMPTOM;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("bodySite", bodySite, "laterality", laterality, "conceptId", conceptId);
    }
}
