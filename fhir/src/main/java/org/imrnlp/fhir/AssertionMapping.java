package org.imrnlp.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.imrnlp.core.Assertion;

/**
 * How an annotation's {@link Assertion} becomes the status elements FHIR R4 defines for each
 * resource. Negation wins over uncertainty, and uncertainty over history:
 *
 * <table>
 * <caption>assertion to status</caption>
 * <tr><th>assertion</th><th>Condition verification / clinical</th><th>MedicationStatement</th>
 *     <th>Procedure</th><th>Observation</th></tr>
 * <tr><td>affirmed</td><td>confirmed / active</td><td>active</td><td>unknown</td><td>final, value present</td></tr>
 * <tr><td>negated</td><td>refuted / (none)</td><td>not-taken</td><td>not-done</td><td>final, value absent</td></tr>
 * <tr><td>uncertain</td><td>unconfirmed / (none)</td><td>unknown</td><td>unknown</td><td>preliminary</td></tr>
 * <tr><td>historical</td><td>confirmed / inactive</td><td>completed</td><td>completed</td><td>final</td></tr>
 * </table>
 *
 * An affirmed procedure is {@code unknown}, not {@code completed}: a letter names done and
 * requested procedures alike. Statements that are {@code generic} or about someone other than the
 * patient are not the patient's: {@link #isAboutPatient} keeps them out of the patient's resources.
 */
final class AssertionMapping {

    private static final Map<String, String> VERIFICATION_DISPLAY = Map.of(
            "refuted", "Refuted", "unconfirmed", "Unconfirmed", "confirmed", "Confirmed");

    private AssertionMapping() {
    }

    /** Whether the statement is about this patient (not generic, subject {@code patient}). */
    static boolean isAboutPatient(Assertion a) {
        return !a.generic() && a.subject() == Assertion.Subject.PATIENT;
    }

    /** Whether the statement is about the patient's family (and not generic). */
    static boolean isAboutFamily(Assertion a) {
        return !a.generic() && a.subject() == Assertion.Subject.FAMILY;
    }

    static CodeableConcept conditionVerification(Assertion a) {
        String code = a.negated() ? "refuted" : a.uncertain() ? "unconfirmed" : "confirmed";
        return CodeSystems.concept(CodeSystems.CONDITION_VERIFICATION, code, VERIFICATION_DISPLAY.get(code));
    }

    /** The clinical status, or null where the text does not say the patient has the condition. */
    static CodeableConcept conditionClinical(Assertion a) {
        if (a.negated() || a.uncertain()) {
            return null;
        }
        return a.historical()
                ? CodeSystems.concept(CodeSystems.CONDITION_CLINICAL, "inactive", "Inactive")
                : CodeSystems.concept(CodeSystems.CONDITION_CLINICAL, "active", "Active");
    }

    static MedicationStatementStatus medicationStatus(Assertion a) {
        if (a.negated()) {
            return MedicationStatementStatus.NOTTAKEN;
        }
        if (a.uncertain()) {
            return MedicationStatementStatus.UNKNOWN;
        }
        return a.historical() ? MedicationStatementStatus.COMPLETED : MedicationStatementStatus.ACTIVE;
    }

    static ProcedureStatus procedureStatus(Assertion a) {
        if (a.negated()) {
            return ProcedureStatus.NOTDONE;
        }
        return !a.uncertain() && a.historical() ? ProcedureStatus.COMPLETED : ProcedureStatus.UNKNOWN;
    }

    static ObservationStatus observationStatus(Assertion a) {
        return !a.negated() && a.uncertain() ? ObservationStatus.PRELIMINARY : ObservationStatus.FINAL;
    }
}
