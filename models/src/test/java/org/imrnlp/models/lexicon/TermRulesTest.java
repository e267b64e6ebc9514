package org.imrnlp.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The noise control of the generated lexicons: the reviewed stop list and the term shapes. */
class TermRulesTest {

    private final TermRules rules = TermRules.load();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cold", "Cold", "fall", "all", "ALL", "today", "aim", "air", "water",
            "disease", "syndrome", "disorder", "infectious disease", "tenderness", "blood pressure", "FACE", "DOS"})
    void refusesStopListedTerms(String term) {
        assertTrue(rules.refused(term));
        assertFalse(rules.accepts(term));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chronic back pain", "joint tenderness", "neck ache"})
    void refusesTermsHoldingAStopWord(String term) {
        assertFalse(rules.accepts(term));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lung disease (twin type)", "disease, unspecified", "46,XY disorder", "3-M syndrome",
            "acute on chronic renal failure with a very long tail", "gum", "pH disorder", "mRNA decay defect", "AB"})
    void refusesShapesClinicalProseDoesNotWrite(String term) {
        assertFalse(rules.accepts(term), term);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cholelithiasis", "type 2 diabetes mellitus", "non-Hodgkin lymphoma",
            "Parkinson's disease", "COPD", "GERD"})
    void acceptsClinicalTerms(String term) {
        assertTrue(rules.accepts(term), term);
    }

    @Test
    void shortCapitalAcronymsAreMatchedAsWritten() {
        assertTrue(TermRules.acronym("COPD"));
        assertTrue(TermRules.acronym("CHF"));
        assertFalse(TermRules.acronym("Copd"));
        assertFalse(TermRules.acronym("MI"), "two letters are too ambiguous");
        assertFalse(TermRules.acronym("ABCDEFG"));
    }

    @Test
    void generatesHyphenSpaceAndPossessiveVariants() {
        assertEquals(List.of("non-ulcer dyspepsia", "non ulcer dyspepsia"), TermRules.variants("non-ulcer dyspepsia"));
        assertEquals(List.of("post traumatic arthrosis", "post-traumatic arthrosis"), TermRules.variants("post traumatic arthrosis"));
        assertEquals(List.of("Paget's disease", "Paget disease", "Pagets disease"), TermRules.variants("Paget's disease"));
        assertEquals(List.of("gout"), TermRules.variants("gout"));
    }

    @Test
    void readsSignsAndSymptomOntologyDiagnoses() {
        assertTrue(rules.sign("wheezing"));
        assertTrue(rules.diagnosis("hypotension"));
        assertFalse(rules.diagnosis("nausea"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"hernia,hernias", "disc bulge,disc bulges", "polyp,polyps",
            "injury,injuries", "reflex,reflexes", "rash,rashes", "sprain,sprains", "knee flexion contracture,knee flexion contractures",
            "delay,delays"})
    void formsTheRegularPluralOnTheLastWord(String term, String plural) {
        assertEquals(plural, TermRules.plural(term));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"arthritis", "spinal stenosis", "meniscus", "sputum", "spasms", "COPD", "tic", "type 2"})
    void givesNoPluralWhereTheRegularRuleIsUnsafe(String term) {
        assertEquals(null, TermRules.plural(term));
    }
}
