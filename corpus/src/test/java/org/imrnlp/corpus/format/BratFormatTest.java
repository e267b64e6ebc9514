package org.imrnlp.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.junit.jupiter.api.Test;

class BratFormatTest {

    private static Annotation symptom(String text, String phrase) {
        int begin = text.indexOf(phrase);
        return new Annotation("T1", "Symptom", begin, begin + phrase.length(), phrase, Map.of(), Assertion.AFFIRMED);
    }

    @Test
    void offsetsCountCodePointsAfterACharacterOutsideTheBasicPlane() throws IOException {
        String text = "Mood \uD83D\uDE00 good. She reports numbness.";  // the emoji is two UTF-16 units, one code point
        AnnotatedDocument document = new AnnotatedDocument("n.txt", text.length(), List.of(symptom(text, "numbness")));
        String ann = BratFormat.write(document, text);
        int javaBegin = text.indexOf("numbness");
        assertTrue(ann.startsWith("T1\tSymptom " + (javaBegin - 1) + " " + (javaBegin - 1 + 8) + "\tnumbness\n"), ann);
        assertEquals(document.annotations().get(0).begin(), BratFormat.read("n.txt", text, ann).annotations().get(0).begin());
        assertEquals(List.of("numbness"), BratFormat.read("n.txt", text, ann).annotations().stream().map(Annotation::text).toList());
    }

    @Test
    void crLfLinesAreRead() throws IOException {
        String text = "She reports numbness.";
        String ann = "T1\tSymptom 12 20\tnumbness\r\nA1\tNegated T1\r\n";
        Annotation a = BratFormat.read("n.txt", text, ann).annotations().get(0);
        assertEquals("numbness", a.text());
        assertTrue(a.assertion().negated());
    }

    @Test
    void aRepeatedIdIsAnErrorNamingTheFileAndLine() {
        String text = "She reports numbness and tingling.";
        String ann = "T1\tSymptom 12 20\tnumbness\nT1\tSymptom 25 33\ttingling\n";
        IOException e = assertThrows(IOException.class, () -> BratFormat.read("n.txt", text, ann, "gold/n.ann"));
        assertEquals("gold/n.ann:2: the id T1 is used twice", e.getMessage());
    }

    @Test
    void aRelationToAMissingSpanIsAnErrorNamingTheFileAndLine() {
        // found by ReadersFuzzTest: it was a NullPointerException
        String text = "Norco 10/325 mg";
        String ann = "T1\tMedication 0 5\tNorco\nR1\tDoseOf Arg1:T2 Arg2:T1\nT2\tDose 6 15\t10/325 mg\nR2\tDoseOf Arg1:T2 Arg2:T9\n";
        IOException e = assertThrows(IOException.class, () -> BratFormat.read("n.txt", text, ann, "gold/n.ann"));
        assertEquals("gold/n.ann:4: refers to T9, which is not a span", e.getMessage());
    }

    @Test
    void aMalformedSpanLineIsAnErrorNamingTheFileAndLine() {
        String text = "She reports numbness.";
        IOException e = assertThrows(IOException.class, () -> BratFormat.read("n.txt", text, "T1\tSymptom\tnumbness\n", "gold/n.ann"));
        assertTrue(e.getMessage().startsWith("gold/n.ann:1: not a BRAT span"), e.getMessage());
        IOException shifted = assertThrows(IOException.class,
                () -> BratFormat.read("n.txt", text, "\nT1\tSymptom 13 21\tnumbness\n", "gold/n.ann"));
        assertEquals("gold/n.ann:2: the span's text does not match the document text", shifted.getMessage());
    }

    @Test
    void theVisualConfigurationGivesEveryTypeItsOwnColour() {
        String conf = BratConfiguration.visualConf();
        java.util.Set<String> colours = new java.util.HashSet<>();
        for (org.imrnlp.core.MentionType type : org.imrnlp.core.MentionType.values()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + type.jsonName() + "\tbgColor:(#[0-9a-f]{6})$")
                    .matcher(conf);
            assertTrue(m.find(), type.jsonName());
            colours.add(m.group(1));
        }
        assertEquals(org.imrnlp.core.MentionType.values().length, colours.size());
        assertTrue(conf.startsWith("[drawing]\n"));
    }
}
