package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.imrnlp.core.ClinicalMention;
import org.imrnlp.core.Diagnosis;
import org.imrnlp.core.Extraction;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User dictionaries (cTAKES BSV fixture {@code user-dictionary.bsv}) matched through the extractor. */
class UserDictionaryAnnotatorTest {

    private static ImrExtractor extractor;

    @BeforeAll
    static void build() throws URISyntaxException {
        Path bsv = Path.of(UserDictionaryAnnotatorTest.class.getResource("user-dictionary.bsv").toURI());
        extractor = ImrExtractor.builder().addDictionary(bsv).build();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    /** type|text|conceptId|negated of the clinical mentions with a conceptId. */
    private static String withConcepts(String text) {
        Extraction x = extractor.extract(text);
        return x.all().stream()
                .filter(m -> m instanceof ClinicalMention && m.attributes().containsKey("conceptId"))
                .map(m -> m.type().jsonName() + "|" + m.text() + "|" + m.attributes().get("conceptId") + "|"
                        + ((ClinicalMention) m).assertion().negated())
                .collect(Collectors.joining("; "));
    }

    @Test
    void aTermNoBuiltInRuleKnowsBecomesAMentionOfItsSemanticType() {
        assertEquals("Diagnosis|Brisco-Lane syndrome|CTEST01|false",
                withConcepts("She was diagnosed with Brisco-Lane syndrome in 2019."));
        assertEquals("Symptom|electric zaps|CTEST03|false",
                withConcepts("She reports electric zaps in both feet at night."));
        assertEquals("Procedure|Halvorsen traction|CTEST08|false",
                withConcepts("The provider requested Halvorsen traction for the cervical spine."));
    }

    @Test
    void theLongestTermWins() {
        assertEquals("Diagnosis|Brisco-Lane syndrome type 2|CTEST09|false",
                withConcepts("Assessment: Brisco-Lane syndrome type 2."));
    }

    @Test
    void dictionaryMentionsGetTheirAssertionFromTheContextAnnotator() {
        assertEquals("Medication|Zorvatrex|CTEST04|false; Medication|Zorvatrex|CTEST04|true",
                withConcepts("He takes Zorvatrex in the morning. He denies taking Zorvatrex at night."));
    }

    @Test
    void aBuiltInMentionWithTheTermsExactSpanGetsTheConceptIdAndKeepsItsAttributes() {
        List<Diagnosis> diagnoses = extractor.extract("She has right carpal tunnel syndrome.").diagnoses();
        assertEquals(1, diagnoses.size());
        assertEquals("right carpal tunnel syndrome", diagnoses.get(0).text());
        assertEquals("CTEST10", diagnoses.get(0).conceptId());
        assertEquals("right", diagnoses.get(0).laterality(), "the built-in rules' attributes stay");
    }

    @Test
    void aTermInsideALongerBuiltInMentionIsDropped() {
        List<Diagnosis> diagnoses = extractor.extract("She has bilateral carpal tunnel syndrome.").diagnoses();
        assertEquals(1, diagnoses.size());
        assertEquals("bilateral carpal tunnel syndrome", diagnoses.get(0).text());
        assertEquals(null, diagnoses.get(0).conceptId());
    }

    @Test
    void otherSemanticTypesStopListedWordsAndMiscasedAcronymsAreNotMatched() {
        assertEquals("", withConcepts("Tenderness over the lumbar region. He caught a cold. No history of sdx."));
        assertEquals("Diagnosis|SDX|CTEST07|false", withConcepts("Assessment: SDX."));
    }

    @Test
    void aBadRowFailsTheBuildNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("umls.bsv"), "C0000001|T047|fine\nC0000002|two columns\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImrExtractor.builder().addDictionary(bad).build());
        assertTrue(e.getMessage().startsWith(bad + ":2: "), e.getMessage());
    }

    @Test
    void aMissingFileIsRefusedWhenAdded(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> ImrExtractor.builder().addDictionary(dir.resolve("none.bsv")));
    }
}
