package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstWordsTest {

    private static final FirstWords WORDS = new FirstWords(
            List.of("Lumbar radiculopathy", "carpal  tunnel syndrome", "s/p", "#5 cervical", "TENS unit"));

    @ParameterizedTest
    @CsvSource({
            "history of LUMBAR strain, LUMBAR, true",
            "Carpal tunnel release, Carpal, true",
            "she is s/p fusion, s, true",
            "a TENS trial, TENS, true",
            "tens of visits, tens, true",
            "lumbarization noted, lumbarization, false",
            "the carpals, carpals, false",
            "a unit of, unit, false",
            "a café visit, café, true"})
    void wordStartsAPhraseOnlyIfItIsAFirstWord(String text, String word, boolean may) {
        int begin = text.indexOf(word);
        assertEquals(may, WORDS.mayStart(FirstWords.hash(text, begin, begin + word.length())), word);
    }

    @ParameterizedTest
    @CsvSource(value = {"#|true", "(|false", "/|false", "\u2022|true"}, delimiter = '|')
    void signStartsAPhraseOnlyIfSomePhraseStartsWithIt(char sign, boolean may) {
        assertEquals(may, WORDS.mayStartAt(sign));
    }
}
