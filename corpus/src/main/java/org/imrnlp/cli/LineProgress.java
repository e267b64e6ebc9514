package org.imrnlp.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.imrnlp.corpus.batch.BatchAnnotator;

/**
 * Batch progress as plain lines every ten seconds, for logs. The rate counts the letters
 * processed (done or failed), not those skipped as already done, so that a resumed batch does
 * not promise an end it cannot keep; the time left is the letters still to finish at that rate.
 */
final class LineProgress implements BatchCommand.Progress {

    private static final long PERIOD = 10_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private int total;
    private int finished;
    private int processed;
    private long start;
    private long lastReport;

    LineProgress(PrintWriter err) {
        this(err, System::nanoTime);
    }

    LineProgress(PrintWriter err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        this.start = nanoTime.getAsLong();
        this.lastReport = start;
        err.printf("imrnlp: %d letters%n", total);
        err.flush();
    }

    @Override
    public synchronized void finished(Path letter, BatchAnnotator.Outcome outcome, long chars, String error) {
        finished++;
        if (outcome != BatchAnnotator.Outcome.SKIPPED) {
            processed++;
        }
        if (error != null) {
            err.println("imrnlp: " + error);
        }
        long now = nanoTime.getAsLong();
        if (now - lastReport >= PERIOD) {
            lastReport = now;
            double rate = processed * 1e9 / (now - start);
            err.printf(Locale.ROOT, "imrnlp: %d/%d letters (%.0f%%), %.1f letters/s, %s left%n", finished, total,
                    100.0 * finished / total, rate, rate > 0 ? String.format(Locale.ROOT, "%.0f s", (total - finished) / rate)
                            : "unknown time");
        }
        err.flush();
    }

    @Override
    public void close() {
    }
}
