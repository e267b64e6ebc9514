package org.imrnlp.annotators.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imrnlp.models.RulePack;

/**
 * The project's one sentence rule: a sentence ends at a line break and at {@code . ? !}
 * (optionally followed by closing quotes or brackets) followed by a space and a capital, digit or
 * opening bracket, quote or {@code #}, unless the word before the period is an abbreviation from
 * {@value #ABBREVIATIONS} or a single capital letter (an initial: {@code Dr. Lee}, {@code J. Smith}).
 * Used by {@link SentenceAnnotator} on the clean text and by the context assessor on the strings
 * it is given. Immutable and thread-safe.
 */
public final class SentenceSplitter {

    /** The abbreviations file of the {@code models} module (one lower-case word per line, periods inside kept). */
    public static final String ABBREVIATIONS = "abbreviations.txt";

    /** A sentence {@code [begin, end)}, without white space at either end. */
    public record Bounds(int begin, int end) {
    }

    private final Set<String> abbreviations;

    private SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The splitter with the project's abbreviations ({@value #ABBREVIATIONS}), loaded once and shared. */
    public static SentenceSplitter standard() {
        return of(RulePack.builtIn());
    }

    /** The splitter with the abbreviations ({@value #ABBREVIATIONS}) of {@code pack}, loaded once per pack. */
    public static SentenceSplitter of(RulePack pack) {
        return pack.cached(ABBREVIATIONS, SentenceSplitter.class, p -> of(p.lines(ABBREVIATIONS)));
    }

    /** A splitter with the given abbreviations (without their final period; case is ignored). */
    public static SentenceSplitter of(Collection<String> abbreviations) {
        return new SentenceSplitter(Set.copyOf(abbreviations.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    /**
     * The sentences of {@code text}, in order. A run of more than {@code maxChars} characters
     * without a sentence end is cut at its last space before the limit (or at the limit), so that
     * engines working sentence by sentence stay linear in the length of the text.
     */
    public List<Bounds> split(CharSequence text, int maxChars) {
        List<Bounds> sentences = new ArrayList<>();
        int start = 0;
        int lastSpace = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n' || endsSentence(text, i)) {
                int end = i == length || text.charAt(i) == '\n' ? i : i + 1;
                add(text, start, end, sentences);
                start = end;
            } else if (i - start >= maxChars) {
                int cut = lastSpace > start ? lastSpace : i;
                add(text, start, cut, sentences);
                start = cut;
            }
            if (i < length && text.charAt(i) == ' ') {
                lastSpace = i;
            }
        }
        return sentences;
    }

    private static void add(CharSequence text, int start, int end, List<Bounds> sentences) {
        int b = start;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b < e) {
            sentences.add(new Bounds(b, e));
        }
    }

    /** Whether a sentence ends with the character at {@code i} (a {@code . ? !}; see the class comment). */
    private boolean endsSentence(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        int length = text.length();
        int next = i + 1;
        while (next < length && (text.charAt(next) == '"' || text.charAt(next) == '\u201d' || text.charAt(next) == ')')) {
            next++;
        }
        if (next >= length || text.charAt(next) != ' ') {
            return false;
        }
        while (next < length && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= length) {
            return true;
        }
        char following = text.charAt(next);
        boolean opens = Character.isUpperCase(following) || Character.isDigit(following) || following == '('
                || following == '"' || following == '\u201c' || following == '[' || following == '#';
        return opens && (c != '.' || !isAbbreviation(text, i));
    }

    private boolean isAbbreviation(CharSequence text, int period) {
        int start = period;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        if (start == period) {
            return false;
        }
        String word = text.subSequence(start, period).toString().toLowerCase(Locale.ROOT);
        return abbreviations.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(start)));
    }
}
