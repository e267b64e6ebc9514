package org.imrnlp.core;

import java.util.Map;

/**
 * A date other than the date of injury (JSON type {@code Date}).
 *
 * @param iso  ISO 8601, as precise as written ({@code 2010-09} for {@code 9/2010})
 * @param role {@code report}, {@code utilization-review}, {@code imaging}, {@code procedure} or {@code other}
 */
public record DateMention(String id, int begin, int end, String text, String iso, String role) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.DATE;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("iso", iso, "role", role);
    }
}
