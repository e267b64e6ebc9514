package org.imrnlp.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CpuTimeThroughputTest {

    @Test
    void theMedianOfAnOddNumberOfPassesIsTheMiddleOneAndTheInputStaysAsItWas() {
        double[] passes = {1.4, 0.9, 1.2};
        assertEquals(1.2, CpuTimeThroughput.median(passes));
        assertArrayEquals(new double[] {1.4, 0.9, 1.2}, passes);
    }

    @Test
    void theMedianOfAnEvenNumberOfPassesIsTheMeanOfTheMiddleTwo() {
        assertEquals(1.15, CpuTimeThroughput.median(new double[] {1.4, 0.9, 1.1, 1.2}), 1e-9);
    }

    @Test
    void theRatioIsOursOverCtakes() {
        assertEquals(0.5, new CpuTimeThroughput.Result(1.5, 3.0, 3).ratio(), 1e-9);
    }
}
