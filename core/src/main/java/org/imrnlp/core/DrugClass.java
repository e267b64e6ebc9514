package org.imrnlp.core;

import java.util.Map;

/** A drug class named as such ({@code muscle relaxants}, {@code NSAIDs}). */
public record DrugClass(String id, int begin, int end, String text, String normalized) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.DRUG_CLASS;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("normalized", normalized);
    }
}
