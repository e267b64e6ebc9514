package org.imrnlp.core.cas;

import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.imrnlp.core.Assertion;

/**
 * The cTAKES encoding of assertion status on {@link IdentifiedAnnotation}, named: cTAKES keeps
 * these as bare integers and strings.
 */
public final class AssertionCodes {

    /** {@code polarity} of a negated annotation. */
    public static final int NEGATED = -1;
    /** {@code polarity} of an affirmed annotation. */
    public static final int AFFIRMED = 1;
    /** {@code uncertainty} and {@code historyOf} value meaning "present". */
    public static final int PRESENT = 1;
    /** {@code uncertainty} and {@code historyOf} value meaning "absent". */
    public static final int ABSENT = 0;
    /** {@code subject} values used by cTAKES. */
    public static final String SUBJECT_PATIENT = "patient";
    public static final String SUBJECT_FAMILY = "family_member";
    public static final String SUBJECT_OTHER = "other";

    private AssertionCodes() {
    }

    /** The assertion status of {@code a}; an unset polarity (0) counts as affirmed. */
    public static Assertion read(IdentifiedAnnotation a) {
        String subject = a.getSubject();
        Assertion.Subject s = subject == null || subject.isEmpty() || SUBJECT_PATIENT.equals(subject)
                ? Assertion.Subject.PATIENT
                : SUBJECT_FAMILY.equals(subject) ? Assertion.Subject.FAMILY : Assertion.Subject.OTHER;
        return new Assertion(a.getPolarity() == NEGATED, a.getUncertainty() == PRESENT || a.getConditional(),
                a.getHistoryOf() == PRESENT, a.getGeneric(), s);
    }

    /** Sets {@code a} to affirmed, certain, current, specific, about the patient. */
    public static void setDefaults(IdentifiedAnnotation a) {
        a.setPolarity(AFFIRMED);
        a.setUncertainty(ABSENT);
        a.setHistoryOf(ABSENT);
        a.setConditional(false);
        a.setGeneric(false);
        a.setSubject(SUBJECT_PATIENT);
    }
}
