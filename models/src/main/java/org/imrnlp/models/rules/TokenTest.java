package org.imrnlp.models.rules;

/** A test on one token of a {@link TokenArray}: the {@code [...]} element of a pattern. */
interface TokenTest {

    boolean test(TokenArray tokens, int i);

    /** A superset of the tokens that pass. */
    FirstTokens first();

    static TokenTest and(TokenTest a, TokenTest b) {
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return a.test(t, i) && b.test(t, i);
            }

            public FirstTokens first() {
                return a.first().narrower(b.first());
            }
        };
    }

    static TokenTest or(TokenTest a, TokenTest b) {
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return a.test(t, i) || b.test(t, i);
            }

            public FirstTokens first() {
                return a.first().union(b.first());
            }
        };
    }

    static TokenTest not(TokenTest a) {
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return !a.test(t, i);
            }

            public FirstTokens first() {
                return FirstTokens.ANY;
            }
        };
    }

    static TokenTest any() {
        return new TokenTest() {
            public boolean test(TokenArray t, int i) {
                return true;
            }

            public FirstTokens first() {
                return FirstTokens.ANY;
            }
        };
    }
}
