package org.imrnlp.annotators.context;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.models.ResourceFiles;

/**
 * The assertion status of spans found by another tool: give a sentence (or a whole document) and a
 * span, get its {@link Assertion}. Uses the standard {@link ConTextEngine}; thread-safe.
 *
 * <pre>{@code
 * Assertion a = ContextAssessor.assess("He denies suicidal ideations.", 11, 28);   // negated
 * }</pre>
 *
 * <p>Without section information, guideline phrasing that is generic only inside a decision
 * rationale ({@code should be}, {@code is recommended}) is not used; phrasing that is always
 * generic ({@code According to MTUS guidelines}) is.
 */
public final class ContextAssessor {

    private static final class Holder {
        static final ConTextEngine ENGINE = ConTextEngine.standard();
    }

    private ContextAssessor() {
    }

    /** The assertion of {@code sentence[begin, end)}. */
    public static Assertion assess(String sentence, int begin, int end) {
        return context(sentence, begin, end, false).assertion();
    }

    /**
     * The full context of {@code sentence[begin, end)} (assertion, conditional, negation cue).
     *
     * @param guidelineSection whether the sentence is in a guideline section (a decision rationale)
     */
    public static ContextResult context(String sentence, int begin, int end, boolean guidelineSection) {
        Objects.requireNonNull(sentence, "sentence");
        checkSpan(sentence, begin, end);
        return assessWindow(sentence, begin, end, guidelineSection);
    }

    /**
     * The engine's result on at most {@link #MAX_WINDOW_CHARS} characters around the span (cut at
     * white space): a trigger's scope is a few words, and a longer "sentence" (a table, hostile
     * input) would cost time quadratic in its length. Cue offsets are given back in the sentence.
     */
    private static ContextResult assessWindow(String sentence, int begin, int end, boolean guidelineSection) {
        if (sentence.length() <= MAX_WINDOW_CHARS) {
            return Holder.ENGINE.assess(sentence, begin, end, guidelineSection);
        }
        int half = Math.max(0, (MAX_WINDOW_CHARS - (end - begin)) / 2);
        int from = Math.max(0, begin - half);
        int to = Math.min(sentence.length(), end + half);
        while (from > 0 && from < begin && !Character.isWhitespace(sentence.charAt(from - 1))) {
            from++;
        }
        while (to < sentence.length() && to > end && !Character.isWhitespace(sentence.charAt(to))) {
            to--;
        }
        ContextResult r = Holder.ENGINE.assess(sentence.substring(from, to), begin - from, end - from, guidelineSection);
        return r.shifted(from);
    }

    /** The most characters of a sentence around a span that the assessment reads. */
    public static final int MAX_WINDOW_CHARS = 2000;

    /**
     * The assertion of the first occurrence of {@code target} in {@code sentence}, matched ignoring
     * case (a whole-word occurrence is preferred).
     *
     * @throws IllegalArgumentException if {@code target} is blank or does not occur in {@code sentence}
     */
    public static Assertion assessPhrase(String sentence, String target) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(target, "target");
        int begin = indexOfIgnoreCase(sentence, target.strip());
        if (target.isBlank() || begin < 0) {
            throw new IllegalArgumentException("target not found in its sentence");
        }
        return assess(sentence, begin, begin + target.strip().length());
    }

    /**
     * The assertion of {@code text[begin, end)} where {@code text} is a whole document (PDF-extracted
     * text is cleaned first); the sentence around the span is found with the pipeline's rules.
     */
    public static Assertion assessInDocument(String text, int begin, int end) {
        Objects.requireNonNull(text, "text");
        checkSpan(text, begin, end);
        CleanText clean = CleanText.of(text);
        String t = clean.text();
        int cb = Math.min(clean.toClean(begin), t.length());
        int ce = Math.max(cb, Math.min(clean.toCleanEnd(end), t.length()));
        int start = cb;
        while (start > 0 && !endsSentence(t, start - 1)) {
            start--;
        }
        int stop = ce;
        while (stop < t.length() && !endsSentence(t, stop)) {
            stop++;
        }
        return assessWindow(t.substring(start, stop), cb - start, ce - start, false).assertion();
    }

    /** First index of {@code phrase} in {@code text} ignoring case, whole words preferred; -1 if absent. */
    static int indexOfIgnoreCase(String text, String phrase) {
        int n = phrase.length();
        if (n == 0) {
            return -1;
        }
        int first = -1;
        for (int i = 0; i + n <= text.length(); i++) {
            if (text.regionMatches(true, i, phrase, 0, n)) {
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                        || !Character.isLetterOrDigit(phrase.charAt(0));
                boolean wordEnd = i + n == text.length() || !Character.isLetterOrDigit(text.charAt(i + n))
                        || !Character.isLetterOrDigit(phrase.charAt(n - 1));
                if (wordStart && wordEnd) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }

    /** Whether the sentence ends at clean character {@code i} (a kept line break or a sentence end). */
    private static boolean endsSentence(String t, int i) {
        char c = t.charAt(i);
        if (c == '\n') {
            return true;
        }
        if ((c != '.' && c != '?' && c != '!') || i + 1 >= t.length() || t.charAt(i + 1) != ' ') {
            return false;
        }
        int next = i + 1;
        while (next < t.length() && t.charAt(next) == ' ') {
            next++;
        }
        if (next < t.length() && !Character.isUpperCase(t.charAt(next)) && !Character.isDigit(t.charAt(next))) {
            return false;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.')) {
            w--;
        }
        String word = t.substring(w, i).toLowerCase(Locale.ROOT);
        return c != '.' || w == i || !(abbreviations().contains(word)
                || (word.length() == 1 && Character.isUpperCase(t.charAt(w))));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> abbreviations() {
        return ResourceFiles.cached("abbreviations.txt", Set.class,
                name -> Set.copyOf(ResourceFiles.lines(name).stream()
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    private static void checkSpan(String text, int begin, int end) {
        if (begin < 0 || end < begin || end > text.length()) {
            throw new IllegalArgumentException("span [" + begin + ", " + end + ") outside a text of length "
                    + text.length());
        }
    }
}
