package org.imrnlp.models;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can begin with, found once by trying the pattern
 * on each ASCII character (after a few different preceding characters, with opaque and with
 * transparent bounds): where the match fails without reading past that one character
 * ({@link Matcher#hitEnd()} false), no text starting with it can match. Characters beyond ASCII
 * are always possible starts. Lets a caller skip positions, or a pattern fail at once, where no
 * match can start. Assumes a pattern looks back at most one character before its start (a
 * lookbehind or word boundary). One matcher per preceding text and kind of bounds does all the
 * probes. Immutable and thread-safe.
 */
public final class StartChars {

    private static final String[] BEFORE = {"", " ", "\n", "a", "0", ".", "+", "-", "("};
    /**
     * The kinds of bounds probed after each preceding text: with opaque bounds a pattern sees
     * nothing before the region (lookbehind, word boundaries and anchors stop at its start), so
     * opaque probes after any preceding text answer as after none, and are made once.
     */
    private static final boolean[] OPAQUE_AND_TRANSPARENT = {false, true};
    private static final boolean[] TRANSPARENT = {true};

    private final boolean[] ascii = new boolean[128];
    private final boolean matchesEmpty;

    private StartChars(Pattern pattern) {
        boolean empty = false;
        for (String before : BEFORE) {
            StringBuilder text = new StringBuilder(before).append('\0');
            int start = before.length();
            for (boolean transparent : before.isEmpty() ? OPAQUE_AND_TRANSPARENT : TRANSPARENT) {
                empty |= pattern.matcher(before).region(start, start).useTransparentBounds(transparent)
                        .useAnchoringBounds(!transparent).lookingAt();
                Matcher m = pattern.matcher(text).useTransparentBounds(transparent).useAnchoringBounds(!transparent);
                for (char c = 0; c < 128; c++) {
                    if (!ascii[c]) {
                        text.setCharAt(start, c);
                        m.region(start, start + 1);
                        ascii[c] = m.lookingAt() || m.hitEnd();
                    }
                }
            }
        }
        matchesEmpty = empty;
    }

    /** The possible first characters of {@code pattern}'s matches. */
    public static StartChars of(Pattern pattern) {
        return new StartChars(pattern);
    }

    /**
     * A pattern that finds exactly what {@code pattern} finds, with the same groups, but fails at
     * once at a position whose character cannot start a match; {@code pattern} itself if it can
     * match the empty string.
     */
    public static Pattern failingFast(Pattern pattern) {
        StartChars starts = of(pattern);
        if (starts.matchesEmpty) {
            return pattern;
        }
        StringBuilder set = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (starts.ascii[c]) {
                set.append(String.format("\\x{%x}", (int) c));
            }
        }
        set.append("\\x{80}-\\x{10FFFF}");
        return Pattern.compile("(?=[" + set + "])(?:" + pattern.pattern() + ")", pattern.flags());
    }

    /** Whether a match can begin with {@code c}. */
    public boolean canStart(char c) {
        return c >= 128 || ascii[c];
    }

    /** Whether the pattern can match the empty string (then every position is a possible start). */
    public boolean matchesEmpty() {
        return matchesEmpty;
    }

}
