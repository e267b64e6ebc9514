package org.imrnlp.models.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Compiled rules with an index of the tokens each can start with. {@link #findAll} scans the
 * tokens left to right; at each token it tries only the rules indexed for that token's lower
 * form or kind (and rules that can start anywhere). Among rules matching at one token the
 * longest match wins, then the earlier rule; the scan goes on after the match, so matches never
 * overlap. Immutable and thread-safe.
 */
public final class RuleSet {

    private final String name;
    private final List<TokenRule> rules;
    private final Map<String, int[]> byLower = new HashMap<>();
    private final Map<TokenArray.Kind, int[]> byKind = new EnumMap<>(TokenArray.Kind.class);
    private final int[] anywhere;
    private final int maxCaptures;
    private final Set<String> anchors;
    private final Map<String, int[]> reachByAnchor = new HashMap<>();

    RuleSet(String name, List<TokenRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> lowers = new HashMap<>();
        Map<TokenArray.Kind, List<Integer>> kinds = new EnumMap<>(TokenArray.Kind.class);
        List<Integer> any = new ArrayList<>();
        int captures = 0;
        for (int r = 0; r < rules.size(); r++) {
            FirstTokens f = rules.get(r).first();
            captures = Math.max(captures, rules.get(r).captureNames().size());
            if (f.any) {
                any.add(r);
                continue;
            }
            for (String l : f.lowers) {
                lowers.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
            }
            for (TokenArray.Kind k : f.kinds) {
                kinds.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        lowers.forEach((k, v) -> byLower.put(k, toArray(v)));
        kinds.forEach((k, v) -> byKind.put(k, toArray(v)));
        anywhere = toArray(any);
        maxCaptures = captures;
        boolean anchored = true;
        for (TokenRule r : rules) {
            Set<String> a = r.anchors();
            int[] around = r.around();
            if (a == null || around[0] == Integer.MAX_VALUE || around[1] == Integer.MAX_VALUE) {
                anchored = false;
                break;
            }
            for (String anchor : a) {
                reachByAnchor.merge(anchor, around.clone(),
                        (x, y) -> new int[] {Math.max(x[0], y[0]), Math.max(x[1], y[1])});
            }
        }
        anchors = anchored ? Set.copyOf(reachByAnchor.keySet()) : null;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The name of the file the rules came from. */
    public String name() {
        return name;
    }

    /** The rules, in file order. */
    public List<TokenRule> rules() {
        return rules;
    }

    /**
     * Lower forms one of which every match of every rule consumes, when all rules have such
     * anchors and bounded reaches; else null. A caller may then match only windows from
     * {@link #before(String)} tokens before each anchor token to {@link #after(String)} tokens
     * after it, with the same result as matching all tokens: windows that overlap must be merged
     * into one.
     */
    public Set<String> anchors() {
        return anchors;
    }

    /** The most tokens before the anchor token {@code anchor} that a match consumes or looks at. */
    public int before(String anchor) {
        return reachByAnchor.getOrDefault(anchor, new int[2])[0];
    }

    /** The most tokens after the anchor token {@code anchor} that a match consumes or looks at. */
    public int after(String anchor) {
        return reachByAnchor.getOrDefault(anchor, new int[2])[1];
    }

    /** The non-overlapping matches in {@code tokens}, left to right. */
    public List<RuleMatch> findAll(TokenArray tokens) {
        List<RuleMatch> matches = new ArrayList<>();
        Node.State state = new Node.State(tokens, maxCaptures);
        int[] bestCaptures = new int[maxCaptures * 2];
        int[] triedAt = new int[rules.size()];
        java.util.Arrays.fill(triedAt, -1);
        int i = 0;
        while (i < tokens.size()) {
            int bestRule = -1;
            int bestEnd = -1;
            int[][] candidates = {byLower.get(tokens.lower(i)), byKind.get(tokens.kind(i)), anywhere};
            for (int[] list : candidates) {
                if (list == null) {
                    continue;
                }
                for (int r : list) {
                    if (triedAt[r] == i) {
                        continue;
                    }
                    triedAt[r] = i;
                    int end = rules.get(r).matchAt(state, i);
                    if (end > bestEnd || end == bestEnd && end > 0 && r < bestRule) {
                        bestEnd = end;
                        bestRule = r;
                        System.arraycopy(state.captures, 0, bestCaptures, 0, state.captures.length);
                    }
                }
            }
            if (bestRule < 0) {
                i++;
                continue;
            }
            TokenRule rule = rules.get(bestRule);
            matches.add(RuleMatch.of(rule, i, bestEnd, bestCaptures));
            i = bestEnd;
        }
        return matches;
    }
}
