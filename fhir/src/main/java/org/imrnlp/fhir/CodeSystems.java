package org.imrnlp.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.imrnlp.core.json.Annotation;

/** The code systems the FHIR output names, and codings in them. */
final class CodeSystems {

    /** RxNorm, for a medication's RxCUI. */
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** ICD-10-CM, for a diagnosis's {@code icd10}. */
    static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /**
     * The Human Disease Ontology, for a diagnosis's {@code doid} (code as written there,
     * {@code DOID:1234}); HL7 registers no URI for it, so this is the ontology's OBO PURL.
     */
    static final String DOID = "http://purl.obolibrary.org/obo/doid.owl";
    static final String LOINC = "http://loinc.org";
    static final String SNOMED_CT = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String OBSERVATION_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    private CodeSystems() {
    }

    /** A concept with one coding and no text. */
    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    /** A concept whose text is the annotation's covered text, its line breaks and runs of spaces made one space. */
    static CodeableConcept coveredText(Annotation a) {
        return text(a.text().replaceAll("\\s+", " ").strip());
    }

    /** A concept with its text only. */
    static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }
}
