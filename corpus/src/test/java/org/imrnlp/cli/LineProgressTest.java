package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.imrnlp.corpus.batch.BatchAnnotator.Outcome;
import org.junit.jupiter.api.Test;

class LineProgressTest {

    @Test
    void theRateCountsProcessedLettersNotSkippedOnes() {
        StringWriter out = new StringWriter();
        long[] now = {0};
        LineProgress progress = new LineProgress(new PrintWriter(out), () -> now[0]);
        progress.started(20);
        for (int i = 0; i < 10; i++) {
            progress.finished(Path.of("done" + i + ".txt"), Outcome.SKIPPED, 0, null); // instantly, at the start
        }
        now[0] = 5_000_000_000L;
        progress.finished(Path.of("a.txt"), Outcome.DONE, 1000, null);
        progress.finished(Path.of("b.txt"), Outcome.FAILED, 0, "b.txt: empty file");
        now[0] = 10_000_000_000L;
        progress.finished(Path.of("c.txt"), Outcome.DONE, 1000, null);
        // 3 letters processed in 10 s: 0.3 letters/s; 7 of 20 still to finish: 23 s left
        assertEquals("imrnlp: 20 letters\nimrnlp: b.txt: empty file\n"
                + "imrnlp: 13/20 letters (65%), 0.3 letters/s, 23 s left\n", out.toString().replace(System.lineSeparator(), "\n"));
    }
}
