package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartCharsTest {

    @Test
    void startsOfAnAlternationIgnoringCase() {
        StartChars starts = StartChars.of(Pattern.compile("(?:twice|b\\.i\\.d\\.|\\d+ times) daily", Pattern.CASE_INSENSITIVE));
        assertTrue(starts.canStart('t'));
        assertTrue(starts.canStart('T'));
        assertTrue(starts.canStart('B'));
        assertTrue(starts.canStart('7'));
        assertFalse(starts.canStart('d'));
        assertFalse(starts.canStart(' '));
        assertTrue(starts.canStart('é'), "beyond ASCII is always possible");
        assertFalse(starts.matchesEmpty());
    }

    @Test
    void lookbehindAndCaseSensitivePartsAreRespected() {
        StartChars starts = StartChars.of(Pattern.compile("(?<![A-Za-z])(?-i:PRN|qhs)|as needed", Pattern.CASE_INSENSITIVE));
        assertTrue(starts.canStart('P'));
        assertFalse(starts.canStart('p'));
        assertTrue(starts.canStart('q'));
        assertTrue(starts.canStart('A'));
    }

    @Test
    void aPatternMatchingNothingIsKept() {
        Pattern p = Pattern.compile("x*", Pattern.CASE_INSENSITIVE);
        assertTrue(StartChars.of(p).matchesEmpty());
        assertSame(p, StartChars.failingFast(p));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "(?<![A-Za-z0-9+])(?:(?:mild|severe) )*tenderness(?: over the (?:lumbar|cervical) spine)?(?![A-Za-z0-9])"
            + "~Mild tenderness over the lumbar spine; no tenderness at L4-5, +tenderness, subtenderness.",
        "\\b(?:is|was) not medically necessary~The request is not medically necessary; it was not medically necessary.",
        "(?:,\\s*)?\\b(?:Page\\(s\\)|pages?|pp?\\.)\\s*:?\\s*(?<list>\\d+(?:\\s*-\\s*\\d+)?)"
            + "~ACOEM, Page(s) 47-49; ODG pp. 12, and page 3.",
    })
    void failingFastFindsWhatThePatternFinds(String regex, String text) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        assertEquals(matches(p, text, 0, text.length()), matches(StartChars.failingFast(p), text, 0, text.length()));
        assertEquals(matches(p, text, 5, text.length() - 3), matches(StartChars.failingFast(p), text, 5, text.length() - 3));
    }

    /**
     * The probes reuse one matcher per preceding text; the sets must be those of a fresh matcher
     * per probe, as the class's contract describes them (a lookahead at the probe's end, a
     * lookbehind, a word boundary, an empty match only at the end of the text).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "(?<![A-Za-z0-9+])(?:left|right)(?![A-Za-z0-9])",
        "\\b\\d+(?:\\.\\d+)?\\s*mg\\b",
        "(?<=\\()(?:ibid|see above)",
        "(?:\\z|(?<=-)x)",
        "(?![a-z])",
        "(?-i:PRN)|q\\.?[1-6]h|(?<!\\.)\\bbid",
    })
    void reusedProbesGiveTheSetsOfFreshOnes(String regex) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        StartChars starts = StartChars.of(p);
        boolean empty = false;
        boolean[] fresh = new boolean[128];
        for (String before : new String[] {"", " ", "\n", "a", "0", ".", "+", "-", "("}) {
            for (boolean transparent : new boolean[] {false, true}) {
                empty |= p.matcher(before).region(before.length(), before.length())
                        .useTransparentBounds(transparent).useAnchoringBounds(!transparent).lookingAt();
                for (char c = 0; c < 128; c++) {
                    Matcher m = p.matcher(before + c).region(before.length(), before.length() + 1)
                            .useTransparentBounds(transparent).useAnchoringBounds(!transparent);
                    fresh[c] |= m.lookingAt() || m.hitEnd();
                }
            }
        }
        assertEquals(empty, starts.matchesEmpty(), regex);
        for (char c = 0; c < 128; c++) {
            assertEquals(fresh[c], starts.canStart(c), regex + " at " + (int) c);
        }
    }

    private static List<String> matches(Pattern p, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
