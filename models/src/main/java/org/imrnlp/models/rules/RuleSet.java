package org.imrnlp.models.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
