package org.imrnlp.core;

import java.util.Map;

/**
 * Surgery, injection, therapy, imaging, device or program; {@code conceptId} is the id a user
 * dictionary gives it ({@link Medication}).
 */
public record Procedure(String id, int begin, int end, String text, String bodySite, String laterality,
                        String level, String conceptId, Assertion assertion) implements ClinicalMention {

    @Override
    public MentionType type() {
        return MentionType.PROCEDURE;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("bodySite", bodySite, "laterality", laterality, "level", level, "conceptId", conceptId);
    }
}
