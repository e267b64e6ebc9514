package org.imrnlp.annotators.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imrnlp.models.TsvTable;
import org.junit.jupiter.api.Test;

/**
 * Each scope attribute of a rule row ({@code allowed_types}, {@code excluded_types},
 * {@code max_scope}, {@code terminated_by}, {@code sections}, {@code direction}) on small rule
 * tables: each test runs one sentence with and without the attribute, so it fails if the attribute
 * is ignored.
 */
class ContextRuleAttributesTest {

    private static final String HEADER =
            "phrase\tkind\tcategory\tdirection\tallowed_types\texcluded_types\tmax_scope\tterminated_by\tsections";

    /** Categories whose default scope ends only at terminator phrases. */
    private static TsvTable categories() {
        List<String> lines = new ArrayList<>(List.of("category\tterminated_by"));
        for (ContextRule.Category c : ContextRule.Category.values()) {
            lines.add(c.label() + "\tterminate");
        }
        return TsvTable.parse("test-categories.tsv", lines);
    }

    private static ConTextEngine engine(String... rows) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        return new ConTextEngine(ContextRules.of(TsvTable.parse("test-rules.tsv", lines), categories()),
                ConTextEngine.clauses(org.imrnlp.models.RulePack.builtIn()),
                ConTextEngine.documents(org.imrnlp.models.RulePack.builtIn()), ConTextEngine.DEFAULT_MAX_WINDOW);
    }

    private static ContextResult assess(ConTextEngine engine, String sentence, String target, String type,
                                        Set<String> sections) {
        int b = sentence.indexOf(target);
        return engine.assess(sentence, List.of(new ConTextEngine.Span(b, b + target.length(), type)), sections).get(0);
    }

    private static boolean negated(ConTextEngine engine, String sentence, String target, String type) {
        return assess(engine, sentence, target, type, Set.of()).assertion().negated();
    }

    @Test
    void allowedTypesLimitATriggerToThoseTargets() {
        String s = "The patient denies headaches since the fall.";
        ConTextEngine any = engine("denies\ttrigger\tnegated\tforward");
        ConTextEngine symptoms = engine("denies\ttrigger\tnegated\tforward\tsymptom");
        assertTrue(negated(any, s, "headaches", "diagnosis"));
        assertTrue(negated(symptoms, s, "headaches", "symptom"));
        assertEquals(false, negated(symptoms, s, "headaches", "diagnosis"));
        assertEquals(false, negated(symptoms, s, "headaches", null), "a target of unknown type");
    }

    @Test
    void excludedTypesKeepATriggerOffThoseTargets() {
        String s = "The lumbar EMG was negative.";
        ConTextEngine any = engine("was negative\ttrigger\tnegated\tbackward");
        ConTextEngine notProcedures = engine("was negative\ttrigger\tnegated\tbackward\t\tprocedure");
        assertTrue(negated(any, s, "lumbar EMG", "procedure"));
        assertEquals(false, negated(notProcedures, s, "lumbar EMG", "procedure"));
        assertTrue(negated(notProcedures, s, "lumbar EMG", null), "a target of unknown type is not excluded");
        assertTrue(negated(notProcedures, "Lumbar radiculopathy was negative.", "radiculopathy", "diagnosis"));
    }

    @Test
    void maxScopeCutsTheScopeAfterItsWords() {
        String s = "She denies fever today, and yesterday she reported a dry cough.";
        ConTextEngine wide = engine("denies\ttrigger\tnegated\tforward");
        ConTextEngine narrow = engine("denies\ttrigger\tnegated\tforward\t\t\t3");
        assertTrue(negated(wide, s, "dry cough", "symptom"));
        assertTrue(negated(narrow, s, "fever", "symptom"));
        assertEquals(false, negated(narrow, s, "dry cough", "symptom"));
        String before = "Chest pain and palpitations are denied.";
        ConTextEngine backward = engine("are denied\ttrigger\tnegated\tbackward\t\t\t2");
        assertTrue(negated(backward, before, "palpitations", "symptom"));
        assertEquals(false, negated(backward, before, "Chest pain", "symptom"));
    }

    @Test
    void terminatedByNamesTheTerminatorCategoriesThatEndTheScope() {
        String s = "He denies chills which were mild and reports nausea.";
        String[] terminators = {"which\tterminator\trelative", "but\tterminator\tturn"};
        ConTextEngine byTurn = engine(add(terminators, "denies\ttrigger\tnegated\tforward\t\t\t\tturn"));
        ConTextEngine byRelative = engine(add(terminators, "denies\ttrigger\tnegated\tforward\t\t\t\tturn|relative"));
        assertTrue(negated(byTurn, s, "nausea", "symptom"));
        assertEquals(false, negated(byRelative, s, "nausea", "symptom"));
        assertEquals(false, negated(byTurn, "He denies chills but reports nausea.", "nausea", "symptom"));
    }

    @Test
    void terminatedByMayNameATriggerCategory() {
        String s = "No fever, history of asthma.";
        String history = "history of\ttrigger\thistorical\tforward";
        ConTextEngine plain = engine(history, "no\ttrigger\tnegated\tforward");
        ConTextEngine byHistory = engine(history, "no\ttrigger\tnegated\tforward\t\t\t\tterminate|historical");
        assertTrue(negated(plain, s, "asthma", "diagnosis"));
        ContextResult r = assess(byHistory, s, "asthma", "diagnosis", Set.of());
        assertEquals(false, r.assertion().negated());
        assertTrue(r.assertion().historical());
    }

    @Test
    void terminatedByMayNameAClauseBoundary() {
        String s = "Without spasm, Flexeril is not indicated.";
        ConTextEngine phrasesOnly = engine("without\ttrigger\tnegated\tforward");
        ConTextEngine clauses = engine("without\ttrigger\tnegated\tforward\t\t\t\tterminate|comma-clause");
        assertTrue(negated(phrasesOnly, s, "Flexeril", "medication"));
        assertTrue(negated(clauses, s, "spasm", "examfinding"));
        assertEquals(false, negated(clauses, s, "Flexeril", "medication"));
        String results = "Lumbar spine: no tenderness, full range of motion.";
        ConTextEngine byResult = engine("no\ttrigger\tnegated\tforward\t\t\t\tterminate|comma-result");
        assertTrue(negated(engine("no\ttrigger\tnegated\tforward"), results, "range of motion", "examfinding"));
        assertEquals(false, negated(byResult, results, "range of motion", "examfinding"));
    }

    @Test
    void sectionsLimitATriggerToThoseSections() {
        String s = "Muscle relaxants should be used for acute low back pain.";
        ConTextEngine everywhere = engine("should be\ttrigger\tgeneric\tsentence");
        ConTextEngine rationale = engine("should be\ttrigger\tgeneric\tsentence\t\t\t\t\trationale");
        assertTrue(assess(everywhere, s, "low back pain", "symptom", Set.of()).assertion().generic());
        assertTrue(assess(rationale, s, "low back pain", "symptom", Set.of("rationale", "decision")).assertion().generic());
        assertEquals(false, assess(rationale, s, "low back pain", "symptom", Set.of("case-summary")).assertion().generic());
        assertEquals(false, assess(rationale, s, "low back pain", "symptom", Set.of()).assertion().generic());
    }

    @Test
    void directionSaysWhichWayTheScopeRuns() {
        String s = "A fracture was ruled out, and the X-rays showed arthritis.";
        ConTextEngine backward = engine("ruled out\ttrigger\tnegated\tbackward");
        ConTextEngine forward = engine("ruled out\ttrigger\tnegated\tforward");
        assertTrue(negated(backward, s, "fracture", "diagnosis"));
        assertEquals(false, negated(backward, s, "arthritis", "diagnosis"));
        assertEquals(false, negated(forward, s, "fracture", "diagnosis"));
        assertTrue(negated(forward, s, "arthritis", "diagnosis"));
    }

    @Test
    void aBadRowIsAnErrorNamingTheFileAndTheRow() {
        assertBadRow("denies\ttrigger\tnegated\tforward\tsymptoms", "unknown target type: symptoms");
        assertBadRow("denies\ttrigger\tnegated\tforward\t\t\tten", "max_scope is not a number: ten");
        assertBadRow("denies\ttrigger\tnegated\tforward\t\t\t-1", "max_scope must not be negative");
        assertBadRow("denies\ttrigger\tnegated\tforward\t\t\t\tturn", "names no terminator or trigger category: turn");
        assertBadRow("denies\ttrigger\tdenial\tforward", "unknown category: denial");
        assertBadRow("denies\ttrigger\tnegated\tsideways", "unknown direction: sideways");
        assertBadRow("denies\tcue\tnegated\tforward", "unknown kind: cue");
    }

    @Test
    void everyCategoryNeedsItsDefault() {
        TsvTable partial = TsvTable.parse("partial-categories.tsv", List.of("category\tterminated_by", "negated\tterminate"));
        TsvTable rules = TsvTable.parse("test-rules.tsv", List.of(HEADER, "no\ttrigger\tnegated\tforward"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ContextRules.of(rules, partial));
        assertTrue(e.getMessage().startsWith("partial-categories.tsv: no row for category uncertain"), e.getMessage());
        TsvTable typo = TsvTable.parse("typo-categories.tsv", List.of("category\tterminated_by", "negated\tcomma-clase"));
        e = assertThrows(IllegalStateException.class, () -> ContextRules.of(rules, typo));
        assertTrue(e.getMessage().startsWith("typo-categories.tsv: category negated: terminated_by names no"),
                e.getMessage());
    }

    @Test
    void theShippedRulesLoad() {
        assertTrue(ConTextEngine.standard().assess("He denies fever.", 10, 15).assertion().negated());
    }

    private static void assertBadRow(String row, String problem) {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> engine("no\ttrigger\tnegated\tforward", row));
        assertTrue(e.getMessage().startsWith("test-rules.tsv:3: '"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static String[] add(String[] rows, String row) {
        String[] all = java.util.Arrays.copyOf(rows, rows.length + 1);
        all[rows.length] = row;
        return all;
    }
}
