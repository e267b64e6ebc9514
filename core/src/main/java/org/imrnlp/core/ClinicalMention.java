package org.imrnlp.core;

/** A clinical annotation: it carries an assertion status. */
public sealed interface ClinicalMention extends Mention permits Medication, Diagnosis, Symptom, ExamFinding, Procedure {

    Assertion assertion();
}
