package org.imrnlp.annotators.context;

import java.util.Objects;
import org.imrnlp.core.Assertion;

/**
 * The context of one target: its assertion, whether it is hypothetical (cTAKES
 * {@code conditional}), and where its negation cue is.
 *
 * @param assertion   negated, uncertain, historical, generic, subject
 * @param conditional hypothetical ({@code if ...}, {@code whether ...}); such targets are also uncertain
 * @param cueBegin    offset of the negation cue in the assessed text, -1 if the target is not negated
 * @param cueEnd      end offset of the negation cue, -1 if the target is not negated
 */
public record ContextResult(Assertion assertion, boolean conditional, int cueBegin, int cueEnd) {

    /** An affirmed target about the patient, without cue. */
    public static final ContextResult AFFIRMED = new ContextResult(Assertion.AFFIRMED, false, -1, -1);

    public ContextResult {
        Objects.requireNonNull(assertion, "assertion");
    }

    /** Whether a negation cue was found (exactly when the target is negated). */
    public boolean hasCue() {
        return cueBegin >= 0;
    }

    /** This result with its cue offsets moved by {@code by} (assessed in a window starting there). */
    ContextResult shifted(int by) {
        return hasCue() ? new ContextResult(assertion, conditional, cueBegin + by, cueEnd + by) : this;
    }
}
