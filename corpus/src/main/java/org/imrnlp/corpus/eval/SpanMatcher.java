package org.imrnlp.corpus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrnlp.core.json.Annotation;

/**
 * One-to-one matching of the gold and predicted annotations of one type in one document.
 * Exact spans are paired first (the strict matches); the rest are paired by overlap with a
 * maximum bipartite matching (augmenting paths), trying the largest overlap first, so that as
 * many gold annotations as possible are matched and each at most once.
 */
final class SpanMatcher {

    private SpanMatcher() {
    }

    /**
     * The matching: {@code predOf[g]} is the index of the prediction matched to gold {@code g}, or -1;
     * {@code exact[g]} says whether that match has the same span.
     */
    record Matching(int[] predOf, boolean[] exact) {

        int strictMatches() {
            int n = 0;
            for (boolean e : exact) {
                n += e ? 1 : 0;
            }
            return n;
        }

        int lenientMatches() {
            int n = 0;
            for (int p : predOf) {
                n += p >= 0 ? 1 : 0;
            }
            return n;
        }
    }

    static Matching match(List<Annotation> gold, List<Annotation> pred) {
        int[] predOf = new int[gold.size()];
        int[] goldOf = new int[pred.size()];
        Arrays.fill(predOf, -1);
        Arrays.fill(goldOf, -1);
        boolean[] exact = new boolean[gold.size()];

        Map<Long, List<Integer>> bySpan = new HashMap<>();
        for (int p = 0; p < pred.size(); p++) {
            bySpan.computeIfAbsent(key(pred.get(p)), k -> new ArrayList<>()).add(p);
        }
        for (int g = 0; g < gold.size(); g++) {
            List<Integer> same = bySpan.get(key(gold.get(g)));
            if (same != null && !same.isEmpty()) {
                int p = same.remove(0);
                predOf[g] = p;
                goldOf[p] = g;
                exact[g] = true;
            }
        }

        List<List<Integer>> candidates = new ArrayList<>(gold.size());
        for (int g = 0; g < gold.size(); g++) {
            List<Integer> list = new ArrayList<>();
            if (predOf[g] < 0) {
                Annotation a = gold.get(g);
                for (int p = 0; p < pred.size(); p++) {
                    if (goldOf[p] < 0 && overlap(a, pred.get(p)) > 0) {
                        list.add(p);
                    }
                }
                list.sort(Comparator.comparingInt((Integer p) -> -overlap(a, pred.get(p)))
                        .thenComparingInt(p -> Math.abs(pred.get(p).begin() - a.begin())));
            }
            candidates.add(list);
        }
        for (int g = 0; g < gold.size(); g++) {
            if (predOf[g] < 0 && !candidates.get(g).isEmpty()) {
                augment(g, candidates, predOf, goldOf, new boolean[pred.size()]);
            }
        }
        return new Matching(predOf, exact);
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] predOf, int[] goldOf,
                                   boolean[] visited) {
        for (int p : candidates.get(g)) {
            if (visited[p]) {
                continue;
            }
            visited[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], candidates, predOf, goldOf, visited)) {
                predOf[g] = p;
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }

    private static long key(Annotation a) {
        return ((long) a.begin() << 32) | a.end();
    }

    /** Characters both spans cover. */
    static int overlap(Annotation a, Annotation b) {
        return Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
    }
}
