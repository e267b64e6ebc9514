package org.imrnlp.fhir;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.json.Annotation;

/** The body site text of an annotation: its laterality, body site and spinal level ({@code right L4-L5}). */
final class BodySite {

    private BodySite() {
    }

    /** {@code laterality bodySite level}, the parts the annotation has; null where it has none. */
    static String text(Annotation a) {
        String text = Stream.of(a.attribute("laterality"), a.attribute("bodySite"), a.attribute("level"))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }
}
