package org.imrnlp.fhir;

import static org.imrnlp.fhir.FhirValidationTest.resources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing.EventTiming;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.Assertion.Subject;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.junit.jupiter.api.Test;

/** The mapping, on documents in the JSON form written by hand (no pipeline, no validator). */
class FhirExportTest {

    private static final Assertion NEGATED = new Assertion(true, false, false, false, Subject.PATIENT);
    private static final Assertion UNCERTAIN = new Assertion(false, true, false, false, Subject.PATIENT);
    private static final Assertion HISTORICAL = new Assertion(false, false, true, false, Subject.PATIENT);
    private static final Assertion GENERIC = new Assertion(false, false, false, true, Subject.PATIENT);
    private static final Assertion FAMILY = new Assertion(false, false, false, false, Subject.FAMILY);
    private static final Assertion FAMILY_NEGATED = new Assertion(true, false, false, false, Subject.FAMILY);
    private static final Assertion OTHER = new Assertion(false, false, false, false, Subject.OTHER);

    /** Builds a document whose annotations' texts are cut from {@code text} at the given phrases. */
    private static final class Letter {
        final String text;
        final List<Annotation> annotations = new ArrayList<>();

        Letter(String text) {
            this.text = text;
        }

        Letter add(String type, String phrase, Map<String, String> attributes, Assertion assertion) {
            int begin = text.indexOf(phrase);
            assertTrue(begin >= 0, phrase);
            annotations.add(new Annotation("T" + (annotations.size() + 1), type, begin, begin + phrase.length(), phrase,
                    attributes, assertion));
            return this;
        }

        Bundle bundle() {
            return FhirExport.toBundle(new AnnotatedDocument("letter.txt", text.length(), annotations));
        }
    }

    @Test
    void diagnosesBecomeConditionsWithCodesStatusesAndSpan() {
        Bundle bundle = new Letter("Diagnoses: post laminectomy syndrome, right L4-L5 radiculopathy. No diabetes. "
                + "History of gastritis. Possible fibromyalgia.")
                .add("Diagnosis", "post laminectomy syndrome", Map.of("icd10", "M96.1", "doid", "DOID:0050697"),
                        Assertion.AFFIRMED)
                .add("Diagnosis", "right L4-L5 radiculopathy", Map.of("laterality", "right", "level", "L4-L5"),
                        Assertion.AFFIRMED)
                .add("Diagnosis", "diabetes", Map.of(), NEGATED)
                .add("Diagnosis", "gastritis", Map.of(), HISTORICAL)
                .add("Diagnosis", "fibromyalgia", Map.of(), UNCERTAIN)
                .bundle();
        List<Condition> conditions = resources(bundle, Condition.class);
        assertEquals(5, conditions.size());

        Condition pls = conditions.get(0);
        assertEquals("post laminectomy syndrome", pls.getCode().getText());
        assertEquals(CodeSystems.ICD10_CM, pls.getCode().getCoding().get(0).getSystem());
        assertEquals("M96.1", pls.getCode().getCoding().get(0).getCode());
        assertEquals("DOID:0050697", pls.getCode().getCoding().get(1).getCode());
        assertEquals("confirmed", pls.getVerificationStatus().getCodingFirstRep().getCode());
        assertEquals("active", pls.getClinicalStatus().getCodingFirstRep().getCode());
        Extension span = pls.getExtensionByUrl(SourceSpan.URL);
        assertEquals(11, ((IntegerType) span.getExtensionByUrl("begin").getValue()).getValue());
        assertEquals(36, ((IntegerType) span.getExtensionByUrl("end").getValue()).getValue());
        assertEquals("post laminectomy syndrome", span.getExtensionByUrl("text").getValue().primitiveValue());
        assertEquals("T1", span.getExtensionByUrl("annotation").getValue().primitiveValue());
        assertEquals("Diagnosis", span.getExtensionByUrl("type").getValue().primitiveValue());

        assertEquals("right L4-L5", conditions.get(1).getBodySiteFirstRep().getText());
        assertEquals("refuted", conditions.get(2).getVerificationStatus().getCodingFirstRep().getCode());
        assertFalse(conditions.get(2).hasClinicalStatus());
        assertEquals("inactive", conditions.get(3).getClinicalStatus().getCodingFirstRep().getCode());
        assertEquals("unconfirmed", conditions.get(4).getVerificationStatus().getCodingFirstRep().getCode());
        assertFalse(conditions.get(4).hasClinicalStatus());
        Patient patient = resources(bundle, Patient.class).get(0);
        String patientUrl = bundle.getEntry().get(0).getFullUrl();
        assertTrue(patient == bundle.getEntry().get(0).getResource() && patientUrl.startsWith("urn:uuid:"));
        assertTrue(conditions.stream().allMatch(c -> c.getSubject().getReference().equals(patientUrl)));
    }

    @Test
    void statementsNotAboutThePatientAreLeftOutAndFamilyDiagnosesAreFamilyHistory() {
        Bundle bundle = new Letter("Gabapentin is effective for postherpetic neuralgia. Her mother has lupus; "
                + "no family history of cancer. His wife takes Norco.")
                .add("Medication", "Gabapentin", Map.of("normalized", "gabapentin"), GENERIC)
                .add("Diagnosis", "postherpetic neuralgia", Map.of(), GENERIC)
                .add("Diagnosis", "lupus", Map.of(), FAMILY)
                .add("Diagnosis", "cancer", Map.of(), FAMILY_NEGATED)
                .add("Medication", "Norco", Map.of("normalized", "hydrocodone/acetaminophen"), OTHER)
                .bundle();
        assertEquals(List.of("Patient", "DocumentReference", "FamilyMemberHistory"),
                bundle.getEntry().stream().map(e -> e.getResource().fhirType()).toList());
        FamilyMemberHistory lupus = resources(bundle, FamilyMemberHistory.class).get(0);
        assertEquals("lupus", lupus.getConditionFirstRep().getCode().getText());
        assertEquals("FAMMEMB", lupus.getRelationship().getCodingFirstRep().getCode());
    }

    @Test
    void medicationsBecomeStatementsWithRxNormAndADosageFromTheirDoses() {
        Bundle bundle = new Letter("Norco 10/325 mg 1 tablet every 4-6 hours as needed #90. Butrans 20 mcg/hr "
                + "weekly. Tizanidine 4 mg at bedtime for 2 weeks. Gabapentin 300 mg 1-2 capsules three times a day.")
                .add("Medication", "Norco", Map.of("normalized", "hydrocodone/acetaminophen", "rxcui", "218772"),
                        Assertion.AFFIRMED)
                .add("Dose", "10/325 mg", Map.of("kind", "strength", "value", "10/325", "unit", "mg", "medication", "T1"), null)
                .add("Dose", "1", Map.of("kind", "amount", "value", "1", "medication", "T1"), null)
                .add("Dose", "tablet", Map.of("kind", "form", "value", "tablet", "medication", "T1"), null)
                .add("Dose", "every 4-6 hours", Map.of("kind", "frequency", "value", "q4-6h", "medication", "T1"), null)
                .add("Dose", "as needed", Map.of("kind", "frequency", "value", "PRN", "medication", "T1"), null)
                .add("Dose", "#90", Map.of("kind", "quantity", "value", "90", "medication", "T1"), null)
                .add("Medication", "Butrans", Map.of("normalized", "buprenorphine"), Assertion.AFFIRMED)
                .add("Dose", "20 mcg/hr", Map.of("kind", "strength", "value", "20", "unit", "mcg/hr", "medication", "T8"), null)
                .add("Dose", "weekly", Map.of("kind", "frequency", "value", "1/week", "medication", "T8"), null)
                .add("Medication", "Tizanidine", Map.of("normalized", "tizanidine"), Assertion.AFFIRMED)
                .add("Dose", "4 mg", Map.of("kind", "strength", "value", "4", "unit", "mg", "medication", "T11"), null)
                .add("Dose", "at bedtime", Map.of("kind", "frequency", "value", "qhs", "medication", "T11"), null)
                .add("Dose", "for 2 weeks", Map.of("kind", "duration", "value", "2 weeks", "medication", "T11"), null)
                .add("Medication", "Gabapentin", Map.of("normalized", "gabapentin"), Assertion.AFFIRMED)
                .add("Dose", "1-2", Map.of("kind", "amount", "value", "1-2", "medication", "T15"), null)
                .add("Dose", "capsules", Map.of("kind", "form", "value", "capsule", "medication", "T15"), null)
                .add("Dose", "three times a day", Map.of("kind", "frequency", "value", "3/day", "medication", "T15"), null)
                .bundle();
        List<MedicationStatement> statements = resources(bundle, MedicationStatement.class);
        assertEquals(4, statements.size());

        MedicationStatement norco = statements.get(0);
        assertEquals(MedicationStatementStatus.ACTIVE, norco.getStatus());
        assertEquals("hydrocodone/acetaminophen", norco.getMedicationCodeableConcept().getText());
        assertEquals(CodeSystems.RXNORM, norco.getMedicationCodeableConcept().getCodingFirstRep().getSystem());
        assertEquals("218772", norco.getMedicationCodeableConcept().getCodingFirstRep().getCode());
        Dosage dosage = norco.getDosageFirstRep();
        assertEquals("10/325 mg, 1, tablet, every 4-6 hours, as needed, #90", dosage.getText());
        assertEquals(6, dosage.getExtensionsByUrl(SourceSpan.URL).size());
        Quantity dose = dosage.getDoseAndRateFirstRep().getDoseQuantity();
        assertEquals(0, BigDecimal.ONE.compareTo(dose.getValue()));
        assertEquals("tablet", dose.getUnit());
        assertEquals(0, new BigDecimal(4).compareTo(dosage.getTiming().getRepeat().getPeriod()));
        assertEquals(0, new BigDecimal(6).compareTo(dosage.getTiming().getRepeat().getPeriodMax()));
        assertEquals(UnitsOfTime.H, dosage.getTiming().getRepeat().getPeriodUnit());
        assertTrue(dosage.getAsNeededBooleanType().booleanValue());

        Dosage butrans = statements.get(1).getDosageFirstRep();
        assertFalse(butrans.getDoseAndRateFirstRep().hasDose());
        assertEquals("ug/h", butrans.getDoseAndRateFirstRep().getRateQuantity().getCode());
        assertEquals(1, butrans.getTiming().getRepeat().getFrequency());
        assertEquals(UnitsOfTime.WK, butrans.getTiming().getRepeat().getPeriodUnit());

        Dosage tizanidine = statements.get(2).getDosageFirstRep();
        assertEquals("mg", tizanidine.getDoseAndRateFirstRep().getDoseQuantity().getCode());
        assertEquals(CodeSystems.UCUM, tizanidine.getDoseAndRateFirstRep().getDoseQuantity().getSystem());
        assertEquals(EventTiming.HS, tizanidine.getTiming().getRepeat().getWhen().get(0).getValue());
        assertEquals("wk", tizanidine.getTiming().getRepeat().getBoundsDuration().getCode());

        Dosage gabapentin = statements.get(3).getDosageFirstRep();
        assertEquals(0, new BigDecimal(2).compareTo(gabapentin.getDoseAndRateFirstRep().getDoseRange().getHigh().getValue()));
        assertEquals("capsule", gabapentin.getDoseAndRateFirstRep().getDoseRange().getLow().getUnit());
        assertEquals(3, gabapentin.getTiming().getRepeat().getFrequency());
        assertEquals(UnitsOfTime.D, gabapentin.getTiming().getRepeat().getPeriodUnit());
    }

    @Test
    void anAmountInAUnitIsTheDoseInThatUnit() {
        Bundle bundle = new Letter("The knee was injected with 3 cc of 1% lidocaine.")
                .add("Dose", "3 cc", Map.of("kind", "amount", "value", "3", "unit", "ml", "medication", "T3"), null)
                .add("Dose", "1%", Map.of("kind", "strength", "value", "1", "unit", "%", "medication", "T3"), null)
                .add("Medication", "lidocaine", Map.of("normalized", "lidocaine"), Assertion.AFFIRMED)
                .bundle();
        Dosage dosage = resources(bundle, MedicationStatement.class).get(0).getDosageFirstRep();
        Quantity dose = dosage.getDoseAndRateFirstRep().getDoseQuantity();
        assertEquals(0, new BigDecimal(3).compareTo(dose.getValue()));
        assertEquals("ml", dose.getUnit());
        assertEquals("mL", dose.getCode());
        assertEquals("3 cc, 1%", dosage.getText());
    }

    @Test
    void medicationAndProcedureStatusesFollowTheAssertion() {
        Bundle bundle = new Letter("She is not taking Norco. She took Motrin before. She may try Lyrica. "
                + "No epidural injection. Prior spinal fusion. A TENS unit might help. MRI of the lumbar spine.")
                .add("Medication", "Norco", Map.of(), NEGATED)
                .add("Medication", "Motrin", Map.of(), HISTORICAL)
                .add("Medication", "Lyrica", Map.of(), UNCERTAIN)
                .add("Procedure", "epidural injection", Map.of(), NEGATED)
                .add("Procedure", "spinal fusion", Map.of(), HISTORICAL)
                .add("Procedure", "TENS unit", Map.of(), UNCERTAIN)
                .add("Procedure", "MRI of the lumbar spine", Map.of("bodySite", "lumbar spine"), Assertion.AFFIRMED)
                .bundle();
        assertEquals(List.of(MedicationStatementStatus.NOTTAKEN, MedicationStatementStatus.COMPLETED,
                MedicationStatementStatus.UNKNOWN), resources(bundle, MedicationStatement.class).stream()
                .map(MedicationStatement::getStatus).toList());
        // without a dose, no dosage; without a normalized name, the text
        assertFalse(resources(bundle, MedicationStatement.class).get(0).hasDosage());
        assertEquals("Norco", resources(bundle, MedicationStatement.class).get(0).getMedicationCodeableConcept().getText());
        List<Procedure> procedures = resources(bundle, Procedure.class);
        assertEquals(List.of(ProcedureStatus.NOTDONE, ProcedureStatus.COMPLETED, ProcedureStatus.UNKNOWN,
                ProcedureStatus.UNKNOWN), procedures.stream().map(Procedure::getStatus).toList());
        assertEquals("lumbar spine", procedures.get(3).getBodySiteFirstRep().getText());
    }

    @Test
    void findingsSymptomsPainDateOfInjuryAndDemographicsBecomeObservationsAndThePatient() {
        Bundle bundle = new Letter("The 38-year-old male was injured on 2/10/07. He reports low back pain\nand "
                + "denies numbness. Pain is 6-7/10 with medications. SLR was positive at 60 degrees. No spasm. "
                + "Reflexes +1.")
                .add("Demographics", "38-year-old male", Map.of("age", "38", "sex", "male"), null)
                .add("DateOfInjury", "2/10/07", Map.of("iso", "2007-02-10"), null)
                .add("Symptom", "low back pain\nand", Map.of("bodySite", "low back"), Assertion.AFFIRMED)
                .add("Symptom", "numbness", Map.of(), NEGATED)
                .add("PainScore", "6-7/10 with medications", Map.of("value", "6-7", "scale", "10",
                        "context", "with medications"), null)
                .add("ExamFinding", "SLR was positive at 60 degrees", Map.of("test", "straight leg raise",
                        "result", "positive", "value", "60 degrees"), Assertion.AFFIRMED)
                .add("ExamFinding", "spasm", Map.of("test", "spasm", "result", "positive"), NEGATED)
                .add("ExamFinding", "Reflexes +1", Map.of("test", "reflex", "value", "+1"), UNCERTAIN)
                .bundle();
        Patient patient = resources(bundle, Patient.class).get(0);
        assertEquals(AdministrativeGender.MALE, patient.getGender());
        List<Observation> observations = resources(bundle, Observation.class);
        assertEquals(8, observations.size());

        Observation age = observations.get(0);
        assertEquals("30525-0", age.getCode().getCodingFirstRep().getCode());
        assertEquals("a", age.getValueQuantity().getCode());
        assertEquals(0, new BigDecimal(38).compareTo(age.getValueQuantity().getValue()));
        Observation injury = observations.get(1);
        assertEquals("11368-8", injury.getCode().getCodingFirstRep().getCode());
        assertEquals("2007-02-10", injury.getValueDateTimeType().getValueAsString());

        assertEquals("low back pain and", observations.get(2).getCode().getText());
        assertEquals("52101004", observations.get(2).getValueCodeableConcept().getCodingFirstRep().getCode());
        assertEquals("low back", observations.get(2).getBodySite().getText());
        assertEquals("2667000", observations.get(3).getValueCodeableConcept().getCodingFirstRep().getCode());

        Observation pain = observations.get(4);
        assertEquals("72514-3", pain.getCode().getCodingFirstRep().getCode());
        assertEquals(0, new BigDecimal(7).compareTo(pain.getValueRange().getHigh().getValue()));
        assertEquals("with medications", pain.getNoteFirstRep().getText());

        Observation slr = observations.get(5);
        assertEquals("straight leg raise", slr.getCode().getText());
        assertEquals("exam", slr.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("POS", slr.getInterpretationFirstRep().getCodingFirstRep().getCode());
        assertEquals("deg", slr.getValueQuantity().getCode());
        Observation noSpasm = observations.get(6);
        assertEquals(Observation.ObservationStatus.FINAL, noSpasm.getStatus());
        assertEquals("2667000", noSpasm.getValueCodeableConcept().getCodingFirstRep().getCode());
        assertFalse(noSpasm.hasInterpretation());
        Observation reflexes = observations.get(7);
        assertEquals(Observation.ObservationStatus.PRELIMINARY, reflexes.getStatus());
        assertEquals("+1", reflexes.getValueStringType().getValue());
    }

    @Test
    void theSameDocumentGivesTheSameJsonAndItReadsBack() {
        Letter letter = new Letter("Diagnosis: lumbago. Zanaflex 4 mg.")
                .add("Diagnosis", "lumbago", Map.of(), Assertion.AFFIRMED)
                .add("Medication", "Zanaflex", Map.of("normalized", "tizanidine"), Assertion.AFFIRMED)
                .add("Dose", "4 mg", Map.of("kind", "strength", "value", "4", "unit", "mg", "medication", "T2"), null);
        String json = FhirExport.toJson(letter.bundle());
        assertEquals(json, FhirExport.toJson(letter.bundle()));
        Bundle read = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
        assertEquals(4, read.getEntry().size());
        assertEquals("collection", read.getType().toCode());
        assertEquals("letter.txt", resources(read, org.hl7.fhir.r4.model.DocumentReference.class).get(0)
                .getContentFirstRep().getAttachment().getTitle());
        assertEquals(AdministrativeGender.UNKNOWN, resources(read, Patient.class).get(0).getGender());
    }
}
