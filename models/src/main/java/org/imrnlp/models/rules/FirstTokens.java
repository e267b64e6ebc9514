package org.imrnlp.models.rules;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A superset of the tokens a pattern can start with: any token, or tokens with one of some lower
 * forms or of some kinds. {@link RuleSet} indexes rules by it so that most tokens try no rule.
 */
final class FirstTokens {

    static final FirstTokens ANY = new FirstTokens(true, Set.of(), EnumSet.noneOf(TokenArray.Kind.class));
    static final FirstTokens NONE = new FirstTokens(false, Set.of(), EnumSet.noneOf(TokenArray.Kind.class));

    final boolean any;
    final Set<String> lowers;
    final Set<TokenArray.Kind> kinds;

    private FirstTokens(boolean any, Set<String> lowers, Set<TokenArray.Kind> kinds) {
        this.any = any;
        this.lowers = lowers;
        this.kinds = kinds;
    }

    static FirstTokens lowers(Set<String> lowers) {
        return new FirstTokens(false, Set.copyOf(lowers), EnumSet.noneOf(TokenArray.Kind.class));
    }

    static FirstTokens kind(TokenArray.Kind kind) {
        return new FirstTokens(false, Set.of(), EnumSet.of(kind));
    }

    FirstTokens union(FirstTokens o) {
        if (any || o.any) {
            return ANY;
        }
        Set<String> l = new HashSet<>(lowers);
        l.addAll(o.lowers);
        EnumSet<TokenArray.Kind> k = EnumSet.noneOf(TokenArray.Kind.class);
        k.addAll(kinds);
        k.addAll(o.kinds);
        return new FirstTokens(false, Set.copyOf(l), k);
    }

    /** A superset of the tokens both sets hold: the narrower of the two. */
    FirstTokens narrower(FirstTokens o) {
        if (any) {
            return o;
        }
        if (o.any) {
            return this;
        }
        return lowers.size() + kinds.size() <= o.lowers.size() + o.kinds.size() ? this : o;
    }
}
