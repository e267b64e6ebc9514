package org.imrnlp.core;

import java.util.Map;

/** Age and sex of the injured worker; {@code age} is null where not given. */
public record Demographics(String id, int begin, int end, String text, Integer age, String sex) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.DEMOGRAPHICS;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("age", age, "sex", sex);
    }
}
