package org.imrnlp.corpus.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * Maps annotations onto token positions for the token-based formats (CoNLL, OpenNLP, training):
 * an annotation covers every token it overlaps. One that crosses a sentence end, covers no
 * token, or overlaps an already placed one (placed first: earlier begin, then longer), is left
 * out and counted.
 */
public final class TokenSpans {

    /** An annotation as tokens {@code [start, end)} of one sentence. */
    public record TokenSpan(int start, int end, String type) {
    }

    /** The spans of each sentence, and how many annotations were left out and why. */
    public record Result(List<List<TokenSpan>> sentences, int crossingSentence, int overlapping, int noToken) {

        /** How many annotations were left out. */
        public int leftOut() {
            return crossingSentence + overlapping + noToken;
        }

        /** The counts of the annotations left out, by reason. */
        public LeftOut leftOutByReason() {
            return new LeftOut(crossingSentence, overlapping, noToken);
        }
    }

    /** Counts of annotations left out of a token-based format, by reason. */
    public record LeftOut(int crossingSentence, int overlapping, int noToken) {

        /** Nothing left out. */
        public static final LeftOut NONE = new LeftOut(0, 0, 0);

        /** The sum of both counts. */
        public LeftOut plus(LeftOut other) {
            return new LeftOut(crossingSentence + other.crossingSentence, overlapping + other.overlapping,
                    noToken + other.noToken);
        }

        /** How many in all. */
        public int total() {
            return crossingSentence + overlapping + noToken;
        }

        /** The reasons for people: {@code 2 crossing a sentence end, 1 overlapping another, 0 on no token}. */
        public String reasons() {
            return crossingSentence + " crossing a sentence end, " + overlapping + " overlapping another, " + noToken
                    + " on no token";
        }
    }

    private TokenSpans() {
    }

    /**
     * Places the annotations of {@code types} from {@code document}. With {@code perType}, only
     * annotations of the same type exclude each other (one CoNLL column per type).
     */
    public static Result place(AnnotatedDocument document, TokenizedText tokens, Collection<String> types,
                               boolean perType) {
        List<int[]> index = new ArrayList<>();
        for (int s = 0; s < tokens.sentences().size(); s++) {
            for (int t = 0; t < tokens.sentences().get(s).size(); t++) {
                index.add(new int[] {s, t});
            }
        }
        List<Annotation> annotations = document.annotations().stream()
                .filter(a -> types.contains(a.type()) && a.end() > a.begin())
                .sorted(Comparator.comparingInt(Annotation::begin)
                        .thenComparing(Comparator.comparingInt(Annotation::end).reversed()))
                .toList();
        List<List<TokenSpan>> placed = new ArrayList<>();
        for (int s = 0; s < tokens.sentences().size(); s++) {
            placed.add(new ArrayList<>());
        }
        Map<String, boolean[][]> taken = new HashMap<>();
        int crossing = 0;
        int overlapping = 0;
        int noToken = 0;
        for (Annotation a : annotations) {
            int first = firstTokenEndingAfter(index, tokens, a.begin());
            if (first >= index.size() || token(tokens, index.get(first)).begin() >= a.end()) {
                noToken++;
                continue;
            }
            int last = first;
            while (last + 1 < index.size() && token(tokens, index.get(last + 1)).begin() < a.end()) {
                last++;
            }
            int sentence = index.get(first)[0];
            if (index.get(last)[0] != sentence) {
                crossing++;
                continue;
            }
            boolean[][] used = taken.computeIfAbsent(perType ? a.type() : "", k -> newUsed(tokens));
            int start = index.get(first)[1];
            int end = index.get(last)[1] + 1;
            if (anyUsed(used[sentence], start, end)) {
                overlapping++;
                continue;
            }
            for (int t = start; t < end; t++) {
                used[sentence][t] = true;
            }
            placed.get(sentence).add(new TokenSpan(start, end, a.type()));
        }
        placed.forEach(list -> list.sort(Comparator.comparingInt(TokenSpan::start)));
        return new Result(placed.stream().map(List::copyOf).toList(), crossing, overlapping, noToken);
    }

    private static int firstTokenEndingAfter(List<int[]> index, TokenizedText tokens, int offset) {
        int lo = 0;
        int hi = index.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (token(tokens, index.get(mid)).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static TokenizedText.Token token(TokenizedText tokens, int[] position) {
        return tokens.sentences().get(position[0]).get(position[1]);
    }

    private static boolean[][] newUsed(TokenizedText tokens) {
        boolean[][] used = new boolean[tokens.sentences().size()][];
        for (int s = 0; s < used.length; s++) {
            used[s] = new boolean[tokens.sentences().get(s).size()];
        }
        return used;
    }

    private static boolean anyUsed(boolean[] used, int start, int end) {
        for (int t = start; t < end; t++) {
            if (used[t]) {
                return true;
            }
        }
        return false;
    }
}
