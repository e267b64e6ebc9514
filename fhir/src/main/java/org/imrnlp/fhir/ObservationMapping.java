package org.imrnlp.fhir;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.Annotation;

/**
 * The annotations that become {@link Observation}s: exam findings, symptoms, pain scores, the date
 * of injury and the patient's age. A finding or symptom has the value SNOMED CT {@code Present}, or
 * {@code Absent} where negated ({@code no spasm}, {@code denies numbness}), unless the text gives
 * a value ({@code 80 degrees}, {@code +1}).
 */
final class ObservationMapping {

    private static final Map<String, String[]> INTERPRETATIONS = Map.of(
            "positive", new String[] {"POS", "Positive"},
            "negative", new String[] {"NEG", "Negative"},
            "normal", new String[] {"N", "Normal"},
            "abnormal", new String[] {"A", "Abnormal"},
            "decreased", new String[] {"L", "Low"},
            "increased", new String[] {"H", "High"});
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern NUMBER_RANGE = Pattern.compile("(" + NUMBER + ")\\s*-\\s*(" + NUMBER + ")");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern DEGREES = Pattern.compile("(" + NUMBER + ") degrees?");

    private ObservationMapping() {
    }

    /** An exam finding: category {@code exam}, code the test, interpretation from its result. */
    static Observation examFinding(Annotation a, Assertion assertion, Reference patient) {
        String test = a.attribute("test");
        Observation o = observation(a, AssertionMapping.observationStatus(assertion), patient,
                test != null && !test.equals("other") ? CodeSystems.text(test) : CodeSystems.coveredText(a));
        o.addCategory(CodeSystems.concept(CodeSystems.OBSERVATION_CATEGORY, "exam", "Exam"));
        setBodySite(o, a);
        String[] interpretation = a.attribute("result") == null ? null : INTERPRETATIONS.get(a.attribute("result"));
        if (interpretation != null && !assertion.negated()) {
            o.addInterpretation(CodeSystems.concept(CodeSystems.OBSERVATION_INTERPRETATION, interpretation[0],
                    interpretation[1]).setText(a.attribute("result")));
        }
        String value = a.attribute("value");
        Matcher degrees = value == null ? null : DEGREES.matcher(value);
        if (assertion.negated() || value == null) {
            o.setValue(presence(assertion));
        } else if (degrees.matches()) {
            o.setValue(new Quantity().setValue(new BigDecimal(degrees.group(1))).setUnit("degrees")
                    .setSystem(CodeSystems.UCUM).setCode("deg"));
        } else {
            o.setValue(new StringType(value));
        }
        return o;
    }

    /** A symptom the patient reports: code its text, value present or absent. */
    static Observation symptom(Annotation a, Assertion assertion, Reference patient) {
        Observation o = observation(a, AssertionMapping.observationStatus(assertion), patient, CodeSystems.coveredText(a));
        setBodySite(o, a);
        o.setValue(presence(assertion));
        return o;
    }

    /**
     * A pain score: category {@code survey}; on a 0-10 scale LOINC 72514-3; the value a
     * {@code {score}} quantity (or range, {@code 6-7}); the context ({@code with medications}) a note.
     */
    static Observation painScore(Annotation a, Reference patient) {
        CodeableConcept code = "10".equals(a.attribute("scale"))
                ? CodeSystems.concept(CodeSystems.LOINC, "72514-3",
                        "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
                : new CodeableConcept();
        Observation o = observation(a, ObservationStatus.FINAL, patient, code.setText("pain score"));
        o.addCategory(CodeSystems.concept(CodeSystems.OBSERVATION_CATEGORY, "survey", "Survey"));
        String value = a.attribute("value") == null ? "" : a.attribute("value");
        Matcher range = NUMBER_RANGE.matcher(value);
        if (NUMBER.matcher(value).matches()) {
            o.setValue(score(new Quantity(), value));
        } else if (range.matches()) {
            o.setValue(new Range().setLow(score(new SimpleQuantity(), range.group(1)))
                    .setHigh(score(new SimpleQuantity(), range.group(2))));
        } else {
            o.setValue(new StringType(a.text().strip()));
        }
        if (a.attribute("scale") != null && !"10".equals(a.attribute("scale"))) {
            o.addNote(new org.hl7.fhir.r4.model.Annotation().setText("scale 0-" + a.attribute("scale")));
        }
        if (a.attribute("context") != null) {
            o.addNote(new org.hl7.fhir.r4.model.Annotation().setText(a.attribute("context")));
        }
        return o;
    }

    /** The date of injury: LOINC 11368-8, the date as precise as written. */
    static Observation dateOfInjury(Annotation a, Reference patient) {
        Observation o = observation(a, ObservationStatus.FINAL, patient, CodeSystems.concept(CodeSystems.LOINC,
                "11368-8", "Illness or injury onset date and time").setText("date of injury"));
        String iso = a.attribute("iso");
        if (iso != null && ISO_DATE.matcher(iso).matches()) {
            o.setValue(new DateTimeType(iso));
        } else {
            o.setValue(new StringType(a.text().strip()));
        }
        return o;
    }

    /** The patient's age in years: LOINC 30525-0. */
    static Observation age(Annotation a, Reference patient) {
        Observation o = observation(a, ObservationStatus.FINAL, patient,
                CodeSystems.concept(CodeSystems.LOINC, "30525-0", "Age").setText("age"));
        o.setValue(new Quantity().setValue(new BigDecimal(a.attribute("age"))).setUnit("years")
                .setSystem(CodeSystems.UCUM).setCode("a"));
        return o;
    }

    private static Observation observation(Annotation a, ObservationStatus status,
                                           Reference patient, CodeableConcept code) {
        return new Observation().setStatus(status).setCode(code).setSubject(patient);
    }

    private static void setBodySite(Observation o, Annotation a) {
        String site = BodySite.text(a);
        if (site != null) {
            o.setBodySite(CodeSystems.text(site));
        }
    }

    private static CodeableConcept presence(Assertion assertion) {
        return assertion.negated()
                ? CodeSystems.concept(CodeSystems.SNOMED_CT, "2667000", "Absent").setText("absent")
                : CodeSystems.concept(CodeSystems.SNOMED_CT, "52101004", "Present").setText("present");
    }

    private static <Q extends Quantity> Q score(Q q, String value) {
        q.setValue(new BigDecimal(value)).setUnit("score").setSystem(CodeSystems.UCUM).setCode("{score}");
        return q;
    }
}
