package org.imrnlp.annotators.medication;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.models.rules.RuleFile;
import org.imrnlp.models.rules.TokenRule;
import org.imrnlp.pipeline.ImrPipeline;
import org.imrnlp.type.MedicationAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drug words that need a context, with only the engines the annotator declares it needs. Each
 * rule of {@code drug-context-rules.tsv} has a sentence here that it alone finds.
 */
class ContextualDrugAnnotatorTest {

    private static List<String> medications(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        AggregateBuilder b = new AggregateBuilder();
        for (AnalysisEngineDescription d : ImrPipeline.componentsFor(createEngineDescription(ContextualDrugAnnotator.class))) {
            b.add(d);
        }
        SimplePipeline.runPipeline(jcas, b.createAggregateDescription());
        return JCasUtil.select(jcas, MedicationAnnotation.class).stream()
                .map(m -> m.getCoveredText() + "[" + m.getNormalized() + "/" + m.getDrugClass() + "]").toList();
    }

    /** One case per line: rule id, sentence, the one Medication expected. */
    private static final List<String> CASES = List.of(
        "cue-verb     | She has been taking iron for her anemia.                      | iron[iron/supplement]",
        "cue-verb     | He is not on oxygen at home.                                   | oxygen[oxygen/medical gas]",
        "cue-verb     | He denies using iron or other supplements.                     | iron[iron/supplement]",
        "cue-verb     | The patient was placed on 2 L of oxygen overnight.             | oxygen[oxygen/medical gas]",
        "cue-verb     | She was weaned off supplemental O2 yesterday.                  | O2[oxygen/medical gas]",
        "flow-before  | Saturations improved with 4 liters nasal cannula oxygen.       | oxygen[oxygen/medical gas]",
        "device-after | She tolerated the procedure, with O2 via face mask throughout.  | O2[oxygen/medical gas]",
        "device-after | Oxygen at 3 L per nasal cannula was continued.                 | Oxygen[oxygen/medical gas]",
        "flow-after   | Arrived in the unit with O2 at 2 liters.                       | O2[oxygen/medical gas]",
        "form-after   | MEDICATIONS: Iron supplement daily.                            | Iron[iron/supplement]",
        "dose-after   | Magnesium 400 mg at bedtime for cramps.                        | Magnesium[magnesium/supplement]",
        "passive      | Potassium was repleted this morning.                           | Potassium[potassium/supplement]",
        "count-sig-after | Home list: magnesium one nightly, unsure of the strength.   | magnesium[magnesium/supplement]");

    private static Stream<Arguments> cases() {
        return CASES.stream().map(c -> c.split("\\|")).map(f -> Arguments.of(f[0].strip(), f[1].strip(), f[2].strip()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void findsADrugWordInADrugContext(String rule, String sentence, String expected) throws Exception {
        assertEquals(List.of(expected), medications(sentence), rule);
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ids = RuleFile.builtIn(ContextualDrugAnnotator.RULES).rules().stream().map(TokenRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ids, covered);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Oxygen saturation was 96% on room air.",
        "O2 sat 94% at rest.",
        "She was started on iron studies and a B12 level.",
        "Labs showed iron deficiency anemia.",
        "Potassium 3.9, magnesium 1.7, creatinine 0.8.",
    })
    void leavesTheWordAloneWhereItIsMeasuredOrLacking(String sentence) throws Exception {
        assertEquals(List.of(), medications(sentence));
    }

    @Test
    void leavesAWordInsideALexiconNameToTheLexicon() throws Exception {
        assertEquals(List.of("potassium chloride[potassium chloride/supplement]"),
                medications("She takes potassium chloride 20 mEq daily."));
    }
}
