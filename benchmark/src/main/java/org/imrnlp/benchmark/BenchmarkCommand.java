package org.imrnlp.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
 * {@code ./imrnlp benchmark}: in one run, on the real letters and clinical notes of
 * {@code ../shared/corpora} beside the project (or the folders given), the full pipeline's
 * throughput in MB/s and documents/s (one thread and two), cTAKES 6's own segment + sentence +
 * PTB-token pipeline on the same text and the ratio, the documents that take longest per KB (a
 * pathological input shows up there), the heap the extractor holds, and the cold-start wall time
 * of {@code ./imrnlp annotate} on one letter.
 */
@Command(name = "imrnlp benchmark", mixinStandardHelpOptions = true,
        description = "Measures throughput (JMH), the slowest documents, heap and cold start. Takes about five minutes.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--root", required = true, description = "The project's root folder.")
    Path root;

    @Option(names = "--letters", description = "Folder of .txt letters, read recursively "
            + "(default: ROOT/../shared/corpora/imr-letters/txt if it exists, else ROOT/corpus/samples/letters).")
    Path letters;

    @Option(names = "--notes", description = "Folder of .txt clinical notes, read recursively "
            + "(default: ROOT/../shared/corpora/mtsamples if it exists, else none).")
    Path notes;

    @Option(names = "--notes-every", defaultValue = "10",
            description = "JMH runs on every N-th note in path order (default: ${DEFAULT-VALUE}); the slowest-documents pass reads all.")
    int notesEvery;

    @Option(names = "--slowest", defaultValue = "10", description = "How many of the slowest documents to list (default: ${DEFAULT-VALUE}).")
    int slowest;

    @Option(names = "--quick", description = "Fewer and shorter JMH iterations (less precise).")
    boolean quick;

    @Option(names = "--cold-runs", defaultValue = "5", description = "Cold starts to time (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path shared = root.resolve("../shared/corpora").normalize();
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put(Corpus.LETTERS, letters != null ? letters
                : Files.isDirectory(shared.resolve("imr-letters/txt")) ? shared.resolve("imr-letters/txt")
                : root.resolve("corpus/samples/letters"));
        Path notesFolder = notes != null ? notes : Files.isDirectory(shared.resolve("mtsamples")) ? shared.resolve("mtsamples") : null;
        if (notesFolder != null) {
            folders.put(Corpus.NOTES, notesFolder);
        }
        List<String> jvmProperties = new ArrayList<>();
        for (Map.Entry<String, Path> e : folders.entrySet()) {
            int every = e.getKey().equals(Corpus.NOTES) ? notesEvery : 1;
            System.setProperty(Corpus.folderProperty(e.getKey()), e.getValue().toString());
            System.setProperty(Corpus.everyProperty(e.getKey()), Integer.toString(every));
            jvmProperties.add("-D" + Corpus.folderProperty(e.getKey()) + "=" + e.getValue());
            jvmProperties.add("-D" + Corpus.everyProperty(e.getKey()) + "=" + every);
        }
        Map<String, double[]> opsPerSecond = runJmh(folders.keySet(), jvmProperties);
        for (String corpus : folders.keySet()) {
            List<String> texts = Corpus.load(corpus);
            double mb = Corpus.bytes(texts) / 1e6;
            System.out.printf(Locale.ROOT, "%nThroughput on the %s, %s (%d documents, %.2f MB per operation = every document once):%n",
                    corpus, folders.get(corpus), texts.size(), mb);
            for (String benchmark : List.of("imrnlp", "imrnlpTwoThreads", "ctakesTokenization")) {
                double[] s = opsPerSecond.get(benchmark + " " + corpus);
                System.out.printf(Locale.ROOT, "  %-20s %8.2f MB/s  (+/- %.2f, %.1f documents/s)%n", benchmark, s[0] * mb,
                        s[1] * mb, s[0] * texts.size());
            }
            double ours = opsPerSecond.get("imrnlp " + corpus)[0];
            double ctakes = opsPerSecond.get("ctakesTokenization " + corpus)[0];
            System.out.printf(Locale.ROOT, "  ratio imrnlp / cTAKES tokenization: %.2f%n", ours / ctakes);
            System.out.printf(Locale.ROOT, "  scaling 2 threads / 1 thread: %.2f%n", opsPerSecond.get("imrnlpTwoThreads " + corpus)[0] / ours);
        }
        // before anything else in this JVM loads the shared lexicons
        System.out.printf(Locale.ROOT, "%nHeap held by one extractor after a letter: %.1f MB%n",
                extractorHeapMb(Corpus.files(Corpus.LETTERS).get(0)));
        SlowestDocuments.report(folders.values(), slowest, System.out);
        coldStart(Corpus.files(Corpus.LETTERS).get(0));
        return 0;
    }

    private Map<String, double[]> runJmh(Collection<String> corpora, List<String> jvmProperties) throws Exception {
        int iterations = quick ? 2 : 5;
        TimeValue time = TimeValue.seconds(quick ? 1 : 2);
        List<String> jvmArgs = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseParallelGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        jvmArgs.addAll(jvmProperties);
        Options options = new OptionsBuilder()
                .include(PipelineBenchmark.class.getName())
                .param("corpus", corpora.toArray(String[]::new))
                .forks(1)
                .warmupIterations(quick ? 2 : 5).warmupTime(time)
                .measurementIterations(iterations).measurementTime(time)
                .timeUnit(TimeUnit.SECONDS)
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> scores = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1) + " " + r.getParams().getParam("corpus"),
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        return scores;
    }

    private static double extractorHeapMb(Path letter) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        ImrExtractor extractor = ImrExtractor.createDefault();
        extractor.extract(Files.readString(letter));
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

    private void coldStart(Path letter) throws IOException, InterruptedException {
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
                + "  median %d ms, min %d ms, max %d ms%n", letter, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
