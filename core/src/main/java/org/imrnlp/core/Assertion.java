package org.imrnlp.core;

import java.util.Objects;

/**
 * The assertion status of a clinical annotation.
 *
 * @param negated    the statement is negated ({@code denies suicidal ideations})
 * @param uncertain  hedged or hypothetical ({@code might be a candidate for ...})
 * @param historical in the past ({@code history of suicide attempt})
 * @param generic    said of treatment in general, as guideline text is, not of this patient
 * @param subject    whom it is about
 */
public record Assertion(boolean negated, boolean uncertain, boolean historical, boolean generic, Subject subject) {

    /** An affirmed statement about the patient. */
    public static final Assertion AFFIRMED = new Assertion(false, false, false, false, Subject.PATIENT);

    public Assertion {
        Objects.requireNonNull(subject, "subject");
    }

    /** Whom a statement is about. */
    public enum Subject {
        PATIENT("patient"), FAMILY("family"), OTHER("other");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        /** The JSON label: {@code patient}, {@code family}, {@code other}. */
        public String label() {
            return label;
        }

        /** The subject with the given label; unknown labels are {@link #OTHER}. */
        public static Subject fromLabel(String label) {
            for (Subject s : values()) {
                if (s.label.equalsIgnoreCase(label)) {
                    return s;
                }
            }
            return OTHER;
        }
    }
}
