package org.imrnlp.models.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the built-in {@code clinical/pain-score-rules.tsv}, by rule id. */
class PainScoreRulesTest {

    private static final RuleSet RULES = RuleFile.builtIn("clinical/pain-score-rules.tsv");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("slash-10", "Pain is 7/10 without medications.",
                        "slash-10[7/10 without medications] value=7 scale=10 context=without medications"),
                Arguments.of("slash-10", "Without meds it is 9/10.", "slash-10[9/10] value=9 scale=10 context=Without meds"),
                Arguments.of("slash-10", "Low back pain 6 - 7/10 and 10+/10 at night.",
                        "slash-10[6 - 7/10] value=6 - 7 scale=10\nslash-10[10+/10 at night] value=10+ scale=10 context=at night"),
                Arguments.of("slash-10", "She finished 3/10 visits. Seen on 8/10. Norco 10/325. Rated 12/10.", ""),
                Arguments.of("slash-10", "His Oswestry score is 4/10; pain 5/10.", "slash-10[5/10] value=5 scale=10"),
                Arguments.of("slash-100", "Pain severity 65/100 today.", "slash-100[65/100] value=65 scale=100"),
                Arguments.of("vas", "VAS score: 4 at rest", "vas[VAS score: 4 at rest] value=4 scale=VAS context=at rest"),
                Arguments.of("vas", "vas 4 and VAS 4/10", "slash-10[4/10] value=4 scale=10"),
                Arguments.of("written-scale", "He rates it a 3 on a 10-point scale.",
                        "written-scale[3 on a 10-point scale] value=3 scale=10"),
                Arguments.of("scale-first", "On a 0-10 scale, he currently rates his neck pain at 6.",
                        "scale-first[On a 0-10 scale, he currently rates his neck pain at 6] value=6 scale=10"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void findsWhatTheRuleIsFor(String ruleId, String sentence, String expected) {
        assertEquals(expected, render(sentence));
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (TokenRule r : RULES.rules()) {
            if (!covered.contains(r.id())) {
                missing.add(r.id());
            }
        }
        assertTrue(missing.isEmpty(), "rules without a test case: " + missing);
    }

    private static String render(String sentence) {
        TokenArray t = TokenArray.tokenize(sentence);
        return RULES.findAll(t).stream().map(m -> {
            StringBuilder b = new StringBuilder(m.rule().id()).append('[').append(t.join(m.spanFrom(), m.spanTo())).append(']');
            for (String name : List.of("value", "scale", "context")) {
                String v = m.value(name, t);
                if (v != null) {
                    b.append(' ').append(name).append('=').append(v);
                }
            }
            return b.toString();
        }).collect(Collectors.joining("\n"));
    }
}
