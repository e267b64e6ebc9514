package org.imrnlp.core;

import java.util.Map;

/** A disease, disorder, injury, syndrome or condition. */
public record Diagnosis(String id, int begin, int end, String text, String bodySite, String laterality,
                        String level, String icd10, Assertion assertion) implements ClinicalMention {

    @Override
    public MentionType type() {
        return MentionType.DIAGNOSIS;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("bodySite", bodySite, "laterality", laterality, "level", level, "icd10", icd10);
    }
}
