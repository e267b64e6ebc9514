package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.imrnlp.corpus.batch.BatchAnnotator;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.pipeline.ImrExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imrnlp batch IN_DIR --out OUT_DIR}: annotates a folder of letters, resumably. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Annotates every .txt and .pdf under IN_DIR into OUT_DIR, mirroring the folders.",
                "Each output is written atomically; a re-run (after an interruption, even kill -9) does only",
                "what is missing. A letter that fails gets NAME.error.json and the batch goes on.",
                "PDFs also get NAME.txt, the extracted text the offsets refer to."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no letter failed", "1:a letter failed", "2:bad usage"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder of letters (read recursively).")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "OUT_DIR", description = "Output folder (not inside IN_DIR).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, jsonl (one annotations.jsonl), brat, xmi, conll, opennlp or fhir (NAME.fhir.json) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    ModelOption model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat outputFormat = Options.format(spec, format);
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        try (ImrExtractor extractor = model.extractor(spec);
             Progress progress = terminal ? new BarProgress() : new LineProgress(err)) {
            BatchAnnotator batch;
            try {
                batch = BatchAnnotator.builder().input(input).output(output).format(outputFormat).threads(threads)
                        .extractor(extractor).listener(progress).build();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            BatchAnnotator.Summary s = batch.run();
            progress.close();
            err.printf(Locale.ROOT, "imrnlp: %d done, %d skipped (already done), %d failed in %.1f s"
                            + " (%.1f letters/s, %.2f MB/s)%n", s.done(), s.skipped(), s.failed(), s.nanos() / 1e9,
                    s.lettersPerSecond(), s.megabytesPerSecond());
            err.flush();
            return s.failed() == 0 ? 0 : 1;
        }
    }

    /** Progress shown to a person. */
    private interface Progress extends BatchAnnotator.Listener, AutoCloseable {
        @Override
        void close();
    }

    /** A progress bar with rate and time left, for a terminal. */
    private static final class BarProgress implements Progress {

        private ProgressBar bar;

        @Override
        public synchronized void started(int total) {
            bar = ProgressBar.builder().setTaskName("annotating").setInitialMax(total).setUnit(" letters", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public synchronized void finished(Path letter, BatchAnnotator.Outcome outcome, long chars, String error) {
            if (error != null) {
                System.err.println("\rimrnlp: " + error);
            }
            bar.step();
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** Plain progress lines every ten seconds, for logs. */
    private static final class LineProgress implements Progress {

        private static final long PERIOD = 10_000_000_000L;

        private final PrintWriter err;
        private final AtomicInteger finished = new AtomicInteger();
        private int total;
        private long start;
        private long lastReport;

        LineProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void started(int total) {
            this.total = total;
            this.start = System.nanoTime();
            this.lastReport = start;
            err.printf("imrnlp: %d letters%n", total);
            err.flush();
        }

        @Override
        public synchronized void finished(Path letter, BatchAnnotator.Outcome outcome, long chars, String error) {
            int n = finished.incrementAndGet();
            if (error != null) {
                err.println("imrnlp: " + error);
            }
            long now = System.nanoTime();
            if (now - lastReport >= PERIOD) {
                lastReport = now;
                double rate = n * 1e9 / (now - start);
                err.printf(Locale.ROOT, "imrnlp: %d/%d letters (%.0f%%), %.1f letters/s, %.0f s left%n", n, total,
                        100.0 * n / total, rate, (total - n) / rate);
            }
            err.flush();
        }

        @Override
        public void close() {
        }
    }
}
