package org.imrnlp.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.imrnlp.pipeline.ImrExtractor;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./imrnlp benchmark}: in one run, the full pipeline's throughput in MB/s on the sample
 * letters (one thread and two), cTAKES 6's own segment + sentence + PTB-token pipeline on the
 * same text and the ratio, the heap the extractor holds, and the cold-start wall time of
 * {@code ./imrnlp annotate} on one letter.
 */
@Command(name = "imrnlp benchmark", mixinStandardHelpOptions = true,
        description = "Measures throughput (JMH), heap and cold start. Takes about two minutes.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--root", required = true, description = "The project's root folder.")
    Path root;

    @Option(names = "--letters", description = "Folder of .txt letters (default: ROOT/corpus/samples/letters).")
    Path letters;

    @Option(names = "--quick", description = "Fewer and shorter JMH iterations (less precise).")
    boolean quick;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Cold starts to time (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path folder = letters != null ? letters : root.resolve("corpus/samples/letters");
        System.setProperty(Letters.FOLDER_PROPERTY, folder.toString());
        double mb = Letters.bytes(Letters.load()) / 1e6;
        Map<String, double[]> opsPerSecond = runJmh(folder);
        System.out.printf(Locale.ROOT, "%nThroughput on %s (%.4f MB per operation = every letter once):%n", folder, mb);
        for (Map.Entry<String, double[]> e : opsPerSecond.entrySet()) {
            double[] s = e.getValue();
            System.out.printf(Locale.ROOT, "  %-20s %8.2f MB/s  (+/- %.2f, %.1f letters/s)%n", e.getKey(), s[0] * mb,
                    s[1] * mb, s[0] * Letters.load().size());
        }
        double ours = opsPerSecond.get("imrnlp")[0];
        double ctakes = opsPerSecond.get("ctakesTokenization")[0];
        System.out.printf(Locale.ROOT, "  ratio imrnlp / cTAKES tokenization: %.2f%n", ours / ctakes);
        System.out.printf(Locale.ROOT, "  scaling 2 threads / 1 thread: %.2f%n", opsPerSecond.get("imrnlpTwoThreads")[0] / ours);
        System.out.printf(Locale.ROOT, "%nHeap held by one extractor after a letter: %.1f MB%n", extractorHeapMb(folder));
        coldStart(folder);
        return 0;
    }

    private Map<String, double[]> runJmh(Path folder) throws Exception {
        int iterations = quick ? 2 : 5;
        TimeValue time = TimeValue.seconds(quick ? 1 : 2);
        Options options = new OptionsBuilder()
                .include(PipelineBenchmark.class.getName())
                .forks(1)
                .warmupIterations(quick ? 2 : 5).warmupTime(time)
                .measurementIterations(iterations).measurementTime(time)
                .timeUnit(TimeUnit.SECONDS)
                .jvmArgs("-Xmx1g", "-XX:+UseParallelGC", "-D" + Letters.FOLDER_PROPERTY + "=" + folder,
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> scores = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1),
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        return scores;
    }

    private static double extractorHeapMb(Path folder) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        ImrExtractor extractor = ImrExtractor.createDefault();
        extractor.extract(Files.readString(Files.list(folder).filter(p -> p.toString().endsWith(".txt")).sorted()
                .findFirst().orElseThrow()));
        long after = usedAfterGc(runtime);
        extractor.close();
        return (after - before) / 1e6;
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void coldStart(Path folder) throws IOException, InterruptedException {
        Path letter;
        try (var files = Files.list(folder)) {
            letter = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run <= coldRuns; run++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(root.resolve("imrnlp").toString(), "annotate", letter.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("./imrnlp annotate failed with status " + p.exitValue());
            }
            if (run > 0) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%nCold start, ./imrnlp annotate %s (%d runs after one untimed):%n"
                + "  median %d ms, min %d ms, max %d ms%n", root.relativize(letter.toAbsolutePath()), sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
