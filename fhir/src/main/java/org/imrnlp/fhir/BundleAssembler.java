package org.imrnlp.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.FamilyMemberHistory.FamilyHistoryStatus;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * Builds the Bundle of one document: a Patient, a DocumentReference naming the text, then one
 * resource per clinical annotation in text order. Entries have {@code urn:uuid} full URLs derived
 * from the source and the annotation id, so the same document gives the same Bundle.
 */
final class BundleAssembler {

    private final AnnotatedDocument document;
    private final Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
    private final Map<String, List<Annotation>> dosesByMedication = new HashMap<>();
    private Reference patient;
    private boolean ageWritten;

    private BundleAssembler(AnnotatedDocument document) {
        this.document = document;
        for (Annotation a : document.annotations()) {
            if (MentionType.DOSE.jsonName().equals(a.type()) && a.attribute("medication") != null) {
                dosesByMedication.computeIfAbsent(a.attribute("medication"), k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** The Bundle of {@code document}. */
    static Bundle assemble(AnnotatedDocument document) {
        return new BundleAssembler(document).build();
    }

    private Bundle build() {
        patient = add("patient", patient());
        add("document", new DocumentReference().setStatus(DocumentReferenceStatus.CURRENT).setSubject(patient)
                .setDescription("The text IMR-NLP annotated; source-span offsets index it")
                .addContent(new DocumentReference.DocumentReferenceContentComponent(
                        new Attachment().setContentType("text/plain").setTitle(document.source()))));
        for (Annotation a : document.annotations()) {
            MentionType.fromJsonName(a.type()).ifPresent(type -> map(type, a));
        }
        return bundle;
    }

    private void map(MentionType type, Annotation a) {
        Assertion assertion = a.assertion() == null ? Assertion.AFFIRMED : a.assertion();
        boolean aboutPatient = AssertionMapping.isAboutPatient(assertion);
        switch (type) {
            case DIAGNOSIS -> {
                if (aboutPatient) {
                    add(a, condition(a, assertion));
                } else if (AssertionMapping.isAboutFamily(assertion) && !assertion.negated()) {
                    add(a, familyHistory(a));
                }
            }
            case MEDICATION -> {
                if (aboutPatient) {
                    add(a, medicationStatement(a, assertion));
                }
            }
            case PROCEDURE -> {
                if (aboutPatient) {
                    add(a, procedure(a, assertion));
                }
            }
            case EXAM_FINDING -> {
                if (aboutPatient) {
                    add(a, ObservationMapping.examFinding(a, assertion, patient));
                }
            }
            case SYMPTOM -> {
                if (aboutPatient) {
                    add(a, ObservationMapping.symptom(a, assertion, patient));
                }
            }
            case PAIN_SCORE -> add(a, ObservationMapping.painScore(a, patient));
            case DATE_OF_INJURY -> add(a, ObservationMapping.dateOfInjury(a, patient));
            case DEMOGRAPHICS -> {
                if (!ageWritten && a.attribute("age") != null && a.attribute("age").matches("\\d{1,3}")) {
                    add(a, ObservationMapping.age(a, patient));
                    ageWritten = true;
                }
            }
            default -> { }
        }
    }

    /**
     * The patient: no identifying data; the gender of the first Demographics that gives a sex, else
     * {@code unknown} (which also keeps the resource from being empty, which FHIR does not allow).
     */
    private Patient patient() {
        Patient p = new Patient().setGender(AdministrativeGender.UNKNOWN);
        for (Annotation a : document.annotations()) {
            String sex = MentionType.DEMOGRAPHICS.jsonName().equals(a.type()) ? a.attribute("sex") : null;
            if ("male".equals(sex) || "female".equals(sex)) {
                p.setGender(AdministrativeGender.fromCode(sex));
                p.addExtension(SourceSpan.of(a));
                break;
            }
        }
        return p;
    }

    private Condition condition(Annotation a, Assertion assertion) {
        Condition c = new Condition().setVerificationStatus(AssertionMapping.conditionVerification(assertion))
                .setCode(diagnosisCode(a)).setSubject(patient);
        c.setClinicalStatus(AssertionMapping.conditionClinical(assertion));
        String site = BodySite.text(a);
        if (site != null) {
            c.addBodySite(CodeSystems.text(site));
        }
        return c;
    }

    /** A diagnosis said of a family member (which one the guide does not record). */
    private FamilyMemberHistory familyHistory(Annotation a) {
        FamilyMemberHistory h = new FamilyMemberHistory().setStatus(FamilyHistoryStatus.PARTIAL).setPatient(patient)
                .setRelationship(CodeSystems.concept(CodeSystems.ROLE_CODE, "FAMMEMB", "family member"));
        h.addCondition().setCode(diagnosisCode(a));
        return h;
    }

    private MedicationStatement medicationStatement(Annotation a, Assertion assertion) {
        String normalized = a.attribute("normalized");
        CodeableConcept code = normalized != null ? CodeSystems.text(normalized) : CodeSystems.coveredText(a);
        if (a.attribute("rxcui") != null) {
            code.addCoding(new Coding().setSystem(CodeSystems.RXNORM).setCode(a.attribute("rxcui")));
        }
        MedicationStatement s = new MedicationStatement().setStatus(AssertionMapping.medicationStatus(assertion))
                .setMedication(code).setSubject(patient);
        Dosage dosage = a.id() == null ? null : DosageMapping.of(dosesByMedication.getOrDefault(a.id(), List.of()));
        if (dosage != null) {
            s.addDosage(dosage);
        }
        return s;
    }

    private Procedure procedure(Annotation a, Assertion assertion) {
        Procedure p = new Procedure().setStatus(AssertionMapping.procedureStatus(assertion))
                .setCode(CodeSystems.coveredText(a)).setSubject(patient);
        String site = BodySite.text(a);
        if (site != null) {
            p.addBodySite(CodeSystems.text(site));
        }
        return p;
    }

    /** The covered text, with the ICD-10-CM and Disease Ontology codes where known. */
    private static CodeableConcept diagnosisCode(Annotation a) {
        CodeableConcept code = CodeSystems.coveredText(a);
        if (a.attribute("icd10") != null) {
            code.addCoding(new Coding().setSystem(CodeSystems.ICD10_CM).setCode(a.attribute("icd10")));
        }
        if (a.attribute("doid") != null) {
            code.addCoding(new Coding().setSystem(CodeSystems.DOID).setCode(a.attribute("doid")));
        }
        return code;
    }

    private void add(Annotation a, DomainResource resource) {
        resource.addExtension(SourceSpan.of(a));
        add(a.id() != null ? a.id() : a.type() + "@" + a.begin() + "-" + a.end(), resource);
    }

    /** Adds {@code resource} with a full URL derived from the source and {@code key}; a reference to it. */
    private Reference add(String key, Resource resource) {
        String url = "urn:uuid:" + UUID.nameUUIDFromBytes((document.source() + "#" + key).getBytes(StandardCharsets.UTF_8));
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return new Reference(url);
    }
}
