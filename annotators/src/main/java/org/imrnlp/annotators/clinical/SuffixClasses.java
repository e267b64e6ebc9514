package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;
import org.imrnlp.models.lexicon.TermRules;

/**
 * Words whose ending marks a condition or a procedure ({@code clinical/word-suffixes.tsv}):
 * {@code -ectomy}, {@code -otomy}, {@code -plasty}, {@code -scopy}, {@code -gram}, {@code -centesis}
 * name procedures, {@code -itis}, {@code -osis}, {@code -emia}, {@code -pathy} conditions. The
 * clinical lexicon pass ({@link MentionFinder}) takes such a word as a head of that lexicon where
 * no lexicon phrase names it, so that the long tail of surgical and disease words the vocabularies
 * lack ({@code orchiectomy}, {@code paracentesis}, {@code prolactinemia}) is found and grown like
 * lexicon heads. Not taken: words of {@code clinical/word-suffix-stops.tsv} ({@code program},
 * {@code anatomy}, {@code diagnosis}), terms the generated vocabularies' stop list refuses (exam
 * signs such as {@code cyanosis}), and a word followed by a word of kind {@code next}
 * ({@code tenotomy scissors}, {@code lithotomy position}). Rows of lexicon {@code modifier} mark
 * descriptive adjectives ({@code -al}, {@code -ic}, {@code -ar}, {@code -ous}, {@code -ive}:
 * {@code perirectal}, {@code metastatic}, {@code nodular}) that join the condition written right
 * after them ({@link #modifies}); they head nothing.
 */
final class SuffixClasses {

    /** The class of a word: the lexicon it heads and the row its mention is grown with. */
    record Hit(String lexicon, TsvTable.Row row) {
    }

    private record Suffix(String ending, int min, Hit hit) {
    }

    private final List<Suffix> suffixes = new ArrayList<>();
    private final List<Suffix> modifiers = new ArrayList<>();
    private final Set<String> stops = new HashSet<>();
    private final Set<String> nextStops = new HashSet<>();
    private final TermRules termRules;

    private SuffixClasses(RulePack pack) {
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "word-suffixes.tsv")) {
            String lexicon = row.get("lexicon");
            if (!lexicon.equals("diagnosis") && !lexicon.equals("procedure") && !lexicon.equals("modifier")) {
                throw row.error("unknown lexicon " + lexicon);
            }
            (lexicon.equals("modifier") ? modifiers : suffixes).add(new Suffix(row.get("suffix").toLowerCase(Locale.ROOT),
                    Integer.parseInt(row.get("min")), new Hit(lexicon, row)));
        }
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "word-suffix-stops.tsv")) {
            switch (row.get("kind")) {
                case "word" -> stops.add(row.get("word").toLowerCase(Locale.ROOT));
                case "next" -> nextStops.add(row.get("word").toLowerCase(Locale.ROOT));
                default -> throw row.error("unknown kind " + row.get("kind"));
            }
        }
        termRules = TermRules.load(pack);
    }

    /** The shared instance of {@code pack}. */
    static SuffixClasses get(RulePack pack) {
        return pack.cached("clinical/suffix-classes", SuffixClasses.class, SuffixClasses::new);
    }

    /** The class of the word {@code t[begin, end)} (letters only), or null. */
    Hit classOf(String t, int begin, int end) {
        Suffix found = null;
        for (Suffix s : suffixes) {
            int length = s.ending().length();
            if (end - begin >= s.min() && t.regionMatches(true, end - length, s.ending(), 0, length)) {
                found = s;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        String word = t.substring(begin, end).toLowerCase(Locale.ROOT);
        if (stops.contains(word) || termRules.refused(word) || nextStops.contains(nextWord(t, end))) {
            return null;
        }
        return found.hit();
    }

    /**
     * Whether the word {@code t[begin, end)} (letters and hyphens) is a descriptive adjective that
     * joins a condition after it: it ends in a modifier suffix, is long enough, and is no stop word.
     */
    boolean modifies(String t, int begin, int end) {
        for (Suffix s : modifiers) {
            int length = s.ending().length();
            if (end - begin >= s.min() && t.regionMatches(true, end - length, s.ending(), 0, length)) {
                return !stops.contains(t.substring(begin, end).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** The word after {@code end} on its line, in lower case ({@code ""} if none). */
    private static String nextWord(String t, int end) {
        int i = end;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        int b = i;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return t.substring(b, i).toLowerCase(Locale.ROOT);
    }
}
