package org.imrnlp.core;

import java.util.Map;

/**
 * A negation, spanning cue to target.
 *
 * @param cue    the trigger text ({@code denies})
 * @param target id of the negated annotation where one exists, else the negated text
 */
public record NegatedStatement(String id, int begin, int end, String text, String cue, String target)
        implements Mention {

    @Override
    public MentionType type() {
        return MentionType.NEGATED_STATEMENT;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("cue", cue, "target", target);
    }
}
