package org.imrnlp.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.imrnlp.pipeline.ExtractionException;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * Times every document of some folders in one warmed-up JVM and lists those that take longest per
 * KB of text, beside the median, so that a pathological input stands out. A document is timed
 * twice after a warm-up pass over all of them and keeps its faster time (the machine is noisy).
 * Documents under {@value #MIN_CHARS} characters are left out of the list: their time per KB is
 * dominated by fixed per-document cost. A document that fails is counted and named, never fatal.
 */
final class SlowestDocuments {

    static final int MIN_CHARS = 1000;

    private SlowestDocuments() {
    }

    private record Timed(Path file, int chars, long nanos) {
        double msPerKb() {
            return nanos / 1e6 / (chars / 1000.0);
        }
    }

    /** Prints the report to {@code out}; the documents that failed. */
    static List<Path> report(Collection<Path> folders, int count, PrintStream out) {
        List<Path> files = new ArrayList<>();
        folders.forEach(folder -> files.addAll(Corpus.files(folder, 1)));
        List<String> texts = files.stream().map(Corpus::read).toList();
        long[] best = new long[files.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        List<String> failures = new ArrayList<>();
        List<Path> failed = new ArrayList<>();
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            for (int pass = 0; pass < 3; pass++) {
                for (int i = 0; i < files.size(); i++) {
                    long start = System.nanoTime();
                    try {
                        extractor.extract(texts.get(i), files.get(i).getFileName().toString());
                    } catch (RuntimeException e) {
                        if (pass == 0) {
                            failures.add(files.get(i) + ": " + ExtractionException.reason(e));
                            failed.add(files.get(i));
                        }
                        continue;
                    }
                    if (pass > 0) {
                        best[i] = Math.min(best[i], System.nanoTime() - start);
                    }
                }
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (best[i] != Long.MAX_VALUE && texts.get(i).length() >= MIN_CHARS) {
                timed.add(new Timed(files.get(i), texts.get(i).length(), best[i]));
            }
        }
        timed.sort(Comparator.comparingDouble(Timed::msPerKb).reversed());
        double median = timed.isEmpty() ? 0 : timed.get(timed.size() / 2).msPerKb();
        out.printf(Locale.ROOT, "%nSlowest documents per KB (%d documents of at least %d characters, one thread, best of 2 after a "
                + "warm-up pass; median %.3f ms/KB):%n", timed.size(), MIN_CHARS, median);
        for (Timed t : timed.subList(0, Math.min(count, timed.size()))) {
            out.printf(Locale.ROOT, "  %8.3f ms/KB  %6.1fx median  %7d chars  %8.1f ms  %s%n", t.msPerKb(),
                    median == 0 ? 0 : t.msPerKb() / median, t.chars(), t.nanos() / 1e6, t.file());
        }
        if (!failures.isEmpty()) {
            out.println("  failed documents (left out of every measurement): " + failures.size());
            failures.forEach(f -> out.println("    " + f));
        }
        return failed;
    }
}
