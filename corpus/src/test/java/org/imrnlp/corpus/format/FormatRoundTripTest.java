package org.imrnlp.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.pipeline.ExtractionBuilder;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every format written and read back gives the same annotations. */
class FormatRoundTripTest {

    private static final ImrExtractor EXTRACTOR = ImrExtractor.createDefault();

    /** A progress-note paragraph laid out as PDF text: a name and a finding run over line ends. */
    private static final String TEXT = "He continues Lyrica 75 mg twice a day and denies suicidal \n\nideations. "
            + "Straight leg raising is positive on the left at 40 \n\ndegrees.\n \nPLAN: continue physical therapy.";

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static Annotation span(String id, String type, String covered, int occurrence, Map<String, String> attributes,
                                   Assertion assertion) {
        int begin = -1;
        for (int i = 0; i <= occurrence; i++) {
            begin = TEXT.indexOf(covered, begin + 1);
        }
        return new Annotation(id, type, begin, begin + covered.length(), covered, attributes, assertion);
    }

    /** Gold-like annotations with every kind of attribute: flags, enumerations, notes, links. */
    private static AnnotatedDocument document() {
        return new AnnotatedDocument("note.txt", TEXT.length(), List.of(
                span("M1", "Medication", "Lyrica", 0, Map.of("normalized", "pregabalin", "strength", "75 mg",
                        "frequency", "twice a day"), Assertion.AFFIRMED),
                span("M2", "Dose", "75 mg", 0, Map.of("kind", "strength", "value", "75", "unit", "mg",
                        "medication", "M1"), null),
                span("M3", "Dose", "twice a day", 0, Map.of("kind", "frequency", "value", "twice a day",
                        "medication", "M1"), null),
                span("N1", "NegatedStatement", "denies suicidal \n\nideations", 0, Map.of("cue", "denies",
                        "target", "C1"), null),
                span("C1", "Symptom", "suicidal \n\nideations", 0, Map.of(),
                        new Assertion(true, false, false, false, Assertion.Subject.PATIENT)),
                span("C2", "ExamFinding", "Straight leg raising is positive on the left at 40 \n\ndegrees", 0,
                        Map.of("test", "straight leg raise", "result", "positive", "laterality", "left",
                                "value", "40 degrees; seated"), new Assertion(false, true, true, false, Assertion.Subject.FAMILY)),
                span("C3", "Procedure", "physical therapy", 0, Map.of("note", "back\\slash\nnew line"), Assertion.AFFIRMED)));
    }

    @Test
    void jsonAndJsonLinesRoundTrip() throws IOException {
        AnnotatedDocument document = document();
        assertEquals(document, JsonForm.fromJson(JsonForm.toPrettyJson(document)));
        String lines = JsonLines.line(document) + "\n" + JsonLines.line(document);
        assertEquals(List.of(document, document), JsonLines.read(new StringReader(lines)));
    }

    @Test
    void bratRoundTripKeepsAttributesAssertionsAndLinks() throws IOException {
        String ann = BratFormat.write(document(), TEXT);
        assertEquals(document(), BratFormat.read("note.txt", TEXT, ann));
        int lyrica = TEXT.indexOf("Lyrica");
        assertTrue(ann.contains("T1\tMedication " + lyrica + " " + (lyrica + 6) + "\tLyrica\n"), ann);
        int denies = TEXT.indexOf("denies");
        int ideations = TEXT.indexOf("ideations");
        assertTrue(ann.contains("T4\tNegatedStatement " + denies + " " + (denies + 15) + ";" + ideations + " "
                + (ideations + 9) + "\tdenies suicidal ideations\n"), ann);
        assertTrue(ann.contains("\tNegated T5\n"), ann);
        assertTrue(ann.contains("\tSubject T6 family\n"), ann);
        assertTrue(ann.contains("\ttest T6 straight_leg_raise\n"), ann);
        assertTrue(ann.contains("\tkind T2 strength\n"), ann);
        assertTrue(ann.contains("\tDoseOf Arg1:T2 Arg2:T1\n"), ann);
        assertTrue(ann.contains("\tNegates Arg1:T4 Arg2:T5\n"), ann);
        assertTrue(ann.contains("\tAnnotatorNotes T1\tid=M1; frequency=twice a day; normalized=pregabalin; strength=75 mg\n"),
                ann);
        assertTrue(ann.contains("value=40 degrees\\; seated"), ann);
    }

    @Test
    void bratReaderRefusesAnnotationsWhoseTextDoesNotMatch() {
        IOException e = assertThrows(IOException.class,
                () -> BratFormat.read("note.txt", TEXT, "T1\tMedication 0 2\tLyrica\n"));
        assertTrue(e.getMessage().startsWith("note.txt:1: "), e.getMessage());
    }

    @Test
    void bratConfigurationListsTypesAttributesAndRelations() {
        String conf = BratConfiguration.annotationConf();
        for (String line : List.of("[entities]", "Medication", "ExamFinding", "[relations]",
                "DoseOf\tArg1:Dose, Arg2:Medication", "[attributes]",
                "Negated\tArg:Medication|Diagnosis|Symptom|ExamFinding|Procedure",
                "kind\tArg:Dose, Value:strength|amount|frequency|quantity|refills|form|route|duration",
                "decision\tArg:DisputedItem, Value:UPHELD|OVERTURNED")) {
            assertTrue(conf.lines().anyMatch(line::equals), line);
        }
    }

    @Test
    void xmiRoundTripGivesTheSameExtraction() throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(TEXT);
        EXTRACTOR.process(jcas);
        AnnotatedDocument expected = ExtractionBuilder.build(jcas, "note.txt").toDocument();

        String xmi = XmiFormat.write(jcas);
        XmiFormat.Read read = XmiFormat.read(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), "note.txt");

        assertEquals(TEXT, read.text());
        assertEquals(expected, read.document());
        String rendered = render(read.document());
        assertTrue(rendered.startsWith("Medication[Lyrica] drugClass=anticonvulsant frequency=2/day "
                + "normalized=pregabalin strength=75 mg; Dose[75 mg] kind=strength medication=T1 unit=mg value=75"),
                rendered);
    }

    @Test
    void conllAndOpenNlpRoundTripSpansOnTokenBoundaries() throws IOException {
        AnnotatedDocument document = document();
        Analysis analysis = Analysis.of(EXTRACTOR, TEXT, "note.txt", OutputFormat.CONLL);
        List<String> types = List.of("Medication", "Dose", "Symptom", "ExamFinding", "Procedure", "NegatedStatement");

        String conll = ConllFormat.write(document, analysis.tokens(), types);
        assertEquals(spans(document, types), spans(ConllFormat.read("note.txt", TEXT, conll), types));
        assertTrue(conll.contains("\nLyrica B-Medication O O O O O\n75 O B-Dose O O O O\nmg O I-Dose O O O O\n"), conll);
        assertTrue(conll.contains("\nideations O O I-Symptom O O I-NegatedStatement\n"), conll);

        List<String> flat = List.of("Medication", "Dose", "NegatedStatement", "ExamFinding", "Procedure");
        String opennlp = OpenNlpFormat.write(document, analysis.tokens(), flat);
        assertTrue(opennlp.startsWith("He continues <START:Medication> Lyrica <END> <START:Dose> 75 mg <END>"
                + " <START:Dose> twice a day <END> and <START:NegatedStatement> denies suicidal ideations <END> .\n"), opennlp);
        assertEquals(spans(document, flat), spans(OpenNlpFormat.read("note.txt", TEXT, opennlp), flat));
    }

    private static String spans(AnnotatedDocument document, List<String> types) {
        return document.annotations().stream().filter(a -> types.contains(a.type()))
                .map(a -> a.type() + "[" + a.begin() + "," + a.end() + "]").sorted().collect(Collectors.joining(" "));
    }

    private static String render(AnnotatedDocument document) {
        return document.annotations().stream().map(a -> a.type() + "[" + a.text() + "]"
                        + new java.util.TreeMap<>(a.attributes()).entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("; "));
    }
}
