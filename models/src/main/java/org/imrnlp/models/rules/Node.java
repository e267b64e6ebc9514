package org.imrnlp.models.rules;

import java.util.List;
import java.util.Set;

/**
 * A compiled pattern element, matched by backtracking over a {@link TokenArray}: {@link #match}
 * tries each way the element can match at token {@code i}, in order of preference, and calls the
 * continuation with the token after it until the continuation accepts.
 */
abstract class Node {

    /** What follows an element: accepts the match when the rest of the pattern matches from {@code i}. */
    interface Next {
        boolean at(int i);
    }

    /** The state of one match attempt: the tokens and the capture bounds (token indices, -1 unset). */
    static final class State {
        final TokenArray tokens;
        int[] captures;

        State(TokenArray tokens, int captureCount) {
            this.tokens = tokens;
            this.captures = new int[captureCount * 2];
        }
    }

    abstract boolean match(State s, int i, Next next);

    /** The fewest tokens the element consumes. */
    abstract int minLength();

    /** The most tokens the element consumes; {@link Integer#MAX_VALUE} when unbounded. */
    abstract int maxLength();

    /** A superset of the first tokens of this element followed by what starts with {@code follow}. */
    abstract FirstTokens first(FirstTokens follow);

    /**
     * Lower forms one of which every match of this element consumes, or null when there are none
     * such (the anchors of {@link RuleSet#anchors()}).
     */
    abstract Set<String> anchors();

    /**
     * The most tokens a match of this element consumes or looks at, look-arounds included;
     * {@link Integer#MAX_VALUE} when unbounded.
     */
    abstract int reach();

    /**
     * For an element with {@link #anchors()}: how many tokens before and after its anchor token a
     * match may consume or look at, {@code {before, after}}; null without anchors.
     */
    int[] around() {
        return anchors() == null ? null : new int[] {0, 0};
    }

    /** The most tokens a look-around inside this element may look at. */
    int lookReach() {
        return 0;
    }

    static int add(int a, int b) {
        return (int) Math.min((long) a + b, Integer.MAX_VALUE);
    }

    /** The more selective of two anchor sets (fewer forms, then longer ones); null when both are. */
    static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.size() != b.size()) {
            return a.size() < b.size() ? a : b;
        }
        int la = a.stream().mapToInt(String::length).min().orElse(0);
        int lb = b.stream().mapToInt(String::length).min().orElse(0);
        return la >= lb ? a : b;
    }

    /** One token passing a test. */
    static final class Token extends Node {
        private final TokenTest test;

        Token(TokenTest test) {
            this.test = test;
        }

        boolean match(State s, int i, Next next) {
            return i < s.tokens.size() && test.test(s.tokens, i) && next.at(i + 1);
        }

        int minLength() {
            return 1;
        }

        int maxLength() {
            return 1;
        }

        Set<String> anchors() {
            FirstTokens f = test.first();
            return f.any || !f.kinds.isEmpty() || f.lowers.isEmpty() ? null : f.lowers;
        }

        int reach() {
            return 1;
        }

        FirstTokens first(FirstTokens follow) {
            return test.first();
        }
    }

    /** One phrase of a lexicon, the longest first. */
    static final class Phrase extends Node {
        private final Lexicon lexicon;

        Phrase(Lexicon lexicon) {
            this.lexicon = lexicon;
        }

        boolean match(State s, int i, Next next) {
            if (i >= s.tokens.size() || !lexicon.firstWords().contains(s.tokens.lower(i))) {
                return false;
            }
            int[] lengths = new int[lexicon.maxLength()];
            int n = lexicon.lengths(s.tokens, i, lengths);
            for (int k = 0; k < n; k++) {
                if (next.at(i + lengths[k])) {
                    return true;
                }
            }
            return false;
        }

        int minLength() {
            return lexicon.minLength();
        }

        int maxLength() {
            return lexicon.maxLength();
        }

        /** Every match consumes one of the lexicon's first words, as its first token. */
        Set<String> anchors() {
            return lexicon.firstWords();
        }

        /** The anchor is the phrase's first token; the rest of the longest phrase follows it. */
        int[] around() {
            return new int[] {0, lexicon.maxLength() - 1};
        }

        int reach() {
            return lexicon.maxLength();
        }

        FirstTokens first(FirstTokens follow) {
            return FirstTokens.lowers(lexicon.firstWords());
        }
    }

    /** Elements one after the other. */
    static final class Sequence extends Node {
        private final Node[] parts;

        Sequence(List<Node> parts) {
            this.parts = parts.toArray(new Node[0]);
        }

        boolean match(State s, int i, Next next) {
            return from(0, s, i, next);
        }

        /**
         * Matches parts {@code k...} from token {@code i}. A negative look-around is a pure test
         * of its place, so it is checked once the rest of the sequence has matched: most attempts
         * fail on a cheap token test before reaching it.
         */
        private boolean from(int k, State s, int i, Next next) {
            if (k == parts.length) {
                return next.at(i);
            }
            if (parts[k] instanceof Look look && look.negative) {
                int[] holds = {-1};
                return from(k + 1, s, i, p -> {
                    if (holds[0] < 0) {
                        holds[0] = look.holds(s, i) ? 1 : 0;
                    }
                    return holds[0] == 1 && next.at(p);
                });
            }
            return parts[k].match(s, i, p -> from(k + 1, s, p, next));
        }

        int minLength() {
            int n = 0;
            for (Node p : parts) {
                n += p.minLength();
            }
            return n;
        }

        int maxLength() {
            long n = 0;
            for (Node p : parts) {
                n += p.maxLength();
            }
            return (int) Math.min(n, Integer.MAX_VALUE);
        }

        Set<String> anchors() {
            Set<String> best = null;
            for (Node p : parts) {
                best = better(best, p.anchors());
            }
            return best;
        }

        int reach() {
            int n = 0;
            for (Node p : parts) {
                n = add(n, p.reach());
            }
            return n;
        }

        int[] around() {
            Set<String> best = null;
            int k = -1;
            for (int j = 0; j < parts.length; j++) {
                Set<String> b = better(best, parts[j].anchors());
                if (b != best) {
                    best = b;
                    k = j;
                }
            }
            if (k < 0) {
                return null;
            }
            int[] a = parts[k].around();
            int before = a[0];
            int after = a[1];
            for (int j = 0; j < parts.length; j++) {
                if (j < k) {
                    before = add(before, parts[j].reach());
                    after = add(after, parts[j].lookReach());
                } else if (j > k) {
                    after = add(after, parts[j].reach());
                    before = add(before, parts[j].lookReach());
                }
            }
            return new int[] {before, after};
        }

        int lookReach() {
            int n = 0;
            for (Node p : parts) {
                n = Math.max(n, p.lookReach());
            }
            return n;
        }

        FirstTokens first(FirstTokens follow) {
            FirstTokens f = follow;
            for (int k = parts.length - 1; k >= 0; k--) {
                f = parts[k].first(f);
            }
            return f;
        }
    }

    /** Alternatives, tried in order. */
    static final class Alternation extends Node {
        private final Node[] alternatives;

        Alternation(List<Node> alternatives) {
            this.alternatives = alternatives.toArray(new Node[0]);
        }

        boolean match(State s, int i, Next next) {
            for (Node a : alternatives) {
                if (a.match(s, i, next)) {
                    return true;
                }
            }
            return false;
        }

        int minLength() {
            int n = Integer.MAX_VALUE;
            for (Node a : alternatives) {
                n = Math.min(n, a.minLength());
            }
            return n;
        }

        int maxLength() {
            int n = 0;
            for (Node a : alternatives) {
                n = Math.max(n, a.maxLength());
            }
            return n;
        }

        Set<String> anchors() {
            Set<String> all = new java.util.HashSet<>();
            for (Node a : alternatives) {
                Set<String> s = a.anchors();
                if (s == null) {
                    return null;
                }
                all.addAll(s);
            }
            return Set.copyOf(all);
        }

        int reach() {
            int n = 0;
            for (Node a : alternatives) {
                n = Math.max(n, a.reach());
            }
            return n;
        }

        int[] around() {
            if (anchors() == null) {
                return null;
            }
            int[] r = {0, 0};
            for (Node a : alternatives) {
                int[] x = a.around();
                r[0] = Math.max(r[0], x[0]);
                r[1] = Math.max(r[1], x[1]);
            }
            return r;
        }

        int lookReach() {
            int n = 0;
            for (Node a : alternatives) {
                n = Math.max(n, a.lookReach());
            }
            return n;
        }

        FirstTokens first(FirstTokens follow) {
            FirstTokens f = FirstTokens.NONE;
            for (Node a : alternatives) {
                f = f.union(a.first(follow));
            }
            return f;
        }
    }

    /** An element repeated {@code min} to {@code max} times, greedily. */
    static final class Repeat extends Node {
        private final Node body;
        private final int min;
        private final int max;

        Repeat(Node body, int min, int max) {
            this.body = body;
            this.min = min;
            this.max = max;
        }

        boolean match(State s, int i, Next next) {
            return times(0, s, i, next);
        }

        private boolean times(int count, State s, int i, Next next) {
            if (count < max && body.match(s, i, p -> (p != i || count < min) && times(count + 1, s, p, next))) {
                return true;
            }
            return count >= min && next.at(i);
        }

        int minLength() {
            return (int) Math.min((long) min * body.minLength(), Integer.MAX_VALUE);
        }

        int maxLength() {
            if (body.maxLength() == 0) {
                return 0;
            }
            if (max == Integer.MAX_VALUE || body.maxLength() == Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            return (int) Math.min((long) max * body.maxLength(), Integer.MAX_VALUE);
        }

        Set<String> anchors() {
            return min == 0 ? null : body.anchors();
        }

        int reach() {
            int r = body.reach();
            if (r == 0) {
                return 0;
            }
            return max == Integer.MAX_VALUE || r == Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : (int) Math.min((long) max * r, Integer.MAX_VALUE);
        }

        int[] around() {
            if (anchors() == null) {
                return null;
            }
            int[] b = body.around();
            int others = max == Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : (int) Math.min((long) (max - 1) * body.reach(), Integer.MAX_VALUE);
            return new int[] {add(b[0], others), add(b[1], others)};
        }

        int lookReach() {
            return body.lookReach();
        }

        FirstTokens first(FirstTokens follow) {
            FirstTokens f = body.first(follow);
            return min == 0 ? f.union(follow) : f;
        }
    }

    /** A named capture: records the tokens its element matched. */
    static final class Capture extends Node {
        private final Node body;
        private final int index;

        Capture(Node body, int index) {
            this.body = body;
            this.index = index;
        }

        boolean match(State s, int i, Next next) {
            return body.match(s, i, p -> {
                int oldBegin = s.captures[2 * index];
                int oldEnd = s.captures[2 * index + 1];
                s.captures[2 * index] = i;
                s.captures[2 * index + 1] = p;
                if (next.at(p)) {
                    return true;
                }
                s.captures[2 * index] = oldBegin;
                s.captures[2 * index + 1] = oldEnd;
                return false;
            });
        }

        int minLength() {
            return body.minLength();
        }

        int maxLength() {
            return body.maxLength();
        }

        Set<String> anchors() {
            return body.anchors();
        }

        int reach() {
            return body.reach();
        }

        int[] around() {
            return body.around();
        }

        int lookReach() {
            return body.lookReach();
        }

        FirstTokens first(FirstTokens follow) {
            return body.first(follow);
        }
    }

    /**
     * A zero-width look-around: ahead, its element must (or must not) match from here; behind,
     * it must (or must not) match ending here, starting at most its maximum length back (the
     * shortest tried first). Captures inside a positive look-around keep what it matched.
     */
    static final class Look extends Node {
        private final Node body;
        private final boolean behind;
        private final boolean negative;

        Look(Node body, boolean behind, boolean negative) {
            this.body = body;
            this.behind = behind;
            this.negative = negative;
        }

        /** Whether this negative look-around holds at {@code i}; leaves the captures as they were. */
        boolean holds(State s, int i) {
            int[] saved = s.captures.clone();
            boolean found = behind ? behind(s, i) : body.match(s, i, p -> true);
            s.captures = saved;
            return !found;
        }

        boolean match(State s, int i, Next next) {
            int[] saved = s.captures.clone();
            boolean found = behind ? behind(s, i) : body.match(s, i, p -> true);
            if (found == negative) {
                s.captures = saved;
                return false;
            }
            if (negative) {
                s.captures = saved;
            }
            if (next.at(i)) {
                return true;
            }
            s.captures = saved;
            return false;
        }

        private boolean behind(State s, int i) {
            int farthest = Math.max(0, i - body.maxLength());
            for (int start = i - body.minLength(); start >= farthest; start--) {
                if (body.match(s, start, p -> p == i)) {
                    return true;
                }
            }
            return false;
        }

        int minLength() {
            return 0;
        }

        int maxLength() {
            return 0;
        }

        Set<String> anchors() {
            return null;
        }

        int reach() {
            return body.reach();
        }

        int lookReach() {
            return body.reach();
        }

        FirstTokens first(FirstTokens follow) {
            return follow;
        }
    }
}
