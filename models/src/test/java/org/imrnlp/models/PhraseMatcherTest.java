package org.imrnlp.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = PhraseMatcher.of(Map.of(
            "muscle relaxant", "class", "muscle relaxants", "class", "norco", "drug", "low back pain", "symptom",
            "back pain", "symptom"));

    private List<String> found(String text) {
        return matcher.findAll(text).stream().map(m -> text.substring(m.begin(), m.end())).toList();
    }

    @Test
    void prefersTheLongestPhraseAndIgnoresCase() {
        assertEquals(List.of("Muscle Relaxants", "NORCO"), found("Muscle Relaxants such as NORCO were tried."));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), found("Norcodeine and relaxant muscles are not phrases here"));
    }

    @Test
    void letsAnyWhitespaceRunMatchOneSpace() {
        assertEquals(List.of("low  back\n pain"), found("complains of low  back\n pain today"));
    }

    @Test
    void findsAPhraseThatStartsInsideALongerFailedMatch() {
        assertEquals(List.of("back pain"), found("lower back pain"));
    }

    @Test
    void normalFormIsLowerCaseWithSingleSpaces() {
        assertEquals("low back pain", PhraseMatcher.normalize(" Low  back\tPain "));
        assertEquals("c5-6 radiculopathy", PhraseMatcher.normalize("C5-6 radiculopathy"));
        assertEquals("sjögren syndrome", PhraseMatcher.normalize("Sjögren  syndrome"));
        assertEquals("", PhraseMatcher.normalize(" \n "));
        String normal = "rotator cuff tear";
        assertSame(normal, PhraseMatcher.normalize(normal), "a phrase already in normal form is not copied");
    }

    @Test
    void ofPhrasesWithOneNormalFormTheLastCounts() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("Lumbar Strain", "first");
        phrases.put("lumbar", "site");
        phrases.put("lumbar  strain", "second");
        phrases.put("lumbar strain with radiculopathy", "longer");
        PhraseMatcher<String> m = PhraseMatcher.of(phrases);
        String text = "acute LUMBAR STRAIN, lumbar strain with radiculopathy; lumbar spine";
        assertEquals(List.of("lumbar  strain:second", "lumbar strain with radiculopathy:longer", "lumbar:site"),
                m.findAll(text).stream().map(x -> x.phrase() + ":" + x.value()).toList());
        assertEquals(List.of(), PhraseMatcher.of(Map.<String, String>of()).findAll(text));
    }

    @Test
    void walksSharedRunsOfCharactersAsOneEdge() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("lumbar radiculopathy", "diagnosis");
        phrases.put("lumbar radiculitis", "diagnosis");
        phrases.put("lumbar", "site");
        phrases.put("Ménière disease", "diagnosis");
        PhraseMatcher<String> m = PhraseMatcher.of(phrases);
        String text = "LUMBAR\t RADICULITIS; lumbar radicul; lumbar radiculopathyx; MÉNIÈRE  disease";
        assertEquals(List.of("LUMBAR\t RADICULITIS:diagnosis", "lumbar:site", "lumbar:site", "MÉNIÈRE  disease:diagnosis"),
                m.findAll(text).stream().map(x -> text.substring(x.begin(), x.end()) + ":" + x.value()).toList());
        assertNull(m.longestAt(text, text.indexOf("lumbar radicul;") + 7, text.length()), "ends inside an edge");
    }

    @Test
    void findsEdgesOfABusyNodeWithKeysInsideAndOutsideAscii() {
        // the root has six ASCII keys (looked up in a table) and two others (scanned)
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String p : List.of("arm", "back", "chest", "disc", "elbow", "(right)", "\u00e9paule", "\u00f6dema")) {
            phrases.put(p, "p");
        }
        PhraseMatcher<String> m = PhraseMatcher.of(phrases);
        String text = "\u00c9paule, (right) elbow and \u00d6dema of the back; z\u00e9bra arms";
        assertEquals(List.of("\u00c9paule", "(right)", "elbow", "\u00d6dema", "back"),
                m.findAll(text).stream().map(x -> text.substring(x.begin(), x.end())).toList());
        assertNull(m.longestAt(text, text.indexOf("z"), text.length()), "an ASCII character past the table");
        assertNull(m.longestAt(text, text.indexOf("\u00e9bra"), text.length()), "a key outside ASCII, then no edge");
    }

    @Test
    void findsEveryPhraseOfALexiconLargeEnoughToBeSortedByPartitions() {
        // thousands of phrases sharing prefixes, of every length, some beyond ASCII: the trie is
        // built from them sorted (small groups by insertion, the rest by partitions on a character)
        java.util.Random random = new java.util.Random(7);
        String letters = "abc\u00e9 ";
        Map<String, String> phrases = new LinkedHashMap<>();
        while (phrases.size() < 3000) {
            StringBuilder p = new StringBuilder();
            for (int i = 1 + random.nextInt(12); i > 0; i--) {
                p.append(letters.charAt(random.nextInt(letters.length())));
            }
            String phrase = p.toString().strip().replaceAll(" +", " ");
            if (!phrase.isEmpty()) {
                phrases.put(phrase, phrase);
            }
        }
        PhraseMatcher<String> m = PhraseMatcher.of(phrases);
        for (String phrase : phrases.keySet()) {
            assertEquals(phrase, m.longestAt(phrase, 0, phrase.length()).value());
        }
        assertNull(m.longestAt("abcd", 0, 4));
    }
}
