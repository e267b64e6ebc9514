package org.imrnlp.annotators.clinical;

import java.util.BitSet;
import org.imrnlp.models.PhraseMatcher;

/**
 * The first words of a lexicon's phrases, as a cheap test before a {@link PhraseMatcher} walk at
 * a word: a phrase that starts at a word (a run of letters and digits) starts with that whole word,
 * so a word that is no phrase's first word starts no phrase. One bit per hash bucket of the
 * first words (lower case) is kept: a word whose bucket is empty starts no phrase; a word in a
 * set bucket may (a few that do not share a bucket with one that does). The same for the sign a
 * phrase starts with ({@code #}, {@code (}). A word or sign holding a character outside ASCII
 * always may. Immutable, thread-safe.
 */
final class FirstWords {

    private static final int BUCKETS = 1 << 16;
    /** The {@link #hash} of a word holding a character outside ASCII: such a word may start any phrase. */
    static final int NOT_ASCII = Integer.MIN_VALUE;

    private final BitSet buckets = new BitSet(BUCKETS);
    /** The ASCII signs some phrase starts with. */
    private final boolean[] firstSigns = new boolean[128];

    FirstWords(Iterable<String> phrases) {
        for (String phrase : phrases) {
            String normal = PhraseMatcher.normalize(phrase);
            int end = 0;
            while (end < normal.length() && Character.isLetterOrDigit(normal.charAt(end))) {
                end++;
            }
            if (end == 0 && normal.charAt(0) < 128) {
                firstSigns[normal.charAt(0)] = true;
            }
            int h = 0;
            for (int i = 0; i < end; i++) {
                h = 31 * h + normal.charAt(i);
            }
            buckets.set(bucket(h));
        }
    }

    /**
     * The hash of the word {@code t[begin, end)} (letters and digits) in lower case, for
     * {@link #mayStart(int)}, or {@link #NOT_ASCII} if it holds a character outside ASCII.
     */
    static int hash(String t, int begin, int end) {
        int h = 0;
        for (int i = begin; i < end; i++) {
            char c = t.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h;
    }

    /** Whether the word of {@link #hash} {@code wordHash} may be the first word of a phrase. */
    boolean mayStart(int wordHash) {
        return wordHash == NOT_ASCII || buckets.get(bucket(wordHash));
    }

    /** Whether a phrase may start at the sign {@code c} (no letter, digit or white space). */
    boolean mayStartAt(char c) {
        return c >= 128 || firstSigns[c];
    }

    private static int bucket(int h) {
        return (h ^ (h >>> 16)) & (BUCKETS - 1);
    }
}
