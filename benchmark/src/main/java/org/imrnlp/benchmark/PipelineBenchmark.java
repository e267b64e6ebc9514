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
import org.imrnlp.pipeline.ExtractionException;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = every document of a corpus once (the {@code corpus} parameter: the letters, or
 * the sample of clinical notes). {@code imrnlp*} runs the full IMR-NLP extraction (pipeline and
 * result records); {@code ctakesTokenization} runs cTAKES 6's own segment + sentence + PTB-token
 * pipeline ({@code DefaultTokenizerPipeline.piper}) on the same text.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

    /** The documents of one corpus, read once per trial. */
    @State(Scope.Benchmark)
    public static class Texts {
        @Param({Corpus.LETTERS, Corpus.NOTES})
        String corpus;
        List<String> documents;

        @Setup(Level.Trial)
        public void setUp() {
            documents = Corpus.load(corpus);
        }
    }

    /** The IMR-NLP extractor, shared by all benchmark threads as a service would share it. */
    @State(Scope.Benchmark)
    public static class Imrnlp {
        ImrExtractor extractor;

        @Setup(Level.Trial)
        public void setUp() {
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
        AnalysisEngine engine;
        JCas jcas;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            AggregateBuilder builder = new AggregateBuilder();
            builder.add(SimpleSegmentAnnotator.createAnnotatorDescription());
            builder.add(SentenceDetector.createAnnotatorDescription());
            builder.add(TokenizerAnnotatorPTB.createAnnotatorDescription());
            engine = builder.createAggregate();
            jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        }
    }

    @Benchmark
    public void imrnlp(Texts texts, Imrnlp state, Blackhole sink) {
        extractAll(texts, state, sink);
    }

    @Benchmark
    @Threads(2)
    public void imrnlpTwoThreads(Texts texts, Imrnlp state, Blackhole sink) {
        extractAll(texts, state, sink);
    }

    /**
     * Every document once. The command leaves out the documents that failed before; one that fails
     * here all the same (its time budget run out on a loaded machine) is skipped, not fatal.
     */
    private static void extractAll(Texts texts, Imrnlp state, Blackhole sink) {
        for (String document : texts.documents) {
            try {
                sink.consume(state.extractor.extract(document));
            } catch (ExtractionException e) {
                sink.consume(e);
            }
        }
    }

    @Benchmark
    public void ctakesTokenization(Texts texts, Ctakes state, Blackhole sink) throws Exception {
        for (String document : texts.documents) {
            state.jcas.reset();
            state.jcas.setDocumentText(document);
            state.engine.process(state.jcas);
            sink.consume(state.jcas);
        }
    }
}
