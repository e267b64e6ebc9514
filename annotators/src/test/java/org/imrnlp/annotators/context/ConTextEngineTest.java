package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.imrnlp.core.Assertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConTextEngineTest {

    private static final ConTextEngine ENGINE = ConTextEngine.standard();

    /** Renders a result as in {@code context-cases.tsv}: {@code negated(cue) uncertain ...} or {@code affirmed}. */
    static String render(ContextResult r, String sentence) {
        Assertion a = r.assertion();
        List<String> parts = new ArrayList<>();
        if (a.negated()) {
            parts.add("negated(" + sentence.substring(r.cueBegin(), r.cueEnd()) + ")");
        }
        if (a.uncertain()) {
            parts.add("uncertain");
        }
        if (r.conditional()) {
            parts.add("conditional");
        }
        if (a.historical()) {
            parts.add("historical");
        }
        if (a.generic()) {
            parts.add("generic");
        }
        if (a.subject() != Assertion.Subject.PATIENT) {
            parts.add(a.subject().label());
        }
        return parts.isEmpty() ? "affirmed" : String.join(" ", parts);
    }

    static Stream<Arguments> cases() {
        return TsvCases.rows(ConTextEngineTest.class, "context-cases.tsv").stream().map(cells -> Arguments.of(cells[0], cells[1], cells[2], cells.length > 3 && cells[3].equals("rationale")));
    }

    @ParameterizedTest(name = "[{index}] {1} in: {0}")
    @MethodSource("cases")
    void assessesTargetInSentence(String sentence, String target, String expected, boolean rationale) {
        int begin = ContextAssessor.indexOfIgnoreCase(sentence, target);
        assertTrue(begin >= 0, "target not in sentence");
        ContextResult result = ContextAssessor.context(sentence, begin, begin + target.length(),
                rationale ? Set.of("rationale") : Set.of());
        assertEquals(expected, render(result, sentence));
    }

    @Test
    void caseFileHasAtLeast150Sentences() {
        assertTrue(cases().map(a -> a.get()[0]).distinct().count() >= 150);
    }

    @Test
    void scopeEndsAfterTheMaximumWindow() {
        String s = "He denies headaches, dizziness, blurred vision, nausea and vomiting.";
        int b = s.indexOf("vomiting");
        assertEquals("negated(denies)", render(ENGINE.assess(s, b, b + 8), s));
        assertEquals("affirmed", render(ENGINE.withMaxWindow(6).assess(s, b, b + 8), s));
        assertEquals("negated(denies)", render(ENGINE.withMaxWindow(7).assess(s, b, b + 8), s));
    }

    @Test
    void scopeCutByTheWindowGoesOnOverAListOfTargets() {
        String s = "She is status post anterior cervical discectomy and fusion at C5-C6 with removal of hardware,"
                + " bilateral carpal tunnel release and right ulnar nerve transposition.";
        List<ConTextEngine.Span> targets = spans(s, "anterior cervical discectomy and fusion at C5-C6",
                "removal of hardware", "bilateral carpal tunnel release", "right ulnar nerve transposition");
        List<ContextResult> results = ENGINE.assess(s, targets, Set.of());
        for (ContextResult r : results) {
            assertEquals("historical", render(r, s));
        }
        assertEquals("affirmed", render(ENGINE.assess(s, targets.get(3).begin(), targets.get(3).end()), s));
    }

    @Test
    void listExtensionStopsAtAWordThatIsNoSeparator() {
        String s = "He denies fever, chills, night sweats, weight loss, nausea, vomiting, diarrhea and reports"
                + " chronic neck pain.";
        List<ConTextEngine.Span> targets = spans(s, "fever", "chills", "night sweats", "weight loss", "nausea",
                "vomiting", "diarrhea", "chronic neck pain");
        List<ContextResult> results = ENGINE.withMaxWindow(8).assess(s, targets, Set.of());
        assertEquals("negated(denies)", render(results.get(6), s));
        assertEquals("affirmed", render(results.get(7), s));
    }

    @Test
    void aNegationCueInsideAMentionIsItsOwnResult() {
        String s = "Negative Tinel's sign at the wrist and positive Phalen's test.";
        List<ContextResult> results = ENGINE.assess(s,
                spans(s, "Negative Tinel's sign at the wrist", "positive Phalen's test"), Set.of());
        assertEquals("affirmed", render(results.get(0), s));
        assertEquals("affirmed", render(results.get(1), s));
        String reflexes = "Reflexes trace at the knees, absent at the ankles and 2+ at the biceps.";
        List<ContextResult> r2 = ENGINE.assess(reflexes,
                spans(reflexes, "Reflexes trace at the knees", "absent at the ankles", "2+ at the biceps"), Set.of());
        assertEquals(List.of("affirmed", "affirmed", "affirmed"), r2.stream().map(r -> render(r, reflexes)).toList());
    }

    @Test
    void aFieldValueNegatesOnlyItsOwnField() {
        String s = "Fever: no, chills: yes, night sweats: denies.";
        List<ContextResult> results = ENGINE.assess(s, spans(s, "Fever", "chills", "night sweats"), Set.of());
        assertEquals(List.of("negated(no)", "affirmed", "negated(denies)"),
                results.stream().map(r -> render(r, s)).toList());
    }

    @Test
    void aCoordinatedClauseWithItsOwnResultKeepsItOutOfABackwardScope() {
        String s = "Deep tendon reflexes are trace at the knees and absent at the ankles.";
        List<ContextResult> results = ENGINE.assess(s,
                spans(s, "Deep tendon reflexes are trace at the knees", "absent at the ankles"), Set.of());
        assertEquals("affirmed", render(results.get(0), s));
        String plain = "Knee and ankle reflexes are absent.";
        int b = plain.indexOf("Knee");
        assertEquals("negated(are absent)", render(ENGINE.assess(plain, b, b + 4), plain));
    }

    private static List<ConTextEngine.Span> spans(String sentence, String... targets) {
        List<ConTextEngine.Span> spans = new ArrayList<>();
        for (String t : targets) {
            int b = sentence.indexOf(t);
            spans.add(new ConTextEngine.Span(b, b + t.length()));
        }
        return spans;
    }

    @Test
    void assessorEndsAScopeAtASentenceEndInsideTheText() {
        String s = "He denies fever. Cough is present.";
        int b = s.indexOf("Cough");
        assertEquals("affirmed", render(ContextAssessor.context(s, b, b + 5, Set.of()), s));
    }

    @Test
    void assessesSeveralTargetsOfOneSentenceInOrder() {
        String s = "He has depression but denies suicidal ideations.";
        List<ContextResult> results = ENGINE.assess(s, List.of(
                new ConTextEngine.Span(s.indexOf("depression"), s.indexOf("depression") + 10),
                new ConTextEngine.Span(s.indexOf("suicidal"), s.length() - 1)), Set.of());
        assertEquals("affirmed", render(results.get(0), s));
        assertEquals("negated(denies)", render(results.get(1), s));
    }

    @Test
    void nearestNegationCueWins() {
        String s = "No fever and no cough.";
        int b = s.indexOf("cough");
        ContextResult r = ENGINE.assess(s, b, b + 5);
        assertEquals(s.indexOf("no cough"), r.cueBegin());
    }

    @Test
    void refusesATargetOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> ENGINE.assess("No fever.", 3, 20));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.withMaxWindow(0));
    }

    @Test
    void assessorSplitsSentencesWithThePipelinesRule() {
        for (String s : List.of("He denies numbness as noted by Dr. Lee and tingling in the hands.",
                "He denies numbness as noted by Dr Lee and tingling in the hands.",
                "He denies numbness as noted by J. Lee and tingling in the hands.")) {
            int b = s.indexOf("tingling");
            assertEquals("negated(denies)", render(ContextAssessor.context(s, b, b + 8, Set.of()), s), s);
        }
        String two = "He was seen by Dr. Lee. He denies fever.\nCough is present.";
        int cough = two.indexOf("Cough");
        assertEquals("affirmed", render(ContextAssessor.context(two, cough, cough + 5, Set.of()), two));
        int fever = two.indexOf("fever");
        ContextResult r = ContextAssessor.context(two, fever, fever + 5, Set.of());
        assertEquals(two.indexOf("denies"), r.cueBegin(), "cue offsets are in the text given");
    }

    @Test
    void assessorFindsThePhraseIgnoringCase() {
        assertEquals(new Assertion(true, false, false, false, Assertion.Subject.PATIENT),
                ContextAssessor.assessPhrase("Denies Suicidal Ideations.", "suicidal ideations"));
        assertThrows(IllegalArgumentException.class,
                () -> ContextAssessor.assessPhrase("Denies suicidal ideations.", "homicidal ideations"));
    }

    @Test
    void assessorFindsTheSentenceOfASpanInADocument() {
        String letter = "The patient has chronic pain.\n\nHe denies fever and\n\nchills. He has\n\nconstant pain.\n\n";
        int chills = letter.indexOf("chills");
        int pain = letter.indexOf("constant pain");
        int chronic = letter.indexOf("chronic pain");
        assertTrue(ContextAssessor.assessInDocument(letter, chills, chills + 6).negated());
        assertEquals(Assertion.AFFIRMED, ContextAssessor.assessInDocument(letter, pain, pain + 13));
        assertEquals(Assertion.AFFIRMED, ContextAssessor.assessInDocument(letter, chronic, chronic + 12));
    }

    @Test
    void aVeryLongSentenceIsAssessedInAWindowAroundTheTarget() {
        // 600,000 characters of "no " before the target: assessed in linear time, still negated
        String sentence = "He has " + "no ".repeat(200_000) + "back pain.";
        int begin = sentence.indexOf("back pain");
        ContextResult r = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> ContextAssessor.context(sentence, begin, begin + 9, Set.of()));
        assertTrue(r.assertion().negated());
        assertEquals("no", sentence.substring(r.cueBegin(), r.cueEnd()));
        assertEquals(begin - 3, r.cueBegin());
    }
}
