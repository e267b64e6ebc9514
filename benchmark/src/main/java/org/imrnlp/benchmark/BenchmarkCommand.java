package org.imrnlp.benchmark;

import java.io.File;
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
 * pathological input shows up there; a document that fails is named and left out of every
 * measurement), the heap the extractor holds, {@code ./imrnlp batch} in a fresh JVM against the
 * steady state, and the cold-start wall time of {@code ./imrnlp annotate} and of the extractor's
 * construction against {@code java -version}; then every budget of the token-core issue.
 */
@Command(name = "imrnlp benchmark", mixinStandardHelpOptions = true,
        description = "Measures throughput (JMH), the slowest documents, heap, batch and cold start against the budgets. Takes about ten minutes (--quick: five).")
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
        // before anything else in this JVM loads the shared lexicons
        double heapMb = extractorHeapMb(Corpus.files(Corpus.LETTERS).get(0));
        List<Path> failed = SlowestDocuments.report(folders.values(), slowest, System.out);
        if (!failed.isEmpty()) {
            String skip = String.join(File.pathSeparator, failed.stream().map(Path::toString).toList());
            System.setProperty(Corpus.SKIP_PROPERTY, skip);
            jvmProperties.add("-D" + Corpus.SKIP_PROPERTY + "=" + skip);
        }
        System.out.printf(Locale.ROOT, "%nHeap held by one extractor after a letter: %.1f MB%n", heapMb);

        Budgets budgets = new Budgets();
        Map<String, double[]> opsPerSecond = runJmh(folders.keySet(), jvmProperties);
        Map<String, Double> steadyMbPerSecond = new LinkedHashMap<>();
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
            double scaling = opsPerSecond.get("imrnlpTwoThreads " + corpus)[0] / ours;
            steadyMbPerSecond.put(corpus, ours * mb);
            System.out.printf(Locale.ROOT, "  ratio imrnlp / cTAKES tokenization: %.2f%n", ours / ctakes);
            System.out.printf(Locale.ROOT, "  scaling 2 threads / 1 thread: %.2f%n", scaling);
            budgets.atLeast("full pipeline / cTAKES tokenization, " + corpus, ours / ctakes, "x", 2);
            budgets.atLeast("two threads / one thread, " + corpus, scaling, "x", 1.7);
        }

        Map<String, CpuTimeThroughput.Result> cpu = CpuTimeThroughput.inFreshJvm(jmhJvmArgs(jvmProperties),
                List.copyOf(folders.keySet()), quick ? 3 : 5, quick ? 3 : 5);
        System.out.printf(Locale.ROOT, "%nOne thread in CPU time (insensitive to other processes' load; median of %d passes"
                + " after warm-up):%n", cpu.values().iterator().next().passes());
        for (Map.Entry<String, CpuTimeThroughput.Result> e : cpu.entrySet()) {
            CpuTimeThroughput.Result r = e.getValue();
            System.out.printf(Locale.ROOT, "  %-7s imrnlp %.2f MB per CPU second, cTAKES tokenization %.2f, ratio %.2f%n",
                    e.getKey(), r.imrnlpMbPerCpuSecond(), r.ctakesMbPerCpuSecond(), r.ratio());
            budgets.atLeast("full pipeline / cTAKES tokenization in CPU time, " + e.getKey(), r.ratio(), "x", 2);
        }

        String batchCorpus = folders.containsKey(Corpus.NOTES) ? Corpus.NOTES : Corpus.LETTERS;
        Path batchFolder = folders.get(batchCorpus);
        long batchMillis = BatchRun.millis(root, batchFolder, 1);
        double batchMbPerSecond = BatchRun.bytes(batchFolder) / 1e6 / (batchMillis / 1000.0);
        double steady = steadyMbPerSecond.get(batchCorpus);
        System.out.printf(Locale.ROOT, "%n./imrnlp batch --threads 1 over %s (fresh JVM, start-up included): %.1f s, %.2f MB/s,"
                + " %.0f%% of the steady state on the %s (%.2f MB/s)%n", batchFolder, batchMillis / 1000.0, batchMbPerSecond,
                100 * batchMbPerSecond / steady, batchCorpus, steady);
        budgets.atLeast("batch, one thread, fresh JVM / steady state, " + batchCorpus, 100 * batchMbPerSecond / steady, "%", 70);

        Path letter = Corpus.files(Corpus.LETTERS).get(0);
        ColdStart.Times cold = ColdStart.measure(root, letter, coldRuns);
        System.out.printf(Locale.ROOT, "%nCold start (%d interleaved runs each after one untimed round):%n"
                + "  %-42s %s%n  %-42s %s%n  %-42s %s%n", cold.javaVersion().millis().size(),
                "java -version", cold.javaVersion().describe(),
                "./imrnlp annotate " + letter.getFileName(), cold.annotate().describe(),
                "ImrExtractor.createDefault(), fresh JVM", cold.construction().describe());
        double yardstick = cold.javaVersion().median();
        budgets.atMost("cold ./imrnlp annotate / java -version (medians)", cold.annotate().median() / yardstick, "x", 15);
        budgets.atMost("cold ImrExtractor construction / java -version (medians)", cold.construction().median() / yardstick, "x", 15);
        budgets.atMost("heap held by one extractor", heapMb, "MB", 256);
        budgets.print(System.out);
        return 0;
    }

    private Map<String, double[]> runJmh(Collection<String> corpora, List<String> jvmProperties) throws Exception {
        int iterations = quick ? 2 : 5;
        TimeValue time = TimeValue.seconds(quick ? 1 : 2);
        // An operation is a whole corpus (about a second), and the pipeline's code takes some
        // 10-20 s of running before the JIT has compiled it: warm-up is by time, long enough for that.
        TimeValue warmUpTime = TimeValue.seconds(quick ? 5 : 6);
        List<String> jvmArgs = jmhJvmArgs(jvmProperties);
        Options options = new OptionsBuilder()
                .include(PipelineBenchmark.class.getName())
                .param("corpus", corpora.toArray(String[]::new))
                .forks(1)
                .warmupIterations(quick ? 3 : 5).warmupTime(warmUpTime)
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

    /** The options of the JMH forks (and of the CPU-time comparison's JVM), with {@code jvmProperties}. */
    private static List<String> jmhJvmArgs(List<String> jvmProperties) {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseParallelGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        jvmArgs.addAll(jvmProperties);
        return jvmArgs;
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
}
