package org.imrnlp.models.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pattern language and rule files, on small rule files written here. */
class RuleLanguageTest {

    private static final Map<String, List<String>> LEXICONS = Map.of(
            "units.txt", List.of("# dose units", "mg", "mcg", "milligrams"),
            "sites.tsv", List.of("phrase\tkind", "low back\tregion", "neck\tregion", "L4-5\tlevel"));

    private static RuleSet rules(String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add("# test rules");
        lines.add("type\tid\tdefinition\tattributes");
        lines.addAll(List.of(rows));
        return RuleFile.parse("test-rules.tsv", lines, name -> {
            List<String> l = LEXICONS.get(name);
            if (l == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return l.stream().filter(s -> !s.startsWith("#")).toList();
        });
    }

    /** Matches rendered as {@code id[span] name=value ...}, captures in pattern order, then attributes. */
    private static String find(RuleSet rules, String text) {
        TokenArray t = TokenArray.tokenize(text);
        return rules.findAll(t).stream().map(m -> {
            StringBuilder b = new StringBuilder(m.rule().id()).append('[').append(t.join(m.spanFrom(), m.spanTo())).append(']');
            m.captures().keySet().stream().filter(k -> !k.equals(TokenRule.SPAN))
                    .forEach(k -> b.append(' ').append(k).append('=').append(m.value(k, t)));
            m.rule().attributes().forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.toString();
        }).collect(Collectors.joining("; "));
    }

    @Test
    void matchesAttributesQuantifiersAndCaptures() {
        RuleSet r = rules("lexicon\tunits\tunits.txt", "rule\tdose\t(?<value> [kind=num & num<=1000]) (?<unit> <units>)\tsource=rule");
        assertEquals("dose[10 mg] value=10 unit=mg source=rule; dose[5 milligrams] value=5 unit=milligrams source=rule",
                find(r, "Norco 10 mg and then 5 milligrams, not 2000 mg"));
    }

    @Test
    void quantifiersAreGreedyAndBounded() {
        RuleSet r = rules("rule\tlevels\t[shape=Xd] (\"-\" [shape=/X?d/]){1,2}");
        assertEquals("levels[L4-5]; levels[L5-S1]; levels[C4-5-6]", find(r, "L4-5 and L5-S1 and C4-5-6-7 and L3 alone"));
        RuleSet star = rules("rule\tlist\tpain [lower=/and|,/]? (neck | back)+");
        assertEquals("list[pain neck back]", find(star, "pain neck back shoulder"));
        RuleSet optional = rules("rule\topt\tthe? knee");
        assertEquals("opt[the knee]; opt[knee]", find(optional, "the knee and knee"));
    }

    @Test
    void alternativesMacrosAndPhrasesFromLexiconFiles() {
        RuleSet r = rules(
                "lexicon\tregion\tsites.tsv phrase kind=region",
                "macro\tSIDE\t(left | right | bilateral)",
                "macro\tSITE\t@SIDE? (?<site> <region>)",
                "rule\ttender\ttenderness (of | over) the? @SITE");
        assertEquals("tender[tenderness over the left low back] site=low back",
                find(r, "There is tenderness over the left low back and tenderness of L4-5."));
    }

    @Test
    void lookAroundsAndGapsGuardTheMatch() {
        RuleSet r = rules("rule\tratio\t(?<! [text=/[\\/#]/] (?=[gap=none])) [kind=num] \"/\" 10 (?! [gap=none & text=\"/\"] | sessions)");
        assertEquals("ratio[7/10]; ratio[3 / 10]", find(r, "7/10, #5/10, 2/10/07, 4/10 sessions, 3 / 10"));
    }

    @Test
    void theSpanCaptureKeepsContextOutsideTheAnnotation() {
        RuleSet r = rules("rule\tscore\t((?<when> without meds) is)? (?<span> [kind=num] \"/\" 10)");
        assertEquals("score[8/10] when=without meds; score[4/10]", find(r, "Pain without meds is 8/10 and 4/10"));
    }

    @Test
    void theLongestMatchWinsThenTheEarlierRule() {
        RuleSet r = rules("rule\tshort\tlow back", "rule\tlong\tlow back pain", "rule\tsame\tlow back pain");
        assertEquals("long[low back pain]; short[low back]", find(r, "low back pain, low back"));
    }

    @Test
    void rulesOnlyTryTokensTheirFirstElementAllows() {
        RuleSet r = rules("lexicon\tunits\tunits.txt", "rule\tlex\t<units>", "rule\tnum\t[num>5] mg", "rule\tanywhere\t[shape=Xxxx] pain");
        assertEquals(java.util.Set.of("mg", "mcg", "milligrams"), r.rules().get(0).first().lowers);
        assertEquals(java.util.Set.of(TokenArray.Kind.NUM), r.rules().get(1).first().kinds);
        assertTrue(r.rules().get(2).first().any);
        assertEquals("num[10 mg]; anywhere[Back pain]", find(r, "10 mg Back pain"));
    }

    @Test
    void theReadmeExampleWorksOnTheBuiltInUnitList() {
        RuleSet r = RuleFile.parse("readme.tsv", List.of(
                "type\tid\tdefinition\tattributes",
                "lexicon\tunit\tdose-units.tsv written",
                "macro\tAMOUNT\t[kind=num & num<=1000]",
                "rule\tstrength\t(?<value> @AMOUNT) (?<unit> <unit>) (?! \"/\" | per)\tkind=strength"),
                org.imrnlp.models.ResourceFiles::lines);
        assertEquals("strength[10 mg] value=10 unit=mg kind=strength; strength[2 milligrams] value=2 unit=milligrams kind=strength",
                find(r, "Norco 10 mg, 2 milligrams"));
        assertEquals("", find(r, "5 mg/kg"));
    }

    @Test
    void anchorsAndReachBoundTheWindowsARuleSetNeeds() {
        RuleSet r = rules("rule\tslash\t(?<! on) [kind=num] \"/\" 10 (?! sessions)", "rule\tvas\t[text=VAS] [kind=num]");
        assertEquals(java.util.Set.of("10", "vas"), r.anchors());
        // before 10: on, the number, "/" and, counted both ways as any look-around is, the look-ahead's token
        assertEquals(4, r.before("10"));
        assertEquals(2, r.after("10"));
        assertEquals(0, r.before("vas"));
        assertEquals(1, r.after("vas"));
        RuleSet open = rules("rule\tslash\t[kind=num] \"/\" 10", "rule\tany\t[kind=num] [kind=word]");
        assertEquals(null, open.anchors());
    }

    @Test
    void errorsNameTheFileLineAndRuleId() {
        assertError("test-rules.tsv:3: tender: unknown macro @SITE (column 12)", "rule\ttender\ttenderness @SITE");
        assertError("test-rules.tsv:3: x: unknown attribute 'colour' (text, lower, shape, kind, gap, num) (column 2)",
                "rule\tx\t[colour=red]");
        assertError("test-rules.tsv:3: x: unknown lexicon <drugs> (column 1)", "rule\tx\t<drugs>");
        assertError("test-rules.tsv:3: x: a look-behind must have a bounded length (use {m,n}, not * or +) (column 1)",
                "rule\tx\t(?<= []*) pain");
        assertError("test-rules.tsv:3: x: the pattern can match no token", "rule\tx\tpain?");
        assertError("test-rules.tsv:3: x: missing ')' at the end (column 6)", "rule\tx\t(pain");
        assertError("test-rules.tsv:4: x: duplicate rule id (first on line 3)", "rule\tx\tpain", "rule\tx\tache");
        assertError("test-rules.tsv:4: B: unknown macro @B (column 6)",
                "macro\tA\tpain", "macro\tB\t@A | @B");
        assertError("test-rules.tsv:3: x: unknown row type 'rul' (lexicon, macro or rule)", "rul\tx\tpain");
        assertError("test-rules.tsv:3: x: bad repeat count {3,1} (column 5)", "rule\tx\tpain{3,1}");
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> RuleFile.parse("bad.tsv", List.of("id\tpattern"), n -> List.of()));
        assertEquals("bad.tsv:1: the header must be type <tab> id <tab> definition <tab> attributes", e.getMessage());
    }

    private static void assertError(String expected, String... rows) {
        RuleFileException e = assertThrows(RuleFileException.class, () -> rules(rows));
        assertEquals(expected, e.getMessage());
    }
}
