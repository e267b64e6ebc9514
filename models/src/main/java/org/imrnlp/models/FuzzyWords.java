package org.imrnlp.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A symmetric-delete index of lexicon words, for finding the words a misspelling is near: every
 * indexed word of {@code minLength}+ letters is stored under the strings made from it by deleting
 * up to its allowed number of edits, so that a look-up needs only the deletions of the queried
 * word and the bounded {@link EditDistance#osa} of the few candidates it reaches. A queried
 * word longer than any indexed word plus its edits is answered at once, so a look-up costs at
 * most as much as for the longest indexed word whatever the input. Answers are remembered (up to
 * {@value #MAX_REMEMBERED} queried words per index), since the same words recur in every
 * document; the queried words are document text, so {@link #forgetAll()} drops them (an
 * {@code ImrExtractor} does when it is closed) and they are never logged. Thread-safe; build it
 * once per lexicon.
 */
public final class FuzzyWords {

    /** How many queried words' answers an index keeps. */
    public static final int MAX_REMEMBERED = 50_000;

    /** Every index made, for {@link #forgetAll()}. */
    private static final java.util.Set<FuzzyWords> ALL =
            java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());

    private final Map<String, List<Near>> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, List<String>> deletions;
    private final IntUnaryOperator edits;
    private final int minLength;
    /** The longest queried word that can be near an indexed word. */
    private final int maxQueryLength;

    private FuzzyWords(Map<String, List<String>> deletions, IntUnaryOperator edits, int minLength, int maxQueryLength) {
        this.deletions = deletions;
        this.edits = edits;
        this.minLength = minLength;
        this.maxQueryLength = maxQueryLength;
        ALL.add(this);
    }

    /** Drops the remembered answers of every index (the document words they hold). */
    public static void forgetAll() {
        ALL.forEach(f -> f.remembered.clear());
    }

    /**
     * An index of the all-letter {@code words} (lower case) of at least {@code minLength} letters;
     * {@code edits} gives how many edits a word of a given length allows.
     */
    public static FuzzyWords of(Collection<String> words, int minLength, IntUnaryOperator edits) {
        Map<String, List<String>> index = new HashMap<>();
        int maxQueryLength = 0;
        for (String word : words) {
            if (word.length() < minLength || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            maxQueryLength = Math.max(maxQueryLength, word.length() + edits.applyAsInt(word.length()));
            for (String variant : variants(word, edits.applyAsInt(word.length()))) {
                index.computeIfAbsent(variant, k -> new ArrayList<>(1)).add(word);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return new FuzzyWords(Map.copyOf(index), edits, minLength, maxQueryLength);
    }

    /**
     * The indexed words other than {@code word} itself that start with its first letter and lie
     * within their allowed edit distance of it (a transposition counts as one edit), with their
     * distances. The deletions of {@code word} go as deep as a word one letter longer allows.
     */
    public List<Near> near(String word) {
        if (word.length() + 1 < minLength || word.length() > maxQueryLength) {
            return List.of();
        }
        String w = word.toLowerCase(Locale.ROOT);
        List<Near> known = remembered.get(w);
        if (known != null) {
            return known;
        }
        List<Near> found = search(w);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(w, found);
        }
        return found;
    }

    private List<Near> search(String w) {
        Set<String> candidates = new HashSet<>();
        for (String variant : variants(w, edits.applyAsInt(w.length() + 1))) {
            List<String> hit = deletions.get(variant);
            if (hit != null) {
                candidates.addAll(hit);
            }
        }
        List<Near> out = new ArrayList<>(candidates.size());
        for (String candidate : candidates) {
            if (candidate.charAt(0) != w.charAt(0) || candidate.equals(w)) {
                continue;
            }
            int limit = edits.applyAsInt(candidate.length());
            int d = EditDistance.osa(w, candidate, limit);
            if (d <= limit) {
                out.add(new Near(candidate, d));
            }
        }
        return List.copyOf(out);
    }

    /** The word and every string made from it by deleting up to {@code edits} characters. */
    private static Set<String> variants(String word, int edits) {
        Set<String> out = new HashSet<>();
        out.add(word);
        Set<String> frontier = Set.of(word);
        for (int e = 0; e < edits; e++) {
            Set<String> next = new HashSet<>();
            for (String w : frontier) {
                for (int i = 0; i < w.length(); i++) {
                    next.add(w.substring(0, i) + w.substring(i + 1));
                }
            }
            out.addAll(next);
            frontier = next;
        }
        return out;
    }

    /**
     * An indexed word near a queried one.
     *
     * @param word     the indexed word
     * @param distance its edit distance from the queried word (at least 1)
     */
    public record Near(String word, int distance) {
    }
}
