package org.imrnlp.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./imrnlp batch} over a folder in a fresh JVM (one JSON Lines file into a temporary
 * folder, deleted after), timed from the process' start to its end: start-up, JIT warm-up and
 * output included, as a user running the command sees it.
 */
final class BatchRun {

    private BatchRun() {
    }

    /** The wall time in milliseconds of a batch over {@code folder} with {@code threads} worker threads. */
    static long millis(Path root, Path folder, int threads) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("imrnlp-benchmark-batch");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(root.resolve("imrnlp").toString(), "batch", "--format", "jsonl",
                    "--threads", Integer.toString(threads), "--out", out.toString(), folder.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int status = p.waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (status > 1) {
                throw new IllegalStateException("./imrnlp batch failed with status " + status);
            }
            return millis;
        } finally {
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The bytes of the {@code .txt} files under {@code folder} that a batch annotates (those that
     * failed in the pipeline before, which a batch refuses, left out).
     */
    static long bytes(Path folder) {
        Set<Path> skipped = Corpus.skipped();
        long total = 0;
        for (Path f : Corpus.files(folder, 1)) {
            if (skipped.contains(f)) {
                continue;
            }
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(f + ": " + e.getMessage(), e);
            }
        }
        return total;
    }
}
