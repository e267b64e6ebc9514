package org.imrnlp.models.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A match of a {@link TokenRule}: the token range of the whole match, the span it annotates
 * (the {@code span} capture, or the whole match) and the token range of each capture that
 * matched. Token ranges are {@code [from, to)} indices into the {@link TokenArray}.
 */
public record RuleMatch(TokenRule rule, int from, int to, int spanFrom, int spanTo, Map<String, int[]> captures) {

    static RuleMatch of(TokenRule rule, int from, int to, int[] bounds) {
        Map<String, int[]> captures = new LinkedHashMap<>();
        for (int c = 0; c < rule.captureNames().size(); c++) {
            if (bounds[2 * c] >= 0) {
                captures.put(rule.captureNames().get(c), new int[] {bounds[2 * c], bounds[2 * c + 1]});
            }
        }
        int[] span = captures.getOrDefault(TokenRule.SPAN, new int[] {from, to});
        return new RuleMatch(rule, from, to, span[0], span[1], Collections.unmodifiableMap(captures));
    }

    /**
     * The text of capture {@code name} ({@link TokenArray#join}), or the rule's fixed attribute
     * of that name, or null when neither is there.
     */
    public String value(String name, TokenArray tokens) {
        int[] range = captures.get(name);
        if (range != null) {
            return tokens.join(range[0], range[1]);
        }
        return rule.attributes().get(name);
    }
}
