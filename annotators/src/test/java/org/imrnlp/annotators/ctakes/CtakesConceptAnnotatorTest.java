package org.imrnlp.annotators.ctakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ctakes.typesystem.type.refsem.OntologyConcept;
import org.apache.ctakes.typesystem.type.refsem.UmlsConcept;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.SymptomAnnotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CtakesConceptAnnotatorTest {

    private static final String LETTER = """
            CLINICAL CASE SUMMARY
            The injured worker is a 52-year-old female with a date of injury of 03/14/2016. She reports low back pain
            rated 7/10. She has a history of hypertension and agoraphobia. On examination there is tenderness of the
            lumbar paraspinal muscles. She underwent an MRI of the lumbar spine. Current medications include Norco
            10/325 mg twice a day and Irenka 40 mg. She denies numbness.
            """;

    static ImrExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    /** {@code Type[covered text] typeID codes}, one per mention the pipeline made. */
    private static List<String> mentions(String text) {
        List<String> out = new ArrayList<>();
        extractor.extract(text, "t.txt", jcas -> {
            for (IdentifiedAnnotation a : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
                out.add(a.getType().getShortName().replaceFirst("Annotation$", "") + "[" + a.getCoveredText() + "] " + a.getTypeID() + codes(a));
            }
        });
        return out;
    }

    private static String codes(IdentifiedAnnotation a) {
        StringBuilder s = new StringBuilder();
        FSArray<OntologyConcept> concepts = a.getOntologyConceptArr();
        if (concepts != null) {
            for (OntologyConcept c : concepts) {
                if (c instanceof UmlsConcept u) {
                    s.append(" CUI=").append(u.getCui());
                } else {
                    s.append(' ').append(c.getCodingScheme()).append('=').append(c.getCode());
                }
            }
        }
        return s.toString();
    }

    @Test
    void everyMentionGetsItsSemanticGroupAndKnownCodes() {
        List<String> found = mentions(LETTER);
        Map<String, String> byText = new TreeMap<>();
        found.forEach(m -> byText.put(m.substring(0, m.lastIndexOf(']') + 1), m));
        // the hand-written drug lexicon has no RxCUIs yet: none is made up for Norco
        assertEquals("Medication[Norco] 1", byText.get("Medication[Norco]"), found.toString());
        // a brand name only RxNorm lists carries its RxCUI (RxNorm: Irenka, BN, 1652064)
        assertEquals("Medication[Irenka] 1 RXNORM=1652064", byText.get("Medication[Irenka]"), found.toString());
        assertEquals("Diagnosis[hypertension] 2 ICD10CM=I10", byText.get("Diagnosis[hypertension]"), found.toString());
        assertEquals("Diagnosis[agoraphobia] 2 ICD10CM=F40.0 DOID=DOID:593", byText.get("Diagnosis[agoraphobia]"),
                found.toString());
        assertEquals("Symptom[numbness] 3", byText.get("Symptom[numbness]"), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.startsWith("ExamFinding[tenderness") && m.endsWith("] 3")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.startsWith("Procedure[MRI of the lumbar spine] 5")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.startsWith("PainScore[") && m.endsWith("] 7")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.startsWith("DateOfInjury[03/14/2016] 1005")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.startsWith("StrengthModifier[10/325 mg] 1006")
                || m.contains("[10/325 mg] 1006")), found.toString());
        assertTrue(found.stream().anyMatch(m -> m.startsWith("Demographics[") && m.endsWith("] 0")), found.toString());
    }

    @Test
    void aTypeIdOrCodeAlreadySetIsKeptAndNotRepeated() throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText("Norco");
        MedicationAnnotation m = new MedicationAnnotation(jcas, 0, 5);
        m.setRxcui("218772");
        m.setTypeID(CtakesConceptAnnotator.DRUG);
        OntologyConcept earlier = new OntologyConcept(jcas);
        earlier.setCodingScheme("RXNORM");
        earlier.setCode("218772");
        FSArray<OntologyConcept> array = new FSArray<>(jcas, 1);
        array.set(0, earlier);
        m.setOntologyConceptArr(array);
        m.addToIndexes();
        DiagnosisAnnotation d = new DiagnosisAnnotation(jcas, 0, 5);
        d.setTypeID(CtakesConceptAnnotator.FINDING); // set by another component: kept
        d.setDoid("SYMP:0000895");
        d.addToIndexes();
        AnalysisEngineFactory.createEngine(CtakesConceptAnnotator.class).process(jcas);
        assertEquals(1, m.getOntologyConceptArr().size());
        assertEquals(CtakesConceptAnnotator.FINDING, d.getTypeID());
        assertEquals("SYMP", d.getOntologyConceptArr(0).getCodingScheme());
        assertEquals("SYMP:0000895", d.getOntologyConceptArr(0).getCode());
        assertNull(new DiagnosisAnnotation(jcas).getOntologyConceptArr());
    }

    @Test
    void meshIdsAndUserDictionaryIdsBecomeConcepts() throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText("numbness; bursitis; dry needling");
        SymptomAnnotation numbness = new SymptomAnnotation(jcas, 0, 8);
        numbness.setConceptId("C0028643"); // from a cTAKES BSV dictionary: a UMLS CUI
        numbness.addToIndexes();
        DiagnosisAnnotation bursitis = new DiagnosisAnnotation(jcas, 10, 18);
        bursitis.setDoid("MESH:D002062");
        bursitis.addToIndexes();
        ProcedureAnnotation needling = new ProcedureAnnotation(jcas, 20, 32);
        needling.setConceptId("PT-17"); // from a TSV dictionary: a code of the user's own scheme
        needling.addToIndexes();
        AnalysisEngineFactory.createEngine(CtakesConceptAnnotator.class).process(jcas);
        assertEquals(" CUI=C0028643", codes(numbness));
        assertEquals(" MSH=D002062", codes(bursitis));
        assertEquals(" null=PT-17", codes(needling));
        assertEquals(CtakesConceptAnnotator.PROCEDURE, needling.getTypeID());
    }
}
