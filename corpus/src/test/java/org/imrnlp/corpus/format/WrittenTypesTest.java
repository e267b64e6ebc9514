package org.imrnlp.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.junit.jupiter.api.Test;

/** Which annotation types each format writes, and the BRAT configuration that goes with them. */
class WrittenTypesTest {

    private static final String TEXT = "MEDICATIONS:\nNorco 10/325 mg twice a day.\nShe denies numbness.";
    private static final Analysis ANALYSIS = new Analysis(TEXT, new AnnotatedDocument("m.txt", TEXT.length(), List.of(
            new Annotation("T1", "Section", 0, TEXT.length(), TEXT, Map.of("name", "medications"), null),
            new Annotation("T2", "Medication", 13, 18, "Norco", Map.of("normalized", "hydrocodone/acetaminophen"),
                    Assertion.AFFIRMED),
            new Annotation("T3", "Dose", 19, 28, "10/325 mg", Map.of("kind", "strength", "medication", "T2"), null),
            new Annotation("T4", "Symptom", 53, 61, "numbness", Map.of(), new Assertion(true, false, false, false,
                    Assertion.Subject.PATIENT)))), null, null);

    @Test
    void bratLeavesOutSectionsUnlessTheyAreChosen() {
        String ann = OutputFormat.BRAT.render(ANALYSIS).get(".ann");
        assertFalse(ann.contains("\tSection "), ann);
        assertTrue(ann.contains("T1\tMedication 13 18\tNorco\n"), ann);
        assertTrue(ann.contains("\tDoseOf Arg1:T2 Arg2:T1\n"), ann);

        String withSections = OutputFormat.BRAT.render(ANALYSIS, OutputFormat.typesNamed(List.of("Section", "Symptom")))
                .get(".ann");
        assertTrue(withSections.startsWith("T1\tSection 0 12;13 41;42 62\t"), withSections);
        assertTrue(withSections.contains("T2\tSymptom 53 61\tnumbness\n"), withSections);
        assertFalse(withSections.contains("Medication"), withSections);
    }

    @Test
    void jsonWritesEveryTypeUnlessTypesAreChosen() {
        assertEquals(4, OutputFormat.only(ANALYSIS.document(), OutputFormat.JSON.defaultTypes()).annotations().size());
        String json = OutputFormat.JSON.render(ANALYSIS, List.of("Dose")).get(".json");
        assertTrue(json.contains("\"type\" : \"Dose\""), json);
        assertFalse(json.contains("\"type\" : \"Medication\""), json);
        assertTrue(json.contains("\"medication\" : \"T2\""), json); // a link keeps the id of what was left out
    }

    @Test
    void typeNamesAreCheckedAndPutInTheGuidesOrder() {
        assertEquals(List.of("Medication", "Dose", "Section"), OutputFormat.typesNamed(List.of("Section", "Dose", "Medication")));
        assertEquals(OutputFormat.ALL_TYPES, OutputFormat.typesNamed(List.of("all")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputFormat.typesNamed(List.of("Medication", "Drug")));
        assertTrue(e.getMessage().startsWith("unknown annotation type 'Drug'; one of [Medication, Dose,"), e.getMessage());
        assertFalse(OutputFormat.XMI.choosesTypes());
        assertFalse(OutputFormat.BRAT.defaultTypes().contains("Section"));
        assertTrue(OutputFormat.JSONL.defaultTypes().contains("Section"));
    }

    @Test
    void theBratConfigurationDeclaresOnlyTheTypesWritten() {
        String conf = BratConfiguration.annotationConf(List.of("Medication", "Dose"));
        assertEquals("""
                # IMR-NLP annotation types (see the annotation guide)
                [entities]
                Medication
                Dose

                [relations]
                DoseOf\tArg1:Dose, Arg2:Medication
                <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

                [events]

                [attributes]
                Negated\tArg:Medication
                Uncertain\tArg:Medication
                Historical\tArg:Medication
                Generic\tArg:Medication
                Subject\tArg:Medication, Value:family|other
                kind\tArg:Dose, Value:strength|amount|frequency|quantity|refills|form|route|duration
                """, conf);
        String visual = BratConfiguration.visualConf(List.of("Dose", "Medication"));
        assertEquals(3, visual.lines().count(), visual);
        assertTrue(visual.contains("\nMedication\tbgColor:#"), visual);
    }

    @Test
    void theFullBratConfigurationKeepsEveryRelationAndAttribute() {
        String conf = BratConfiguration.annotationConf();
        assertTrue(conf.contains("\nNegates\tArg1:NegatedStatement, Arg2:Medication|Diagnosis|Symptom|ExamFinding|Procedure\n"),
                conf);
        assertTrue(conf.contains("\nRequests\tArg1:DisputedItem, Arg2:Medication|Procedure|DrugClass\n"), conf);
        assertTrue(conf.contains("\nlaterality\tArg:Diagnosis|Symptom|ExamFinding|Procedure, Value:left|right|bilateral\n"),
                conf);
        assertTrue(conf.contains("\nname\tArg:Section, Value:reviewer|"), conf);
        String noSections = BratConfiguration.annotationConf(OutputFormat.BRAT.defaultTypes());
        assertFalse(noSections.contains("Section"), noSections);
        assertThrows(IllegalArgumentException.class, () -> BratConfiguration.annotationConf(List.of("Sections")));
    }

    @Test
    void tokenFormatsCountWhatTheyLeaveOut() {
        String text = "Norco helps. Knee pain persists.";
        TokenizedText tokens = new TokenizedText(List.of(
                List.of(new TokenizedText.Token(0, 5, "Norco"), new TokenizedText.Token(6, 11, "helps"),
                        new TokenizedText.Token(11, 12, ".")),
                List.of(new TokenizedText.Token(13, 17, "Knee"), new TokenizedText.Token(18, 22, "pain"),
                        new TokenizedText.Token(23, 31, "persists"), new TokenizedText.Token(31, 32, "."))));
        AnnotatedDocument document = new AnnotatedDocument("t.txt", text.length(), List.of(
                new Annotation("T1", "Medication", 0, 5, "Norco", null, null),
                new Annotation("T2", "Symptom", 6, 22, text.substring(6, 22), null, null), // crosses the sentence end
                new Annotation("T3", "Symptom", 13, 22, "Knee pain", null, null),
                new Annotation("T4", "Symptom", 18, 22, "pain", null, null), // inside T3: same type
                new Annotation("T5", "Diagnosis", 13, 17, "Knee", null, null), // inside T3: another type
                new Annotation("T6", "Symptom", 12, 13, " ", null, null))); // between tokens
        Analysis analysis = new Analysis(text, document, tokens, null);
        List<String> types = List.of("Medication", "Diagnosis", "Symptom");
        assertEquals(new TokenSpans.LeftOut(1, 1, 1), OutputFormat.CONLL.leftOut(analysis, types));
        assertEquals(new TokenSpans.LeftOut(1, 2, 1), OutputFormat.OPENNLP.leftOut(analysis, types));
        assertEquals(TokenSpans.LeftOut.NONE, OutputFormat.BRAT.leftOut(analysis, types));
        assertEquals("1 crossing a sentence end, 2 overlapping another, 1 on no token",
                OutputFormat.OPENNLP.leftOut(analysis, types).reasons());
    }
}
