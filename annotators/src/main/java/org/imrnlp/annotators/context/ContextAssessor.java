package org.imrnlp.annotators.context;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imrnlp.annotators.text.SentenceSplitter;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.text.CleanText;

/**
 * The assertion status of spans found by another tool: give a sentence (or a whole document) and a
 * span, get its {@link Assertion}. The text is split into sentences with the pipeline's sentence
 * rule ({@link SentenceSplitter}) and the span is assessed in its own sentence by the standard
 * {@link ConTextEngine}, so a text of several sentences may be given. Thread-safe.
 *
 * <pre>{@code
 * Assertion a = ContextAssessor.assess("He denies suicidal ideations.", 11, 28);   // negated
 * }</pre>
 *
 * <p>Without section ids, a rule that applies only in some sections (guideline phrasing such as
 * {@code should be}, {@code is recommended}, generic only inside a decision {@code rationale}) is
 * not used; rules without sections are. The target's type is unknown, so rules that name
 * {@code allowed_types} are not used either (and {@code excluded_types} exclude nothing).
 */
public final class ContextAssessor {

    private static final class Holder {
        static final ConTextEngine ENGINE = ConTextEngine.standard();
    }

    private ContextAssessor() {
    }

    /** The assertion of {@code text[begin, end)}, in its sentence of {@code text}. */
    public static Assertion assess(String text, int begin, int end) {
        return context(text, begin, end, Set.of()).assertion();
    }

    /**
     * The full context of {@code text[begin, end)} (assertion, conditional, negation cue, with cue
     * offsets in {@code text}), in its sentence of {@code text}.
     *
     * @param sections the ids of the sections the text is in ({@code rationale}), or none
     */
    public static ContextResult context(String text, int begin, int end, Set<String> sections) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sections, "sections");
        checkSpan(text, begin, end);
        int[] sentence = sentenceOf(text, begin, end);
        ContextResult r = assessWindow(text.substring(sentence[0], sentence[1]), begin - sentence[0],
                end - sentence[0], sections);
        return r.shifted(sentence[0]);
    }

    /**
     * The bounds of the sentences of {@code text} that hold {@code [begin, end)} (one, unless the
     * span crosses a sentence end), by the pipeline's sentence rule; tabs and carriage returns
     * count as spaces.
     */
    private static int[] sentenceOf(String text, int begin, int end) {
        String spaced = text.replace('\t', ' ').replace('\r', ' ').replace('\f', ' ');
        int from = begin;
        int to = end;
        for (SentenceSplitter.Bounds b : SentenceSplitter.standard().split(spaced, Integer.MAX_VALUE)) {
            if (b.begin() < end && begin < b.end()) {
                from = Math.min(from, b.begin());
                to = Math.max(to, b.end());
            }
        }
        return new int[] {from, to};
    }

    /**
     * The engine's result on at most {@link #MAX_WINDOW_CHARS} characters of the sentence around
     * the span (cut at white space): a trigger's scope is a few words, and a longer "sentence" (a
     * table, hostile input) would cost time quadratic in its length. Cue offsets are given back in
     * the sentence.
     */
    private static ContextResult assessWindow(String sentence, int begin, int end, Set<String> sections) {
        if (sentence.length() <= MAX_WINDOW_CHARS) {
            return Holder.ENGINE.assess(sentence, List.of(new ConTextEngine.Span(begin, end)), sections).get(0);
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
        ContextResult r = Holder.ENGINE.assess(sentence.substring(from, to),
                List.of(new ConTextEngine.Span(begin - from, end - from)), sections).get(0);
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
     * text is cleaned first, as the pipeline does); the span is assessed in its sentence.
     */
    public static Assertion assessInDocument(String text, int begin, int end) {
        Objects.requireNonNull(text, "text");
        checkSpan(text, begin, end);
        CleanText clean = CleanText.of(text);
        String t = clean.text();
        int cb = Math.min(clean.toClean(begin), t.length());
        int ce = Math.max(cb, Math.min(clean.toCleanEnd(end), t.length()));
        return context(t, cb, ce, Set.of()).assertion();
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

    private static void checkSpan(String text, int begin, int end) {
        if (begin < 0 || end < begin || end > text.length()) {
            throw new IllegalArgumentException("span [" + begin + ", " + end + ") outside a text of length "
                    + text.length());
        }
    }
}
