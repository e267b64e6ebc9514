package org.imrnlp.core;

import java.util.Map;

/** The expert reviewer's qualifications; {@code licensure} lists states, comma-separated. */
public record ReviewerCredential(String id, int begin, int end, String text, String specialty, String subspecialty,
                                 String licensure) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.REVIEWER_CREDENTIAL;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("specialty", specialty, "subspecialty", subspecialty, "licensure", licensure);
    }
}
