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

    /*
     * The radix trie, flat: every node is a block of ints in {@link #trie}, so that a step of a
     * walk reads one or two cache lines instead of an object per node, edge and label (the walks
     * are bound by memory, not by instructions). A node's block:
     *
     *   [0] value index + 1 (0: no phrase ends here)   [1] k, its number of edges
     *   [2] the table's first character                  [3] the table's length t (0: no table)
     *   [4, 4 + t)          the edge of each ASCII character from [2] on, or -1
     *   [4 + t, 4 + t + k)  the edges' keys (first characters), ascending
     *   then k edge records of three ints: where the edge's label starts in {@link #labels}, its
     *   length, and the offset of the child's block.
     *
     * A node with at least MIN_TABLE_KEYS ASCII keys has a table (the root and other busy nodes);
     * other edges are found by a scan of the few keys. An edge's label holds the characters every
     * phrase below it shares, up to the next phrase end or branch.
     */
    private static final int MIN_TABLE_KEYS = 4;
    private static final int HEADER = 4;
    private static final int EDGE = 3;

    private final int[] trie;
    private final char[] labels;
    private final String[] phrases;
    private final Object[] values;

    private PhraseMatcher(int[] trie, char[] labels, String[] phrases, Object[] values) {
        this.trie = trie;
        this.labels = labels;
        this.phrases = phrases;
        this.values = values;
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
        sortByNormal(sorted, 0, sorted.length - 1, 0);
        Builder builder = new Builder(sorted.length);
        builder.node(sorted, 0, sorted.length, 0);
        return new PhraseMatcher<>(Arrays.copyOf(builder.trie, builder.size), builder.labels.toString().toCharArray(),
                builder.phrases.toArray(String[]::new), builder.values.toArray());
    }

    /**
     * Sorts {@code a[lo, hi]}, whose normal forms share their first {@code depth} characters, in
     * {@link String#compareTo} order: a three-way radix quicksort (Bentley and Sedgewick), which
     * reads each character of a shared prefix once per partition instead of once per comparison
     * (sorting the lexicon's phrases was a tenth of building the extractor). Normal forms are
     * distinct.
     */
    private static void sortByNormal(Entry<?>[] a, int lo, int hi, int depth) {
        if (hi - lo < INSERTION_SORT_BELOW) {
            for (int i = lo + 1; i <= hi; i++) {
                for (int j = i; j > lo && a[j].normal.compareTo(a[j - 1].normal) < 0; j--) {
                    swap(a, j, j - 1);
                }
            }
            return;
        }
        swap(a, lo, lo + (hi - lo) / 2);
        int pivot = charAt(a[lo].normal, depth);
        int lt = lo;
        int gt = hi;
        int i = lo + 1;
        while (i <= gt) {
            int c = charAt(a[i].normal, depth);
            if (c < pivot) {
                swap(a, lt++, i++);
            } else if (c > pivot) {
                swap(a, i, gt--);
            } else {
                i++;
            }
        }
        sortByNormal(a, lo, lt - 1, depth);
        if (pivot >= 0) {
            sortByNormal(a, lt, gt, depth + 1);
        }
        sortByNormal(a, gt + 1, hi, depth);
    }

    private static final int INSERTION_SORT_BELOW = 12;

    /** The character at {@code i}, or -1 past the end (a shorter string sorts first). */
    private static int charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : -1;
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** A phrase in normal form, as given, and its value. */
    private record Entry<V>(String normal, String phrase, V value) {
    }

    /** Writes the flat trie's blocks, labels and values. */
    private static final class Builder {
        int[] trie = new int[1024];
        int size;
        final StringBuilder labels = new StringBuilder();
        final List<String> phrases;
        final List<Object> values;

        Builder(int entries) {
            phrases = new ArrayList<>(entries);
            values = new ArrayList<>(entries);
        }

        /**
         * Writes the node of the phrases {@code sorted[from, to)}, which share their first
         * {@code depth} characters (sorted, so that a phrase of exactly that length comes first),
         * and the nodes below it; returns its offset.
         */
        int node(Entry<?>[] sorted, int from, int to, int depth) {
            int value = 0;
            if (from < to && sorted[from].normal.length() == depth) {
                phrases.add(sorted[from].phrase);
                values.add(sorted[from].value);
                value = values.size();
                from++;
            }
            int[] starts = new int[to - from + 1];
            int k = 0;
            int ascii = 0;
            for (int i = from; i < to; i++) {
                if (i == from || sorted[i].normal.charAt(depth) != sorted[i - 1].normal.charAt(depth)) {
                    starts[k++] = i;
                    if (sorted[i].normal.charAt(depth) < 128) {
                        ascii++;
                    }
                }
            }
            starts[k] = to;
            char first = k == 0 ? 0 : sorted[from].normal.charAt(depth);
            int tableLength = ascii >= MIN_TABLE_KEYS ? sorted[starts[ascii - 1]].normal.charAt(depth) - first + 1 : 0;
            int block = allocate(HEADER + tableLength + k + EDGE * k);
            trie[block] = value;
            trie[block + 1] = k;
            trie[block + 2] = first;
            trie[block + 3] = tableLength;
            Arrays.fill(trie, block + HEADER, block + HEADER + tableLength, -1);
            int keys = block + HEADER + tableLength;
            for (int e = 0; e < k; e++) {
                Entry<?> start = sorted[starts[e]];
                Entry<?> last = sorted[starts[e + 1] - 1];
                char key = start.normal.charAt(depth);
                int end = depth + 1;
                while (end < start.normal.length() && end < last.normal.length()
                        && start.normal.charAt(end) == last.normal.charAt(end)) {
                    end++;
                }
                if (e < ascii && tableLength > 0) {
                    trie[block + HEADER + key - first] = e;
                }
                trie[keys + e] = key;
                int record = keys + k + EDGE * e;
                trie[record] = labels.length();
                trie[record + 1] = end - depth;
                labels.append(start.normal, depth, end);
                int child = node(sorted, starts[e], starts[e + 1], end);
                trie[record + 2] = child;
            }
            return block;
        }

        private int allocate(int ints) {
            if (size + ints > trie.length) {
                trie = Arrays.copyOf(trie, Math.max(trie.length * 2, size + ints));
            }
            int block = size;
            size += ints;
            return block;
        }
    }

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
        int[] t = trie;
        int node = 0;
        Match<V> best = null;
        int i = begin;
        while (i < to) {
            char c = key(text.charAt(i));
            int k = t[node + 1];
            int tableLength = t[node + 3];
            int keys = node + HEADER + tableLength;
            int edge = -1;
            if (tableLength > 0 && c < 128) {
                int index = c - t[node + 2];
                if (index >= 0 && index < tableLength) {
                    edge = t[node + HEADER + index];
                }
            } else {
                for (int e = 0; e < k; e++) {
                    if (t[keys + e] == c) {
                        edge = e;
                        break;
                    }
                }
            }
            if (edge < 0) {
                return best;
            }
            int record = keys + k + EDGE * edge;
            int label = t[record];
            int length = t[record + 1];
            i = skip(text, i, to);
            for (int j = 1; j < length; j++) {
                if (i >= to || key(text.charAt(i)) != labels[label + j]) {
                    return best;
                }
                i = skip(text, i, to);
            }
            node = t[record + 2];
            int value = t[node];
            if (value != 0 && isWordEnd(text, i, to)) {
                @SuppressWarnings("unchecked")
                V v = (V) values[value - 1];
                best = new Match<>(begin, i, phrases[value - 1], v);
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
}
