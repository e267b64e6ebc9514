package org.imrnlp.annotators.context;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imrnlp.models.FirstLetters;
import org.imrnlp.models.FuzzyWords;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.PhraseMatcher.Match;
import org.imrnlp.models.TsvTable;

/**
 * The ConText phrases (triggers, pseudo-triggers, terminators) of a rule table, found at a
 * position of a sentence: exactly (ignoring case), or with a misspelled long first word
 * ({@value #MIN_MISSPELLED_LENGTH}+ letters, one edit from exactly one rule phrase's first word),
 * as in {@code excacerbation of}, so that a misspelling does not change a phrase's effect.
 * Immutable and thread-safe.
 */
public final class ContextRules {

    /** First words at least this long are matched with one edit. */
    public static final int MIN_MISSPELLED_LENGTH = 9;

    private final PhraseMatcher<ContextRule> phrases;
    private final FuzzyWords firstWords;
    private final int longestPhrase;
    private final Set<String> clauseVerbs;
    private final Set<String> ownResults;
    /** Exam results that, first after a comma, start a finding of their own. */
    private final Set<String> newResults;
    /** The first letters of the first words long enough to be misspelled. */
    private final FirstLetters misspelledStarts;

    private ContextRules(PhraseMatcher<ContextRule> phrases, FuzzyWords firstWords, int longestPhrase,
                         Set<String> clauseVerbs, Set<String> ownResults, Set<String> newResults, Set<String> firstWordSet) {
        this.phrases = phrases;
        this.ownResults = ownResults;
        this.newResults = newResults;
        this.firstWords = firstWords;
        this.longestPhrase = longestPhrase;
        this.clauseVerbs = clauseVerbs;
        this.misspelledStarts = FirstLetters.of(
                firstWordSet.stream().filter(w -> w.length() >= MIN_MISSPELLED_LENGTH).toList());
    }


    /** Rules from a table with columns {@code phrase, kind, category, direction}, without clause verbs. */
    public static ContextRules of(TsvTable table) {
        return of(table, List.of());
    }

    /**
     * Rules from a table with columns {@code phrase, kind, category, direction}, and the finite verbs
     * that mark a new clause after a comma ({@code is}, {@code cannot}: see {@link #isClauseVerb}).
     */
    public static ContextRules of(TsvTable table, Collection<String> clauseVerbs) {
        return of(table, clauseVerbs, List.of());
    }

    /**
     * Rules as {@link #of(TsvTable, Collection)}, and the exam results ({@code trace},
     * {@code intact}) that make a clause coordinated with {@code and} one of its own (see
     * {@link #isOwnResult}).
     */
    public static ContextRules of(TsvTable table, Collection<String> clauseVerbs, Collection<String> ownResults) {
        return of(table, clauseVerbs, ownResults, List.of());
    }

    /**
     * Rules as {@link #of(TsvTable, Collection, Collection)}, and the exam results ({@code full},
     * {@code normal}) that, first after a comma, start a finding of their own (see {@link #isNewResult}).
     */
    public static ContextRules of(TsvTable table, Collection<String> clauseVerbs, Collection<String> ownResults,
                                  Collection<String> newResults) {
        Map<String, ContextRule> rules = new LinkedHashMap<>();
        Set<String> firstWords = new TreeSet<>();
        int longest = 0;
        for (TsvTable.Row row : table.rows()) {
            String phrase = PhraseMatcher.normalize(row.get("phrase"));
            ContextRule rule;
            try {
                rule = ContextRule.parse(row.get("kind"), row.get("category"), row.get("direction"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(table.name() + ": bad rule for phrase '" + phrase + "': "
                        + e.getMessage(), e);
            }
            if (rules.putIfAbsent(phrase, rule) != null) {
                throw new IllegalStateException(table.name() + ": phrase '" + phrase + "' appears twice");
            }
            firstWords.add(phrase.split(" ", 2)[0]);
            longest = Math.max(longest, phrase.length());
        }
        return new ContextRules(PhraseMatcher.of(rules), FuzzyWords.of(firstWords, MIN_MISSPELLED_LENGTH, n -> 1),
                longest, lowerCase(clauseVerbs), lowerCase(ownResults), lowerCase(newResults), firstWords);
    }

    private static Set<String> lowerCase(Collection<String> words) {
        Set<String> set = new TreeSet<>();
        for (String w : words) {
            set.add(w.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }

    /**
     * Whether the word {@code text[begin, end)} is an exam result that, before {@code and}, makes
     * a clause of its own: in {@code Reflexes trace at the knees and absent at the ankles},
     * {@code absent} does not reach back over {@code and}.
     */
    public boolean isOwnResult(CharSequence text, int begin, int end) {
        return !ownResults.isEmpty() && ownResults.contains(text.subSequence(begin, end).toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word {@code text[begin, end)} is an exam result that, first after a comma, starts
     * a finding of its own and so ends a negation's scope: in {@code no tenderness, full range of
     * motion} the range of motion is not negated.
     */
    public boolean isNewResult(CharSequence text, int begin, int end) {
        return !newResults.isEmpty() && newResults.contains(text.subSequence(begin, end).toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word {@code text[begin, end)} is a finite verb that, after a comma, starts a new
     * clause ({@code Without evidence of spasm, Flexeril is not indicated}).
     */
    public boolean isClauseVerb(CharSequence text, int begin, int end) {
        return !clauseVerbs.isEmpty() && clauseVerbs.contains(text.subSequence(begin, end).toString().toLowerCase(Locale.ROOT));
    }

    /** The longest rule phrase starting at {@code begin} and ending by {@code to}, or null. */
    public Match<ContextRule> longestAt(CharSequence text, int begin, int to) {
        if (begin >= to) {
            return null;
        }
        char first = text.charAt(begin);
        Match<ContextRule> exact = phrases.longestAt(text, begin, to);
        if (exact != null) {
            return exact;
        }
        if (!misspelledStarts.mayStart(first)) {
            return null;
        }
        int wordEnd = begin;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd - begin < MIN_MISSPELLED_LENGTH) {
            return null;
        }
        List<FuzzyWords.Near> near = firstWords.near(text.subSequence(begin, wordEnd).toString());
        if (near.size() != 1) {
            return null;
        }
        String word = near.get(0).word();
        String probe = word + text.subSequence(wordEnd, Math.min(to, wordEnd + longestPhrase));
        Match<ContextRule> m = phrases.longestAt(probe, 0, probe.length());
        return m == null ? null : new Match<>(begin, wordEnd + m.end() - word.length(), m.phrase(), m.value());
    }
}
