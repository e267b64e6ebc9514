package org.imrnlp.annotators.text;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceAnnotatorTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void createEngine() throws Exception {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(createEngineDescription(CleanTextAnnotator.class));
        builder.add(createEngineDescription(SentenceAnnotator.class));
        builder.add(createEngineDescription(BackmapAnnotator.class));
        engine = builder.createAggregate();
    }

    static List<String> sentences(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text.replace('\u00b6', '\n'));
        engine.process(jcas);
        return JCasUtil.select(jcas, Sentence.class).stream().map(Sentence::getCoveredText).toList();
    }

    @Test
    void aRunWithoutASentenceEndIsCutAtWhiteSpaceBeforeTheLimit() throws Exception {
        // a 2,440-character list with no period: one cut, at the last space before character 2,000
        // (11 + 22 * 90 + 6 = 1,997: after the 91st "lumbar")
        String item = "lumbar radiculopathy, ";
        String run = "Diagnoses: " + item.repeat(110) + "chronic pain";
        List<String> sentences = sentences(run);
        assertEquals(2, sentences.size(), sentences.toString());
        assertEquals(1997, sentences.get(0).length());
        assertTrue(sentences.get(0).endsWith("radiculopathy, lumbar"));
        assertEquals(run, sentences.get(0) + " " + sentences.get(1));
    }

    @Test
    void doesNotBreakAtAPdfLineEndInsideASentence() throws Exception {
        assertEquals(List.of("He/she has no \n\naffiliation with the employer.", "He is licensed in Ohio."),
                sentences("He/she has no \n\naffiliation with the employer. He is licensed in Ohio. \n\n"));
    }

    @Test
    void breaksAtHeadingsAndDecisionLines() throws Exception {
        assertEquals(List.of("IMR ISSUES, DECISIONS AND RATIONALES", "Lyrica 75mg #60:  Overturned",
                        "Decision rationale: The request is reasonable."),
                sentences("IMR ISSUES, DECISIONS AND RATIONALES \n\nLyrica 75mg #60:  Overturned \n\n \n\n"
                        + "Decision rationale: The request is reasonable. \n\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He was seen by Dr. Lee on 3/4/14. She rated her pain 6/10.|2",
            "The dose was 0.5 mg. No change was made.|2",
            "Medications include Norco, i.e. hydrocodone, and Soma. He is stable.|2",
            "She takes Motrin 800 mg p.o. daily. Pain is 5/10.|2",
            "Is the request reasonable? Yes, it is.|2",
            "The MTUS states \"opioids are not first line.\" The request is denied.|2",
            "He had an MRI (L4-L5 bulge). 2 epidural injections followed.|2",
            "Per the 1/7/14 report, pain radiated to the left leg.|1",
            "He lives in the U.S. and works full time.|1",
    })
    void splitsAtSentenceEndsButNotAtAbbreviationsOrDecimals(String text, int expected) throws Exception {
        assertEquals(expected, sentences(text).size(), () -> text);
    }
}
