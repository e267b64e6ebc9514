package org.imrnlp.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartTest {

    @Test
    void aSampleGivesItsMedianAndRangeWhateverTheOrderOfTheRuns() {
        ColdStart.Sample sample = new ColdStart.Sample(List.of(3100L, 2750L, 6450L, 5150L, 4020L));
        assertEquals(4020, sample.median());
        assertEquals(2750, sample.min());
        assertEquals(6450, sample.max());
        assertEquals("median 4020 ms (2750-6450)", sample.describe());
    }
}
