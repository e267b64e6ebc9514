package org.imrnlp.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bundles of letters written for this test, run through the default pipeline, checked with HAPI's
 * instance validator against the FHIR R4 core specification: no errors allowed.
 */
class FhirValidationTest {

    private static ImrExtractor extractor;
    private static FhirValidator validator;

    @BeforeAll
    static void setUp() {
        extractor = ImrExtractor.createDefault();
        FhirContext context = FhirExport.context();
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }

    @AfterAll
    static void tearDown() {
        extractor.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"knee-and-back.txt", "shoulder.txt", "cervical.txt"})
    void bundleOfALetterValidates(String letter) throws IOException {
        Extraction extraction = extractor.extract(read(letter), letter);
        Bundle bundle = FhirExport.toBundle(extraction);
        // parse the JSON back, as a receiving system would, and validate that
        String json = FhirExport.toJson(bundle);
        ValidationResult result = validator.validateWithResult(json);
        List<String> errors = errors(result);
        assertTrue(errors.isEmpty(), letter + ": " + String.join("\n", errors));
        assertTrue(bundle.getEntry().size() > 8, letter + " gave " + bundle.getEntry().size() + " entries");
    }

    @Test
    void theLettersGiveEveryMainResourceType() throws IOException {
        Set<String> types = new TreeSet<>();
        for (String letter : List.of("knee-and-back.txt", "shoulder.txt", "cervical.txt")) {
            FhirExport.toBundle(extractor.extract(read(letter), letter)).getEntry()
                    .forEach(e -> types.add(e.getResource().fhirType()));
        }
        assertTrue(types.containsAll(Set.of("Patient", "DocumentReference", "Condition", "MedicationStatement",
                "Observation", "Procedure")), types.toString());
    }

    @Test
    void negatedAndHistoricalStatementsKeepTheirMeaning() throws IOException {
        Bundle bundle = FhirExport.toBundle(extractor.extract(read("knee-and-back.txt"), "knee-and-back.txt"));
        Observation suicidalIdeation = resources(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getText().equals("suicidal ideation")).findFirst().orElseThrow();
        assertEquals("2667000", suicidalIdeation.getValueCodeableConcept().getCodingFirstRep().getCode()); // absent
        Procedure injection = resources(bundle, Procedure.class).stream()
                .filter(p -> p.getCode().getText().equals("epidural steroid injection")).findFirst().orElseThrow();
        assertEquals(Procedure.ProcedureStatus.NOTDONE, injection.getStatus());
        MedicationStatement ibuprofen = resources(bundle, MedicationStatement.class).stream()
                .filter(m -> m.getMedicationCodeableConcept().getText().equals("ibuprofen")).findFirst().orElseThrow();
        assertEquals(MedicationStatement.MedicationStatementStatus.COMPLETED, ibuprofen.getStatus());
        // guideline text about neuralgia is not the patient's; the mother's diabetes is family history
        assertFalse(resources(bundle, Condition.class).stream()
                .anyMatch(c -> c.getCode().getText().contains("neuralgia") || c.getCode().getText().contains("diabetes")));
        assertEquals(1, resources(bundle, FamilyMemberHistory.class).size());
    }

    /**
     * The mappings the letters do not reach (a rate, a dose range, codes, a pain range, no
     * demographics, a date of injury without a usable date) validate too.
     */
    @Test
    void aBundleOfTheRarerMappingsWithoutDemographicsValidates() throws IOException {
        String text = "Butrans 20 mcg/hr. Lyrica 1-2 capsules q4-6h for 2 weeks. Lumbago. Pain 6-7/10. Injured in spring.";
        String json = "{\"source\": \"rare.txt\", \"textLength\": " + text.length() + ", \"annotations\": ["
                + annotation("T1", "Medication", text, "Butrans", "\"rxcui\": \"1431076\"", true) + ","
                + annotation("T2", "Dose", text, "20 mcg/hr", "\"kind\": \"strength\", \"value\": \"20\", "
                        + "\"unit\": \"mcg/hr\", \"medication\": \"T1\"", false) + ","
                + annotation("T3", "Medication", text, "Lyrica", "\"normalized\": \"pregabalin\"", true) + ","
                + annotation("T4", "Dose", text, "1-2", "\"kind\": \"amount\", \"value\": \"1-2\", \"medication\": \"T3\"", false) + ","
                + annotation("T5", "Dose", text, "capsules", "\"kind\": \"form\", \"value\": \"capsule\", \"medication\": \"T3\"", false) + ","
                + annotation("T6", "Dose", text, "q4-6h", "\"kind\": \"frequency\", \"value\": \"q4-6h\", \"medication\": \"T3\"", false) + ","
                + annotation("T7", "Dose", text, "for 2 weeks", "\"kind\": \"duration\", \"value\": \"2 weeks\", \"medication\": \"T3\"", false) + ","
                + annotation("T8", "Diagnosis", text, "Lumbago", "\"icd10\": \"M54.5\", \"doid\": \"DOID:0050694\"", true) + ","
                + annotation("T9", "PainScore", text, "6-7/10", "\"value\": \"6-7\", \"scale\": \"10\"", false) + ","
                + annotation("T10", "DateOfInjury", text, "spring", "", false) + "]}";
        Bundle bundle = FhirExport.toBundle(JsonForm.fromJson(json));
        assertEquals(7, bundle.getEntry().size());   // Patient, DocumentReference, 2 MedicationStatements, Condition, 2 Observations
        List<String> errors = errors(validator.validateWithResult(FhirExport.toJson(bundle)));
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    private static String annotation(String id, String type, String text, String phrase, String attributes, boolean clinical) {
        int begin = text.indexOf(phrase);
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"begin\": " + begin + ", \"end\": "
                + (begin + phrase.length()) + ", \"text\": \"" + phrase + "\", \"attributes\": {" + attributes + "}"
                + (clinical ? ", \"assertion\": {\"negated\": false, \"uncertain\": false, \"historical\": false, "
                        + "\"generic\": false, \"subject\": \"patient\"}" : "") + "}";
    }

    @Test
    void theValidatorRejectsABrokenBundle() throws IOException {
        Bundle bundle = FhirExport.toBundle(extractor.extract(read("shoulder.txt"), "shoulder.txt"));
        resources(bundle, Condition.class).get(0).setSubject(null);   // Condition.subject is 1..1
        assertFalse(errors(validator.validateWithResult(bundle)).isEmpty());
    }

    private static List<String> errors(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(SingleValidationMessage::toString).collect(Collectors.toList());
    }

    static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static String read(String letter) throws IOException {
        try (InputStream in = FhirValidationTest.class.getResourceAsStream("/letters/" + letter)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
