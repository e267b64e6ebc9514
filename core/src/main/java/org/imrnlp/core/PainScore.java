package org.imrnlp.core;

import java.util.Map;

/** A pain rating such as {@code 8/10}. */
public record PainScore(String id, int begin, int end, String text, String value, String scale, String context)
        implements Mention {

    @Override
    public MentionType type() {
        return MentionType.PAIN_SCORE;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("value", value, "scale", scale, "context", context);
    }
}
