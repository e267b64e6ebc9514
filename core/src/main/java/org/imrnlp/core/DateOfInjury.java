package org.imrnlp.core;

import java.util.Map;

/** The date on which the work injury happened; {@code iso} is {@code YYYY-MM-DD} (or less, as written). */
public record DateOfInjury(String id, int begin, int end, String text, String iso) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.DATE_OF_INJURY;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("iso", iso);
    }
}
