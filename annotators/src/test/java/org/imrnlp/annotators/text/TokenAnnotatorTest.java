package org.imrnlp.annotators.text;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenAnnotatorTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void createEngine() throws Exception {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(createEngineDescription(CleanTextAnnotator.class));
        builder.add(createEngineDescription(TokenAnnotator.class));
        builder.add(createEngineDescription(BackmapAnnotator.class));
        engine = builder.createAggregate();
    }

    /** Tokens as {@code Type:original text}, space-separated. */
    static String tokens(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text.replace('\u00b6', '\n'));
        engine.process(jcas);
        StringBuilder out = new StringBuilder();
        for (BaseToken t : JCasUtil.select(jcas, BaseToken.class)) {
            out.append(out.length() == 0 ? "" : " ").append(t.getClass().getSimpleName().replace("Token", ""))
                    .append(':').append(t.getCoveredText().replace('\n', '/'));
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norco 10/325mg #90|Word:Norco Num:10 Punctuation:/ Num:325 Word:mg Punctuation:# Num:90",
            "Klonopin .5 and 0.5 mg|Word:Klonopin Num:.5 Word:and Num:0.5 Word:mg",
            "fusion at L4-L5.|Word:fusion Word:at Word:L4 Punctuation:- Word:L5 Punctuation:.",
            "now usingNorco|Word:now Word:using Word:Norco",
            "alpha2- ¶¶adrenergic|Word:alpha2 Punctuation:- Word:adrenergic",
            "version 2.0.1|Word:version Num:2.0 Punctuation:. Num:1",
    })
    void splitsWordsNumbersAndPunctuation(String text, String expected) throws Exception {
        assertEquals(expected, tokens(text));
    }
}
