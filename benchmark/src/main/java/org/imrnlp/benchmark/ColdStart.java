package org.imrnlp.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall times of fresh JVMs, run interleaved so that the machine's load falls on each alike:
 * {@code java -version} (the yardstick), {@code ./imrnlp annotate} of one letter, and
 * {@link ExtractorConstruction} (a JVM that only builds one {@code ImrExtractor}, with no launcher
 * options, as a library user's program would). One untimed round first (it writes the launcher's
 * class-data-sharing archive after a build).
 */
final class ColdStart {

    /** Medians and ranges in milliseconds of the three commands. */
    record Times(Sample javaVersion, Sample annotate, Sample construction) {
    }

    /** Wall times of one command in milliseconds. */
    record Sample(List<Long> millis) {
        long median() {
            return sorted().get(millis.size() / 2);
        }

        long min() {
            return sorted().get(0);
        }

        long max() {
            return sorted().get(millis.size() - 1);
        }

        private List<Long> sorted() {
            return millis.stream().sorted().toList();
        }

        String describe() {
            return String.format(Locale.ROOT, "median %d ms (%d-%d)", median(), min(), max());
        }
    }

    private ColdStart() {
    }

    static Times measure(Path root, Path letter, int runs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> javaVersion = List.of(java, "-version");
        List<String> annotate = List.of(root.resolve("imrnlp").toString(), "annotate", letter.toString());
        List<String> construction = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ExtractorConstruction.class.getName());
        List<Long> v = new ArrayList<>();
        List<Long> a = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long version = time(javaVersion);
            long annotation = time(annotate);
            long constructed = time(construction);
            if (run > 0) {
                v.add(version);
                a.add(annotation);
                c.add(constructed);
            }
        }
        return new Times(new Sample(v), new Sample(a), new Sample(c));
    }

    private static long time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with status " + p.exitValue());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
