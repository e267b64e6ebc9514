package org.imrnlp.annotators.clinical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matchers over a part of a text whose bounds are clamped to the text and to each other: a
 * region that would end before it begins (a mention that crosses the sentence end it is searched
 * to, as upper-case text splits sentences differently) is empty instead of an
 * {@link IndexOutOfBoundsException}.
 */
final class Regions {

    private Regions() {
    }

    /** {@code pattern}'s matcher over {@code t[from, to)}, clamped. */
    static Matcher in(Pattern pattern, CharSequence t, int from, int to) {
        return clamp(pattern.matcher(t), t.length(), from, to);
    }

    /** Sets {@code m}'s region to {@code [from, to)} clamped to {@code [0, length]} and {@code from <= to}. */
    static Matcher clamp(Matcher m, int length, int from, int to) {
        int b = Math.max(0, Math.min(from, length));
        int e = Math.max(b, Math.min(to, length));
        return m.region(b, e);
    }
}
