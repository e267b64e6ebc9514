package org.imrnlp.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ctakes.core.ae.SentenceDetector;
import org.apache.ctakes.core.ae.SimpleSegmentAnnotator;
import org.apache.ctakes.core.ae.TokenizerAnnotatorPTB;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = every sample letter once. {@code imrnlp*} runs the full IMR-NLP extraction
 * (pipeline and result records); {@code ctakesTokenization} runs cTAKES 6's own
 * segment + sentence + PTB-token pipeline ({@code DefaultTokenizerPipeline.piper}) on the same text.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

    /** The IMR-NLP extractor, shared by all benchmark threads as a service would share it. */
    @State(Scope.Benchmark)
    public static class Imrnlp {
        List<String> letters;
        ImrExtractor extractor;

        @Setup(Level.Trial)
        public void setUp() {
            letters = Letters.load();
            extractor = ImrExtractor.createDefault();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            extractor.close();
        }
    }

    /** cTAKES' tokenization pipeline with one CAS, on one thread. */
    @State(Scope.Thread)
    public static class Ctakes {
        List<String> letters;
        AnalysisEngine engine;
        JCas jcas;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            letters = Letters.load();
            AggregateBuilder builder = new AggregateBuilder();
            builder.add(SimpleSegmentAnnotator.createAnnotatorDescription());
            builder.add(SentenceDetector.createAnnotatorDescription());
            builder.add(TokenizerAnnotatorPTB.createAnnotatorDescription());
            engine = builder.createAggregate();
            jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        }
    }

    @Benchmark
    public void imrnlp(Imrnlp state, Blackhole sink) {
        for (String letter : state.letters) {
            sink.consume(state.extractor.extract(letter));
        }
    }

    @Benchmark
    @Threads(2)
    public void imrnlpTwoThreads(Imrnlp state, Blackhole sink) {
        for (String letter : state.letters) {
            sink.consume(state.extractor.extract(letter));
        }
    }

    @Benchmark
    public void ctakesTokenization(Ctakes state, Blackhole sink) throws Exception {
        for (String letter : state.letters) {
            state.jcas.reset();
            state.jcas.setDocumentText(letter);
            state.engine.process(state.jcas);
            sink.consume(state.jcas);
        }
    }
}
