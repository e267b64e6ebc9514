package org.imrnlp.fhir;

import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.imrnlp.core.json.Annotation;

/**
 * The {@value #URL} extension: where in the document's text a resource (or a dosage) was found.
 * A complex extension with the sub-extensions {@code begin} and {@code end} (integers, UTF-16
 * offsets into the original text, end exclusive, as in the JSON form), {@code text} (the covered
 * text), {@code annotation} (the annotation's id in the JSON form, such as {@code T17}) and
 * {@code type} (its type in the JSON form, such as {@code Symptom}).
 */
public final class SourceSpan {

    /** The extension's canonical URL. */
    public static final String URL = "https://imrnlp.org/fhir/StructureDefinition/source-span";

    private SourceSpan() {
    }

    /** The extension for {@code annotation}. */
    static Extension of(Annotation annotation) {
        Extension span = new Extension(URL);
        span.addExtension("begin", new IntegerType(annotation.begin()));
        span.addExtension("end", new IntegerType(annotation.end()));
        if (!annotation.text().isEmpty()) {                        // FHIR strings are never empty
            span.addExtension("text", new StringType(annotation.text()));
        }
        if (annotation.id() != null) {
            span.addExtension("annotation", new StringType(annotation.id()));
        }
        span.addExtension("type", new StringType(annotation.type()));
        return span;
    }
}
