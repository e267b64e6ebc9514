package org.imrnlp.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void precisionRecallAndF1AreTheUsualFractions() {
        Counts c = new Counts(3, 1, 2);
        assertEquals(3.0 / 4, c.precision(), 1e-12);
        assertEquals(3.0 / 5, c.recall(), 1e-12);
        assertEquals(6.0 / 9, c.f1(), 1e-12);
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfect() {
        assertEquals(1.0, Counts.ZERO.precision());
        assertEquals(1.0, Counts.ZERO.recall());
        assertEquals(1.0, Counts.ZERO.f1());
    }

    @Test
    void noPredictionsGiveZeroPrecisionAndRecall() {
        Counts c = new Counts(0, 0, 4);
        assertEquals(0.0, c.precision());
        assertEquals(0.0, c.recall());
        assertEquals(0.0, c.f1());
    }

    @Test
    void countsAdd() {
        assertEquals(new Counts(4, 3, 2), new Counts(1, 2, 0).plus(new Counts(3, 1, 2)));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    }
}
