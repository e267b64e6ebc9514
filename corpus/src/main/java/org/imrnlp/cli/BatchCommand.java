package org.imrnlp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

    @Option(names = "--types", split = ",", paramLabel = "T1,T2",
            description = "Annotation types to write, or all (default: all; brat, conll and opennlp leave out Section).")
    List<String> types;

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
                batch = BatchAnnotator.builder().input(input).output(output).format(outputFormat)
                        .types(Options.types(spec, types, outputFormat)).threads(threads)
                        .extractor(extractor).listener(progress).build();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            BatchAnnotator.Summary s = batch.run();
            progress.close();
            err.printf(Locale.ROOT, "imrnlp: %d done, %d skipped (already done), %d failed in %.1f s"
                            + " (%.1f letters/s, %.2f MB/s)%n", s.done(), s.skipped(), s.failed(), s.nanos() / 1e9,
                    s.lettersPerSecond(), s.megabytesPerSecond());
            if (s.leftOut().total() > 0) {
                err.println("imrnlp: " + s.leftOut().total() + " annotations left out of the " + outputFormat.extension()
                        + " output, which cannot hold them (" + s.leftOut().reasons() + ")");
            }
            err.flush();
            return s.failed() == 0 ? 0 : 1;
        }
    }

    /** Progress shown to a person. */
    interface Progress extends BatchAnnotator.Listener, AutoCloseable {
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

        /** A skipped letter (already done) shrinks the bar instead of advancing it, so the speed counts processed letters. */
        @Override
        public synchronized void finished(Path letter, BatchAnnotator.Outcome outcome, long chars, String error) {
            if (error != null) {
                System.err.println("\rimrnlp: " + error);
            }
            if (outcome == BatchAnnotator.Outcome.SKIPPED) {
                bar.maxHint(bar.getMax() - 1);
            } else {
                bar.step();
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
