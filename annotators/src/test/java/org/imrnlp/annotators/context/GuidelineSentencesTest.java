package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.imrnlp.models.RulePack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guideline sentences of a decision rationale: sentences of my own, in and out of the listed sections. */
class GuidelineSentencesTest {

    private static final GuidelineSentences RULES = GuidelineSentences.of(RulePack.builtIn());

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // Guideline text: treatment in general, no patient, record, request or event of the case.
        "rationale | true  | Epidural steroid injections are recommended as an option for radicular pain.",
        "rationale | true  | Ultrasound therapy has little proven benefit for chronic low back pain.",
        "decisions | true  | Chronic Pain Medical Treatment Guidelines, Section(s): Opioids, criteria for use.",
        // The case: the patient, the records, the request, the decision, an event told in the past tense, a side.
        "rationale | false | The injured worker has persistent radicular pain despite therapy.",
        "rationale | false | She reports 50% relief after the last injection.",
        "rationale | false | The records do not document functional improvement.",
        "rationale | false | Therefore, the request for a lumbar epidural injection is not medically necessary.",
        "rationale | false | A lumbar MRI was performed in 2015.",
        "rationale | false | Spurling's test is positive on the left.",
        "decisions | false | Physical therapy, twelve sessions, is: Upheld.",
        "rationale | false | In this case, therapy has not helped.",
        // Outside the listed sections nothing is guideline text.
        "case-summary | false | Epidural steroid injections are recommended as an option for radicular pain.",
    })
    void tellsGuidelineTextFromTheCase(String section, boolean guideline, String sentence) {
        assertEquals(guideline, RULES.isGuideline(sentence, Set.of(section)));
    }
}
