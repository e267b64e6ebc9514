package org.imrnlp.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ctakes.core.ae.SentenceDetector;
import org.apache.ctakes.core.ae.SimpleSegmentAnnotator;
import org.apache.ctakes.core.ae.TokenizerAnnotatorPTB;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;

/**
 * The steady state of one thread measured in that thread's CPU time instead of wall time: the
 * full extraction and cTAKES' segment + sentence + PTB-token pipeline run in turn over every
 * document of a corpus, after warm-up passes, and each pass is timed with
 * {@link ThreadMXBean#getCurrentThreadCpuTime()}. On a machine that other processes load, wall
 * time counts the time the thread waited for a core and CPU time does not, so this ratio moves
 * far less from run to run than JMH's; it still feels the caches other processes share. The
 * extractor has no time budget here, so that the extraction runs on the timed thread. It runs in
 * a fresh JVM with the JMH forks' options ({@link #inFreshJvm}): the collector changes the ratio
 * (in the benchmark command's own JVM, with another collector and the JIT's profile of the
 * slowest-documents pass, cTAKES measured a third slower per CPU second than in a fresh one).
 */
final class CpuTimeThroughput {

    /** The medians of the passes of one corpus, in MB of UTF-8 text per second of CPU time. */
    record Result(double imrnlpMbPerCpuSecond, double ctakesMbPerCpuSecond, int passes) {
        double ratio() {
            return imrnlpMbPerCpuSecond / ctakesMbPerCpuSecond;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeThroughput() {
    }

    /**
     * Runs {@link #main} in a fresh JVM with {@code jvmArgs} (the corpora's folders, sampling and
     * documents to skip as system properties among them) and reads its results.
     */
    static Map<String, Result> inFreshJvm(List<String> jvmArgs, List<String> corpora, int warmUp, int passes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CpuTimeThroughput.class.getName(),
                Integer.toString(warmUp), Integer.toString(passes)));
        command.addAll(corpora);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, Result> results = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] f = line.split(" ");
                if (f.length == 4) {
                    results.put(f[0], new Result(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3])));
                }
            }
        }
        if (p.waitFor() != 0 || results.size() != corpora.size()) {
            throw new IllegalStateException("the CPU-time measurement failed with status " + p.exitValue());
        }
        return results;
    }

    /** Arguments: warm-up passes, timed passes, corpora; prints one line per corpus for {@link #inFreshJvm}. */
    public static void main(String[] args) throws UIMAException {
        List<String> corpora = List.of(args).subList(2, args.length);
        measure(corpora, Integer.parseInt(args[0]), Integer.parseInt(args[1])).forEach((corpus, r) ->
                System.out.println(corpus + " " + r.imrnlpMbPerCpuSecond() + " " + r.ctakesMbPerCpuSecond() + " " + r.passes()));
    }

    /**
     * Runs {@code warmUp} untimed and {@code passes} timed passes over each corpus (both
     * pipelines in turn, so that a change of load falls on both alike).
     */
    static Map<String, Result> measure(List<String> corpora, int warmUp, int passes) throws UIMAException {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(SimpleSegmentAnnotator.createAnnotatorDescription());
        builder.add(SentenceDetector.createAnnotatorDescription());
        builder.add(TokenizerAnnotatorPTB.createAnnotatorDescription());
        AnalysisEngine ctakes = builder.createAggregate();
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        Map<String, Result> results = new LinkedHashMap<>();
        try (ImrExtractor extractor = ImrExtractor.builder().timeBudget(null).build()) {
            for (String corpus : corpora) {
                List<String> texts = Corpus.load(corpus);
                double mb = Corpus.bytes(texts) / 1e6;
                double[] ours = new double[passes];
                double[] theirs = new double[passes];
                for (int pass = -warmUp; pass < passes; pass++) {
                    double imrnlp = mb / imrnlpSeconds(extractor, texts);
                    double tokenization = mb / ctakesSeconds(ctakes, jcas, texts);
                    if (pass >= 0) {
                        ours[pass] = imrnlp;
                        theirs[pass] = tokenization;
                    }
                }
                results.put(corpus, new Result(median(ours), median(theirs), passes));
            }
        } finally {
            ctakes.destroy();
        }
        return results;
    }

    private static double imrnlpSeconds(ImrExtractor extractor, List<String> texts) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (String text : texts) {
            extractor.extract(text);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static double ctakesSeconds(AnalysisEngine ctakes, JCas jcas, List<String> texts) throws UIMAException {
        long start = THREADS.getCurrentThreadCpuTime();
        for (String text : texts) {
            jcas.reset();
            jcas.setDocumentText(text);
            ctakes.process(jcas);
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
