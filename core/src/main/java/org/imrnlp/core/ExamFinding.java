package org.imrnlp.core;

import java.util.Map;

/** What a clinician observed or measured on examination, with its result. */
public record ExamFinding(String id, int begin, int end, String text, String test, String result, String value,
                          String bodySite, String laterality, Assertion assertion) implements ClinicalMention {

    @Override
    public MentionType type() {
        return MentionType.EXAM_FINDING;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("test", test, "result", result, "value", value, "bodySite", bodySite,
                "laterality", laterality);
    }
}
