package org.imrnlp.annotators.context;

import java.util.Locale;
import java.util.Objects;

/**
 * One phrase of the context rules ({@code context-triggers.tsv}): a trigger with its category and
 * direction, a pseudo-trigger, or a terminator.
 *
 * @param kind      what the phrase does
 * @param category  for a trigger, what it asserts; null otherwise
 * @param direction for a trigger, which way its scope runs; null otherwise
 */
public record ContextRule(Kind kind, Category category, Direction direction) {

    public ContextRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.TRIGGER && (category == null || direction == null)) {
            throw new IllegalArgumentException("a trigger needs a category and a direction");
        }
    }

    /** What a phrase does. */
    public enum Kind {
        /** Changes the assertion of the targets in its scope. */
        TRIGGER,
        /** Looks like a trigger ({@code no increase}) but is none; hides the triggers it overlaps. */
        PSEUDO,
        /** Ends a scope ({@code but}, {@code which}). */
        TERMINATOR
    }

    /** What a trigger asserts. */
    public enum Category {
        NEGATED, UNCERTAIN, HYPOTHETICAL, HISTORICAL, FAMILY, OTHER, GENERIC,
        /** A test's result ({@code was negative}): negates a finding, not the test it is said of. */
        RESULT,
        /** Generic only inside a guideline section (a decision rationale). */
        GUIDELINE
    }

    /** Which way a trigger's scope runs. */
    public enum Direction {
        FORWARD, BACKWARD, BOTH,
        /** The whole sentence, terminators ignored. */
        SENTENCE
    }

    /** Parses the data file's cells; names are case-insensitive. */
    static ContextRule parse(String kind, String category, String direction) {
        Kind k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        if (k != Kind.TRIGGER) {
            return new ContextRule(k, null, null);
        }
        return new ContextRule(k, Category.valueOf(category.toUpperCase(Locale.ROOT)),
                Direction.valueOf(direction.toUpperCase(Locale.ROOT)));
    }
}
