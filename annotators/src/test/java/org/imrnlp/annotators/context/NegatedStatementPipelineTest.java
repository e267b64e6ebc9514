package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ctakes.typesystem.type.textsem.EventMention;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.ExamFindingAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.NegatedStatementAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.SymptomAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NegatedStatements (span from cue to target, and cue) and the affirmed mentions of IMR
 * sentences run through the whole pipeline ({@code negated-statement-cases.tsv}).
 */
class NegatedStatementPipelineTest {

    private static AnalysisEngine pipeline;

    @BeforeAll
    static void engine() throws Exception {
        pipeline = AnalysisEngineFactory.createEngine(ImrPipeline.description());
    }

    static Stream<Arguments> cases() {
        return TsvCases.rows(NegatedStatementPipelineTest.class, "negated-statement-cases.tsv").stream().map(cells -> Arguments.of(cells[0], items(cells[1]), items(cells.length > 2 ? cells[2] : "")));
    }

    private static List<String> items(String cell) {
        return cell.isBlank() || cell.equals("none") ? List.of() : Arrays.asList(cell.split(" \\| "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsTheStatementsAndLeavesTheOthersAffirmed(String sentence, List<String> statements, List<String> affirmed)
            throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(sentence + "\n");
        SimplePipeline.runPipeline(jcas, pipeline);
        List<String> found = new ArrayList<>();
        for (NegatedStatementAnnotation n : JCasUtil.select(jcas, NegatedStatementAnnotation.class)) {
            found.add(n.getCoveredText().replaceAll("\\s+", " ") + " => " + n.getCue());
        }
        assertEquals(statements, found, sentence);
        List<String> notNegated = new ArrayList<>();
        for (EventMention a : JCasUtil.select(jcas, EventMention.class)) {
            if ((a instanceof MedicationAnnotation || a instanceof DiagnosisAnnotation || a instanceof SymptomAnnotation || a instanceof ExamFindingAnnotation
                    || a instanceof ProcedureAnnotation) && a.getPolarity() != AssertionCodes.NEGATED) {
                notNegated.add(a.getCoveredText());
            }
        }
        assertTrue(notNegated.containsAll(affirmed), () -> "affirmed " + notNegated + ", expected " + affirmed);
    }

    @Test
    void caseFileHasAtLeast60Sentences() {
        assertTrue(cases().count() >= 60);
    }
}
