package org.imrnlp.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.json.AnnotatedDocument;

/**
 * One document's annotations as an HL7 FHIR R4 {@link Bundle} (type {@code collection}): the
 * entry point of the {@code imrnlp-fhir} module, which keeps HAPI FHIR out of the core.
 *
 * <p>The Bundle holds a Patient (no identifying data; the gender where the text gives it), a
 * DocumentReference naming the source, and one resource per annotation about the patient:
 * Condition (Diagnosis), MedicationStatement (Medication, with a Dosage from its Doses),
 * Observation (ExamFinding, Symptom, PainScore, DateOfInjury, the age of Demographics),
 * Procedure, and FamilyMemberHistory (a diagnosis said of a family member). Statuses follow the
 * assertion (negated: refuted, not-taken, not-done, value Absent); generic statements and those
 * about other people are left out. Every resource carries its span as a {@link SourceSpan} extension. The
 * README's FHIR section has the full mapping table.
 *
 * <p>Thread-safe; {@link #toBundle} builds a new Bundle on each call. Works on any document in
 * the JSON form, so gold files and saved output convert too.
 */
public final class FhirExport {

    private FhirExport() {
    }

    /** The Bundle of an extraction. */
    public static Bundle toBundle(Extraction extraction) {
        return toBundle(extraction.toDocument());
    }

    /** The Bundle of a document in the JSON form. */
    public static Bundle toBundle(AnnotatedDocument document) {
        return BundleAssembler.assemble(document);
    }

    /** The Bundle of an extraction as indented FHIR JSON. */
    public static String toJson(Extraction extraction) {
        return toJson(toBundle(extraction));
    }

    /** The Bundle of a document in the JSON form as indented FHIR JSON. */
    public static String toJson(AnnotatedDocument document) {
        return toJson(toBundle(document));
    }

    /** A Bundle as indented FHIR JSON. */
    public static String toJson(Bundle bundle) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** The Bundle of a document in the JSON form as one line of FHIR JSON, for NDJSON (as FHIR bulk data). */
    public static String toJsonLine(AnnotatedDocument document) {
        return context().newJsonParser().encodeResourceToString(toBundle(document));
    }

    /** The shared FHIR R4 context (created on first use; costly to create, thread-safe). */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }
}
