package org.imrnlp.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds lexicon phrases in text: case-insensitive, whole words only, longest match first, any run
 * of white space in the text matching one space of a phrase. Immutable and thread-safe once built.
 *
 * @param <V> what a phrase stands for (a drug entry, a concept, a trigger)
 */
public final class PhraseMatcher<V> {

    private final Node<V> root;

    private PhraseMatcher(Node<V> root) {
        this.root = root;
    }

    /**
     * A matcher for {@code phrases} (phrase text to value); blank phrases are refused. Of phrases
     * with the same {@linkplain #normalize normal form}, the last in the map's order counts.
     */
    public static <V> PhraseMatcher<V> of(Map<String, V> phrases) {
        Map<String, Entry<V>> byNormal = new HashMap<>(phrases.size() * 2);
        phrases.forEach((phrase, value) -> {
            String normal = normalize(Objects.requireNonNull(phrase, "phrase"));
            if (normal.isEmpty()) {
                throw new IllegalArgumentException("blank phrase");
            }
            byNormal.put(normal, new Entry<>(normal, phrase, Objects.requireNonNull(value, "value")));
        });
        @SuppressWarnings("unchecked")
        Entry<V>[] sorted = byNormal.values().toArray(new Entry[0]);
        Arrays.sort(sorted, (a, b) -> a.normal.compareTo(b.normal));
        return new PhraseMatcher<>(build(sorted, 0, sorted.length, 0));
    }

    /** A phrase in normal form, as given, and its value. */
    private record Entry<V>(String normal, String phrase, V value) {
    }

    /**
     * The trie node of the phrases {@code sorted[from, to)}, which share their first {@code depth}
     * characters (sorted, so that a phrase of exactly that length comes first). The characters
     * that all phrases below an edge share go on the edge, up to the next phrase end or branch.
     */
    private static <V> Node<V> build(Entry<V>[] sorted, int from, int to, int depth) {
        V value = null;
        String phrase = null;
        if (from < to && sorted[from].normal.length() == depth) {
            value = sorted[from].value;
            phrase = sorted[from].phrase;
            from++;
        }
        int groups = 0;
        for (int i = from; i < to; i++) {
            if (i == from || sorted[i].normal.charAt(depth) != sorted[i - 1].normal.charAt(depth)) {
                groups++;
            }
        }
        char[][] labels = groups == 0 ? NO_LABELS : new char[groups][];
        @SuppressWarnings("unchecked")
        Node<V>[] children = groups == 0 ? (Node<V>[]) NO_CHILDREN : new Node[groups];
        int group = 0;
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || sorted[i].normal.charAt(depth) != sorted[start].normal.charAt(depth)) {
                String first = sorted[start].normal;
                String last = sorted[i - 1].normal;
                int end = depth + 1;
                while (end < first.length() && end < last.length() && first.charAt(end) == last.charAt(end)) {
                    end++;
                }
                labels[group] = first.substring(depth, end).toCharArray();
                children[group++] = build(sorted, start, i, end);
                start = i;
            }
        }
        return new Node<>(labels, children, value, phrase);
    }

    private static final char[][] NO_LABELS = new char[0][];
    private static final Node<?>[] NO_CHILDREN = new Node<?>[0];

    /** Every longest, non-overlapping match in {@code text}, left to right. */
    public List<Match<V>> findAll(CharSequence text) {
        return findAll(text, 0, text.length());
    }

    /** Every longest, non-overlapping match within {@code text[from, to)}, left to right. */
    public List<Match<V>> findAll(CharSequence text, int from, int to) {
        List<Match<V>> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordStart(text, i, from)) {
                i++;
                continue;
            }
            Match<V> match = longestAt(text, i, to);
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i = nextWordStart(text, i, to);
            }
        }
        return matches;
    }

    /** The longest match starting exactly at {@code begin} and ending by {@code to}, or null. */
    public Match<V> longestAt(CharSequence text, int begin, int to) {
        Node<V> node = root;
        Match<V> best = null;
        int i = begin;
        while (i < to) {
            int edge = node.edge(key(text.charAt(i)));
            if (edge < 0) {
                return best;
            }
            i = skip(text, i, to);
            char[] label = node.labels[edge];
            for (int j = 1; j < label.length; j++) {
                if (i >= to || key(text.charAt(i)) != label[j]) {
                    return best;
                }
                i = skip(text, i, to);
            }
            node = node.children[edge];
            if (node.value != null && isWordEnd(text, i, to)) {
                best = new Match<>(begin, i, node.phrase, node.value);
            }
        }
        return best;
    }

    /** The trie character of a text character: lower case, white space as one space. */
    private static char key(char c) {
        if (c < 128) {
            return ASCII_SPACE[c] ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }

    /** The position after the character at {@code i}, and after the rest of its white space run if it is white space. */
    private static int skip(CharSequence text, int i, int to) {
        if (isSpace(text.charAt(i))) {
            while (i + 1 < to && isSpace(text.charAt(i + 1))) {
                i++;
            }
        }
        return i + 1;
    }

    private static boolean isWordStart(CharSequence text, int i, int from) {
        char c = text.charAt(i);
        if (!isWordChar(c)) {
            return !isSpace(c);
        }
        return i == from || !isWordChar(text.charAt(i - 1));
    }

    /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII. */
    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isWhitespace(char)}, with a table for ASCII. */
    private static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    /** After a word start {@code i}: the end of its run of letters and digits (no word starts inside it), else {@code i + 1}. */
    private static int nextWordStart(CharSequence text, int i, int to) {
        int next = i + 1;
        if (isWordChar(text.charAt(i))) {
            while (next < to && isWordChar(text.charAt(next))) {
                next++;
            }
        }
        return next;
    }

    private static boolean isWordEnd(CharSequence text, int end, int to) {
        return end >= to || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1));
    }

    /** Lower case, white space runs as one space, trimmed: the form phrases are stored in. */
    public static String normalize(String phrase) {
        if (isNormalAscii(phrase)) {
            return phrase;
        }
        StringBuilder out = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code phrase} is ASCII and already in {@link #normalize}'s form (most lexicon phrases are). */
    private static boolean isNormalAscii(String phrase) {
        int n = phrase.length();
        if (n == 0 || phrase.charAt(0) == ' ' || phrase.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 'a';
        for (int i = 0; i < n; i++) {
            char c = phrase.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z') || (c == ' ' ? previous == ' ' : ASCII_SPACE[c])) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * One match.
     *
     * @param begin  offset of its first character in the searched text
     * @param end    offset after its last character
     * @param phrase the lexicon phrase as given
     * @param value  what the phrase stands for
     */
    public record Match<V>(int begin, int end, String phrase, V value) {
    }

    /**
     * A trie node. Each edge to a child carries the characters all phrases below it share (its
     * first character is the edge's key). Edges are found by a table indexed by {@code c - base}
     * when their keys span a small range of characters (the root and other busy nodes), else by a
     * scan of the few keys; no boxing, no hashing.
     */
    private static final class Node<V> {
        private static final int MAX_TABLE_SPAN = 128;

        final V value;
        final String phrase;
        final char[][] labels;
        final Node<V>[] children;
        private final char[] keys;
        private final char base;
        private final byte[] table;

        Node(char[][] labels, Node<V>[] children, V value, String phrase) {
            this.labels = labels;
            this.children = children;
            this.value = value;
            this.phrase = phrase;
            keys = new char[labels.length];
            for (int i = 0; i < labels.length; i++) {
                keys[i] = labels[i][0];
            }
            int span = keys.length == 0 ? 0 : keys[keys.length - 1] - keys[0] + 1;
            if (keys.length >= 4 && keys.length < 128 && span <= MAX_TABLE_SPAN) {
                base = keys[0];
                table = new byte[span];
                Arrays.fill(table, (byte) -1);
                for (int i = 0; i < keys.length; i++) {
                    table[keys[i] - base] = (byte) i;
                }
            } else {
                base = 0;
                table = null;
            }
        }

        /** The index of the edge whose key is {@code c}, or -1. */
        int edge(char c) {
            if (table != null) {
                int index = c - base;
                return index >= 0 && index < table.length ? table[index] : -1;
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return i;
                }
            }
            return -1;
        }
    }
}
