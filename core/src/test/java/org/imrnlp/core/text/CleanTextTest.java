package org.imrnlp.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CleanTextTest {

    private static final Path LETTERS = Path.of("../corpus/samples/letters");

    private static String clean(String original) {
        return CleanText.of(original).text();
    }

    /** Test tables write a line break as a pilcrow, which CSV sources cannot hold. */
    private static String lines(String text) {
        return text.replace('\u00b6', '\n');
    }

    @Test
    void aCommaStandingForALostLineBreakBecomesOne() {
        // transcribed notes that lost their line breaks (invented text in that shape)
        assertEquals("HISTORY OF PRESENT ILLNESS:\n The patient reports neck pain.\nMEDICATIONS: \n"
                        + " Ibuprofen.\nPHYSICAL EXAMINATION\nVITAL SIGNS: Stable.\nPLAN\n1. Rest.\n2. Ice.",
                clean("HISTORY OF PRESENT ILLNESS:, The patient reports neck pain.,MEDICATIONS: ,"
                        + " Ibuprofen.,PHYSICAL EXAMINATION,VITAL SIGNS: Stable.,PLAN,1. Rest.,2. Ice."));
    }

    @Test
    void ordinaryCommasStay() {
        String upperCaseList = "HE DENIES NUMBNESS, TINGLING, WEAKNESS. MRI, CT: NEGATIVE.";
        assertEquals(upperCaseList, clean(upperCaseList));
        String prose = "She has COPD,CHF and diabetes. Levels L4-5,L5-S1 were treated.";
        assertEquals(prose, clean(prose));
        assertEquals(CleanText.of("A., B.").text().length(), "A., B.".length());
    }

    @Test
    void joinsLinesThatContinueASentence() {
        assertEquals("He has no affiliation with the employer.",
                clean("He has no \n\naffiliation with the employer. \n\n"));
    }

    @Test
    void joinsASentenceAcrossAPageBreak() {
        assertEquals("He reports sensory loss at the bottom of his foot. He ambulates with a limp.",
                clean("He reports sensory loss at the bottom of his \n\n\n\nfoot. He ambulates with a limp. \n\n"));
    }

    @Test
    void keepsAParagraphBreakMarkedByASpaceOnlyLine() {
        assertEquals("The patient improved.\nThe request is reasonable.",
                clean("The patient improved. \n\n \n\nThe request is reasonable. \n\n"));
    }

    @Test
    void keepsHeadingsOnTheirOwnLines() {
        assertEquals("the claims administrator.\nCLINICAL CASE SUMMARY\nThe patient is a 38-year-old male.",
                clean("the claims administrator. \n\nCLINICAL CASE SUMMARY \n\nThe patient is a 38-year-old male. \n\n"));
    }

    @Test
    void joinsACapitalisedTopicThatEndsTheSentenceOfTheLineBefore() {
        assertEquals("Decision based on MTUS Chronic Pain Treatment Guidelines MUSCLE RELAXANTS.",
                clean("Decision based on MTUS Chronic Pain Treatment Guidelines \n\nMUSCLE RELAXANTS. \n\n"));
    }

    @Test
    void keepsADecisionLineApartFromTheFieldThatFollows() {
        assertEquals("Robaxin 750mg #90:  Overturned\nClaims Administrator guideline: Decision based on ODG.",
                clean("Robaxin 750mg #90:  Overturned \n\nClaims Administrator guideline: Decision based on ODG. \n\n"));
    }

    @Test
    void startsListItemsOnTheirOwnLines() {
        assertEquals("Current medications:\n1. Norco 10/325\n2. Lyrica 75 mg",
                clean("Current medications: \n\n1. Norco 10/325 \n\n2. Lyrica 75 mg \n\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a centrally acting alpha2- ¶¶adrenergic agonist|a centrally acting alpha2-adrenergic agonist",
            "tenderness at the L5- ¶¶S1 level|tenderness at the L5-S1 level",
            "it is used off- ¶¶label for pain|it is used off-label for pain",
    })
    void joinsWordsHyphenatedAcrossALineEnd(String original, String expected) {
        assertEquals(expected, clean(lines(original)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He is now usingNorco about 2 per day.|He is now using Norco about 2 per day.",
            "improvement with the medications forPain.|improvement with the medications for Pain.",
            "a request for Lyrica 75mg #60.There is a report|a request for Lyrica 75mg #60. There is a report",
            "medication management.The date of UR decision|medication management. The date of UR decision",
            "McMurray test and OxyContin were noted|McMurray test and OxyContin were noted",
            "blood pressure 120/80 mmHg, potassium 4 mEq|blood pressure 120/80 mmHg, potassium 4 mEq",
            "a dose of 0.5 mg, e.g. Klonopin|a dose of 0.5 mg, e.g. Klonopin",
    })
    void separatesWordsGluedByExtractionButNotCamelCaseNames(String original, String expected) {
        assertEquals(expected, clean(lines(original)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "usingNorco|Norco",
            "alpha2- ¶¶adrenergic|alpha2-adrenergic",
            "spinal ¶¶¶¶fusion|spinal fusion",
    })
    void mapsCleanSpansBackToTheOriginalText(String original, String cleanPhrase) {
        String text = lines(original);
        CleanText clean = CleanText.of(text);
        int begin = clean.text().indexOf(cleanPhrase);
        int end = begin + cleanPhrase.length();
        String mapped = text.substring(clean.toOriginal(begin), clean.toOriginalEnd(end));
        assertEquals(cleanPhrase.replaceAll("\\W", ""), mapped.replaceAll("\\W", ""));
        assertEquals(begin, clean.toClean(clean.toOriginal(begin)));
    }

    @Test
    void handlesEmptyAndBlankText() {
        assertEquals("", clean(""));
        assertEquals("", clean(" \n\n \n"));
    }

    @Test
    void readsWindowsLineEndsLikeUnixOnes() {
        assertEquals("He has no affiliation.\nCLINICAL CASE SUMMARY",
                clean("He has no \r\n\r\naffiliation. \r\n\r\nCLINICAL CASE SUMMARY \r\n"));
    }

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(LETTERS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyCleanCharacterComesFromTheOriginalOrIsAnInsertedSpace(Path letter) throws IOException {
        String original = Files.readString(letter);
        CleanText clean = CleanText.of(original);
        String text = clean.text();
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            int o = clean.toOriginal(i);
            assertTrue(o >= previous, "offsets never go back");
            char c = text.charAt(i);
            char source = original.charAt(o);
            assertTrue(c == source || Character.isWhitespace(c), () -> "clean '" + c + "' from '" + source + "'");
            previous = o;
        }
        assertTrue(text.contains("has no affiliation with the employer"), "lines are joined");
        assertEquals(List.of(), text.lines().filter(String::isBlank).toList(), "no blank lines remain");
    }
}
