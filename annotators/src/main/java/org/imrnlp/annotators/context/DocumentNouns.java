package org.imrnlp.annotators.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The document nouns of {@code context-document-nouns.txt} ({@code notes}, {@code progress notes},
 * {@code records}, {@code report}): a mention right before one names the document's subject, so
 * a negation of the document is none of the mention's. In {@code There are no physical therapy
 * progress notes} the notes are missing, not the therapy. Immutable and thread-safe.
 */
public final class DocumentNouns {

    private final List<String> nouns;

    /** Document nouns of one or more words (case is ignored). */
    public DocumentNouns(Collection<String> nouns) {
        List<String> list = new ArrayList<>();
        for (String n : nouns) {
            String noun = n.strip().toLowerCase(Locale.ROOT);
            if (!noun.isEmpty()) {
                list.add(noun);
            }
        }
        this.nouns = List.copyOf(list);
    }

    /** Whether a document noun is the next word(s) of {@code text} after {@code end} (white space between). */
    public boolean follows(CharSequence text, int end) {
        int k = end;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k == end && k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            return false;
        }
        for (String noun : nouns) {
            int e = k + noun.length();
            if (e <= text.length() && startsWith(text, k, noun)
                    && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds the lower-case {@code noun} at {@code at}, ignoring case. */
    private static boolean startsWith(CharSequence text, int at, String noun) {
        for (int i = 0; i < noun.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != noun.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
