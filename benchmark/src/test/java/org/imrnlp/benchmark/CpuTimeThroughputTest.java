package org.imrnlp.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void measuresBothPipelinesInAFreshJvmAndReadsItsAnswer(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.txt"), "The patient denies chest pain. Norco 10/325 mg twice daily.\n");
        Files.writeString(folder.resolve("b.txt"), "Diagnoses: lumbar radiculopathy. Pain 7/10 with walking.\n");
        Map<String, CpuTimeThroughput.Result> results = CpuTimeThroughput.inFreshJvm(
                List.of("-Xmx512m", "-D" + Corpus.folderProperty(Corpus.LETTERS) + "=" + folder,
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"), List.of(Corpus.LETTERS), 0, 1);
        CpuTimeThroughput.Result r = results.get(Corpus.LETTERS);
        assertEquals(1, r.passes());
        assertTrue(r.imrnlpMbPerCpuSecond() > 0 && r.ctakesMbPerCpuSecond() > 0, r.toString());
    }
}
