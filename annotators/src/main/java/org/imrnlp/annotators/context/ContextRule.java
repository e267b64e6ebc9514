package org.imrnlp.annotators.context;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * One phrase of the context rules ({@code context-triggers.tsv}) with its scope behaviour, in the
 * manner of medspaCy's {@code ConTextRule}: a trigger with its category, direction, the target
 * types and sections it applies to, its maximum scope and what terminates it; a pseudo-trigger; or
 * a terminator with the boundary category it belongs to.
 *
 * @param kind          what the phrase does
 * @param category      for a trigger, what it asserts; null otherwise
 * @param direction     for a trigger, which way its scope runs; null otherwise
 * @param boundary      for a terminator, the boundary category that {@code terminatedBy} names
 *                      ({@value #TERMINATE} unless the row says otherwise); null otherwise
 * @param allowedTypes  target types the trigger applies to (lower case); empty: every type
 * @param excludedTypes target types the trigger never applies to (lower case)
 * @param maxScope      the trigger's scope in words each way; 0: the engine's default
 * @param terminatedBy  boundary and trigger categories that end the trigger's scope
 * @param sections      section ids where the trigger applies; empty: everywhere
 */
public record ContextRule(Kind kind, Category category, Direction direction, String boundary,
                          Set<String> allowedTypes, Set<String> excludedTypes, int maxScope,
                          Set<String> terminatedBy, Set<String> sections) {

    /** The boundary category of a terminator row that names none. */
    public static final String TERMINATE = "terminate";

    public ContextRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.TRIGGER && (category == null || direction == null)) {
            throw new IllegalArgumentException("a trigger needs a category and a direction");
        }
        if (maxScope < 0) {
            throw new IllegalArgumentException("max_scope must not be negative: " + maxScope);
        }
        allowedTypes = Set.copyOf(allowedTypes);
        excludedTypes = Set.copyOf(excludedTypes);
        terminatedBy = Set.copyOf(terminatedBy);
        sections = Set.copyOf(sections);
    }

    /** A trigger that applies to every target everywhere, with the default scope, ended by {@code terminatedBy}. */
    public static ContextRule trigger(Category category, Direction direction, Collection<String> terminatedBy) {
        return new ContextRule(Kind.TRIGGER, category, direction, null, Set.of(), Set.of(), 0,
                Set.copyOf(terminatedBy), Set.of());
    }

    /** A pseudo-trigger. */
    public static ContextRule pseudo() {
        return new ContextRule(Kind.PSEUDO, null, null, null, Set.of(), Set.of(), 0, Set.of(), Set.of());
    }

    /** A terminator of the given boundary category. */
    public static ContextRule terminator(String boundary) {
        return new ContextRule(Kind.TERMINATOR, null, null, boundary, Set.of(), Set.of(), 0, Set.of(), Set.of());
    }

    /**
     * Whether this trigger applies to a target of {@code type} (lower case; null when unknown: then
     * only triggers without allowed types apply) in a sentence inside {@code sectionIds}.
     */
    public boolean appliesTo(String type, Set<String> sectionIds) {
        if (!allowedTypes.isEmpty() && (type == null || !allowedTypes.contains(type))) {
            return false;
        }
        if (type != null && excludedTypes.contains(type)) {
            return false;
        }
        if (sections.isEmpty()) {
            return true;
        }
        for (String id : sectionIds) {
            if (sections.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase {@code other} ends this trigger's scope (a terminator or trigger of a category it names). */
    public boolean isTerminatedBy(ContextRule other) {
        return switch (other.kind()) {
            case TERMINATOR -> terminatedBy.contains(other.boundary());
            case TRIGGER -> terminatedBy.contains(other.category().label());
            case PSEUDO -> false;
        };
    }

    /** What a phrase does. */
    public enum Kind {
        /** Changes the assertion of the targets in its scope. */
        TRIGGER,
        /** Looks like a trigger ({@code no increase}) but is none; hides the triggers it overlaps. */
        PSEUDO,
        /** Ends the scopes of the triggers terminated by its boundary category ({@code but}, {@code which}). */
        TERMINATOR
    }

    /** What a trigger asserts. */
    public enum Category {
        NEGATED, UNCERTAIN,
        /** Uncertain, and cTAKES {@code conditional}. */
        HYPOTHETICAL,
        HISTORICAL, FAMILY, OTHER, GENERIC;

        /** The name in the data files: lower case. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which way a trigger's scope runs. */
    public enum Direction {
        FORWARD, BACKWARD, BOTH,
        /** The whole sentence: terminators and maximum scope ignored. */
        SENTENCE
    }
}
