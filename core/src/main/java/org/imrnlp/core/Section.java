package org.imrnlp.core;

import java.util.Map;

/** A named part of the letter, from its heading to the next section ({@code case-summary}, ...). */
public record Section(String id, int begin, int end, String text, String name) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.SECTION;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("name", name);
    }
}
