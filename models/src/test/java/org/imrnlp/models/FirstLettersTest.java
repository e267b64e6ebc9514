package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstLettersTest {

    private final FirstLetters months = FirstLetters.of(List.of("january", "february", "March", "sept"));

    @Test
    void aWordMayStartWithTheFirstLetterOfAnyWordInEitherCase() {
        assertTrue(months.mayStart('j'));
        assertTrue(months.mayStart('J'));
        assertTrue(months.mayStart('m'));
        assertTrue(months.mayStart('S'));
    }

    @Test
    void noWordStartsWithALetterNoneStartsWith() {
        assertFalse(months.mayStart('x'));
        assertFalse(months.mayStart('O'));
        assertFalse(months.mayStart('7'));
    }

    @Test
    void aCharacterOutsideAsciiAlwaysMay() {
        assertTrue(months.mayStart('\u00e9'));
    }
}
