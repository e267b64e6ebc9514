package org.imrnlp.models.rules;

import java.util.List;
import java.util.Map;

/**
 * One compiled rule: its id, where it was written, its pattern, the names of its captures (in
 * index order) and the fixed attributes it sets on every match.
 */
public final class TokenRule {

    /** The capture that, when present, gives the annotation's span instead of the whole match. */
    public static final String SPAN = "span";

    private final String id;
    private final String source;
    private final Node pattern;
    private final List<String> captureNames;
    private final Map<String, String> attributes;
    private final FirstTokens first;

    TokenRule(String id, String source, Node pattern, List<String> captureNames, Map<String, String> attributes) {
        this.id = id;
        this.source = source;
        this.pattern = pattern;
        this.captureNames = List.copyOf(captureNames);
        this.attributes = Map.copyOf(attributes);
        this.first = pattern.first(FirstTokens.NONE);
    }

    /** The rule id, unique in its file. */
    public String id() {
        return id;
    }

    /** Where the rule was written: {@code file:line}. */
    public String source() {
        return source;
    }

    /** The names of the rule's captures. */
    public List<String> captureNames() {
        return captureNames;
    }

    /** The fixed attributes of the rule ({@code scale=VAS}). */
    public Map<String, String> attributes() {
        return attributes;
    }

    FirstTokens first() {
        return first;
    }

    /** Lower forms one of which every match consumes, or null. */
    java.util.Set<String> anchors() {
        return pattern.anchors();
    }

    /** How many tokens before and after its anchor a match may consume or look at, or null. */
    int[] around() {
        return pattern.around();
    }

    /** The end of the first match at token {@code i} (its captures in {@code state}), or -1. */
    int matchAt(Node.State state, int i) {
        java.util.Arrays.fill(state.captures, -1);
        int[] end = {-1};
        pattern.match(state, i, p -> {
            end[0] = p;
            return p > i;
        });
        return end[0] > i ? end[0] : -1;
    }
}
