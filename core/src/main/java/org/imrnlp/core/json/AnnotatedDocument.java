package org.imrnlp.core.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** One document in the JSON form of the annotation guide. */
@JsonPropertyOrder({"source", "textLength", "annotations"})
public record AnnotatedDocument(String source, int textLength, List<Annotation> annotations) {

    public AnnotatedDocument {
        Objects.requireNonNull(source, "source");
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
