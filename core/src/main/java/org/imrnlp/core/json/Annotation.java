package org.imrnlp.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;
import org.imrnlp.core.Assertion;

/**
 * One annotation in the JSON form of the annotation guide: the type-independent shape that gold
 * files, evaluation and every output format share.
 *
 * @param assertion present for clinical types only
 */
@JsonPropertyOrder({"id", "type", "begin", "end", "text", "attributes", "assertion"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Annotation(String id, String type, int begin, int end, String text, Map<String, String> attributes,
                         @JsonSerialize(using = AssertionJson.Serializer.class)
                         @JsonDeserialize(using = AssertionJson.Deserializer.class) Assertion assertion) {

    public Annotation {
        Objects.requireNonNull(type, "type");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + "-" + end + " for " + id);
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(attributes));
    }

    /** The attribute's value, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
