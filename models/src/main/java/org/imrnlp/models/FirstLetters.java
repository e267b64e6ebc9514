package org.imrnlp.models;

/**
 * The first characters of a set of words, in either case, as a cheap test before a costlier
 * look-up (a substring and a map, a misspelling search): a word whose first character is in no
 * word of the set is in none. Characters outside ASCII always may start one. Immutable and
 * thread-safe.
 */
public final class FirstLetters {

    private final boolean[] ascii = new boolean[128];

    private FirstLetters() {
    }

    /** The first letters of the non-empty {@code words}. */
    public static FirstLetters of(Iterable<String> words) {
        FirstLetters letters = new FirstLetters();
        for (String word : words) {
            char first = word.charAt(0);
            if (first < 128) {
                letters.ascii[Character.toLowerCase(first)] = true;
                letters.ascii[Character.toUpperCase(first)] = true;
            }
        }
        return letters;
    }

    /** Whether a word starting with {@code c} may be in the set (false only where it cannot). */
    public boolean mayStart(char c) {
        return c >= 128 || ascii[c];
    }
}
