package org.imrnlp.models.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named word list whose phrases match as token sequences, by lower form: {@code <name>} in a
 * pattern. Phrases are split as {@link TokenArray#tokenize(String)} splits text, so
 * {@code PHQ-9} is three tokens and matches {@code phq - 9} written with or without spaces.
 * Immutable once built.
 */
final class Lexicon {

    private final String name;
    private final TrieNode root = new TrieNode();
    private int minLength = Integer.MAX_VALUE;
    private int maxLength;

    private static final class TrieNode {
        final Map<String, TrieNode> next = new HashMap<>(4);
        boolean end;
    }

    Lexicon(String name, List<String> phrases) {
        this.name = name;
        for (String phrase : phrases) {
            TokenArray t = TokenArray.tokenize(phrase);
            if (t.size() == 0) {
                continue;
            }
            TrieNode n = root;
            for (int i = 0; i < t.size(); i++) {
                n = n.next.computeIfAbsent(t.lower(i), k -> new TrieNode());
            }
            n.end = true;
            minLength = Math.min(minLength, t.size());
            maxLength = Math.max(maxLength, t.size());
        }
        if (maxLength == 0) {
            throw new IllegalArgumentException("lexicon " + name + " has no phrase");
        }
    }

    String name() {
        return name;
    }

    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }

    /** The lower forms phrases start with. */
    Set<String> firstWords() {
        return root.next.keySet();
    }

    /** The lengths of the phrases that match at token {@code i}, longest first, in {@code out}; returns their count. */
    int lengths(TokenArray tokens, int i, int[] out) {
        int count = 0;
        TrieNode n = root;
        for (int j = i; j < tokens.size() && count < out.length; j++) {
            n = n.next.get(tokens.lower(j));
            if (n == null) {
                break;
            }
            if (n.end) {
                out[count++] = j - i + 1;
            }
        }
        for (int a = 0, b = count - 1; a < b; a++, b--) {
            int x = out[a];
            out[a] = out[b];
            out[b] = x;
        }
        return count;
    }
}
