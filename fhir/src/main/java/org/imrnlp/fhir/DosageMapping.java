package org.imrnlp.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Dosage.DosageDoseAndRateComponent;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.EventTiming;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.imrnlp.core.json.Annotation;

/**
 * One medication's {@code Dose} annotations as a FHIR {@link Dosage}: the doses' text as written,
 * and the parts FHIR structures where their value is plain enough:
 * <ul>
 * <li>{@code amount} (with its unit, {@code 3 ml}, else {@code form} as its unit) is the dose; without an
 *     amount, a {@code strength} in a unit of mass or volume is the dose, and one per hour is the rate
 *     ({@code 20 mcg/hr}); a combination strength ({@code 10/325 mg}) stays text;</li>
 * <li>{@code frequency}: {@code 2/day}, {@code 1-2/day}, {@code q6h}, {@code q4-6h} become a
 *     timing, {@code PRN} "as needed", {@code qhs}, {@code qam}, {@code qpm}, {@code ac},
 *     {@code pc} the time of day; other values the timing's text;</li>
 * <li>{@code route} is the route's text, {@code duration} ({@code 2 weeks}) the timing's bounds;</li>
 * <li>{@code quantity} ({@code #60}) and {@code refills} belong to a dispense, which
 *     MedicationStatement does not hold: they stay in the dosage text.</li>
 * </ul>
 * Each dose's span is a {@link SourceSpan} extension on the dosage.
 */
final class DosageMapping {

    private static final Map<String, String> UCUM_UNITS = Map.of(
            "mg", "mg", "mcg", "ug", "g", "g", "ml", "mL", "mEq", "meq", "%", "%", "mcg/hr", "ug/h", "mg/hr", "mg/h");
    private static final Map<String, UnitsOfTime> PERIOD_UNITS = Map.of(
            "min", UnitsOfTime.MIN, "h", UnitsOfTime.H, "d", UnitsOfTime.D, "day", UnitsOfTime.D,
            "w", UnitsOfTime.WK, "week", UnitsOfTime.WK, "month", UnitsOfTime.MO);
    private static final Map<String, EventTiming> TIMES_OF_DAY = Map.of(
            "qhs", EventTiming.HS, "qam", EventTiming.MORN, "qpm", EventTiming.EVE,
            "ac", EventTiming.AC, "pc", EventTiming.PC);
    private static final Map<String, String> DURATION_UNITS = Map.of("day", "d", "week", "wk", "month", "mo");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern NUMBER_RANGE = Pattern.compile("(" + NUMBER + ")\\s*-\\s*(" + NUMBER + ")");
    private static final Pattern TIMES_PER = Pattern.compile("(\\d+)(?:-(\\d+))?/(day|week|month)");
    private static final Pattern EVERY = Pattern.compile("q(\\d+)(?:-(\\d+))?(min|h|d|w)");
    private static final Pattern DURATION = Pattern.compile("(" + NUMBER + ") (day|week|month)s?");

    private DosageMapping() {
    }

    /** The dosage of {@code doses} (in text order), or null where there are none. */
    static Dosage of(List<Annotation> doses) {
        if (doses.isEmpty()) {
            return null;
        }
        Dosage dosage = new Dosage();
        dosage.setText(doses.stream().map(d -> d.text().replaceAll("\\s+", " ").strip())
                .collect(Collectors.joining(", ")));
        doses.forEach(d -> dosage.addExtension(SourceSpan.of(d)));
        String form = valueOf(doses, "form");
        Annotation amount = first(doses, "amount");
        DosageDoseAndRateComponent doseAndRate = new DosageDoseAndRateComponent();
        if (amount != null) {
            String unit = amount.attribute("unit");
            setDose(doseAndRate, amount.attribute("value"), unit != null ? unit : form,
                    unit != null ? UCUM_UNITS.get(unit) : null);
        }
        Annotation strength = first(doses, "strength");
        if (strength != null && strength.attribute("unit") != null) {
            String unit = strength.attribute("unit");
            if (unit.endsWith("/hr")) {
                Quantity rate = quantity(strength.attribute("value"), unit, UCUM_UNITS.get(unit));
                if (rate != null) {
                    doseAndRate.setRate(rate);
                }
            } else if (amount == null) {
                setDose(doseAndRate, strength.attribute("value"), unit, UCUM_UNITS.get(unit));
            }
        }
        if (doseAndRate.hasDose() || doseAndRate.hasRate()) {
            dosage.addDoseAndRate(doseAndRate);
        }
        Timing timing = new Timing();
        for (Annotation d : doses) {
            String value = d.attribute("value");
            switch (d.attribute("kind") == null ? "" : d.attribute("kind")) {
                case "frequency" -> addFrequency(dosage, timing, value);
                case "duration" -> addDuration(timing, value);
                case "route" -> dosage.setRoute(CodeSystems.text(value));
                default -> { }
            }
        }
        if (!timing.isEmpty()) {
            dosage.setTiming(timing);
        }
        return dosage;
    }

    private static void addFrequency(Dosage dosage, Timing timing, String value) {
        if (value == null) {
            return;
        }
        Matcher times = TIMES_PER.matcher(value);
        Matcher every = EVERY.matcher(value);
        if (times.matches()) {
            timing.getRepeat().setFrequency(Integer.parseInt(times.group(1))).setPeriod(1)
                    .setPeriodUnit(PERIOD_UNITS.get(times.group(3)));
            if (times.group(2) != null) {
                timing.getRepeat().setFrequencyMax(Integer.parseInt(times.group(2)));
            }
        } else if (every.matches()) {
            timing.getRepeat().setFrequency(1).setPeriod(new BigDecimal(every.group(1)))
                    .setPeriodUnit(PERIOD_UNITS.get(every.group(3)));
            if (every.group(2) != null) {
                timing.getRepeat().setPeriodMax(new BigDecimal(every.group(2)));
            }
        } else if (value.equals("PRN")) {
            dosage.setAsNeeded(new BooleanType(true));
        } else if (TIMES_OF_DAY.containsKey(value)) {
            timing.getRepeat().addWhen(TIMES_OF_DAY.get(value));
        } else {
            timing.setCode(CodeSystems.text(timing.hasCode() ? timing.getCode().getText() + ", " + value : value));
        }
    }

    private static void addDuration(Timing timing, String value) {
        Matcher m = value == null ? null : DURATION.matcher(value);
        if (m != null && m.matches()) {
            Duration bounds = new Duration();
            bounds.setValue(new BigDecimal(m.group(1))).setUnit(m.group(2) + (value.endsWith("s") ? "s" : ""))
                    .setSystem(CodeSystems.UCUM).setCode(DURATION_UNITS.get(m.group(2)));
            timing.getRepeat().setBounds(bounds);
        }
    }

    /** Sets a dose quantity ({@code 2}, {@code 6}) or range ({@code 1-2}); other values stay text. */
    private static void setDose(DosageDoseAndRateComponent doseAndRate, String value, String unit, String ucum) {
        if (value == null) {
            return;
        }
        Matcher range = NUMBER_RANGE.matcher(value);
        if (range.matches()) {
            doseAndRate.setDose(new Range().setLow(simple(range.group(1), unit, ucum)).setHigh(simple(range.group(2), unit, ucum)));
        } else if (NUMBER.matcher(value).matches()) {
            doseAndRate.setDose(simple(value, unit, ucum));
        }
    }

    private static SimpleQuantity simple(String value, String unit, String ucum) {
        SimpleQuantity q = new SimpleQuantity();
        fill(q, value, unit, ucum);
        return q;
    }

    private static Quantity quantity(String value, String unit, String ucum) {
        if (value == null || !NUMBER.matcher(value).matches()) {
            return null;
        }
        Quantity q = new Quantity();
        fill(q, value, unit, ucum);
        return q;
    }

    private static void fill(Quantity q, String value, String unit, String ucum) {
        q.setValue(new BigDecimal(value.startsWith(".") ? "0" + value : value));
        if (unit != null) {
            q.setUnit(unit);
        }
        if (ucum != null) {
            q.setSystem(CodeSystems.UCUM).setCode(ucum);
        }
    }

    private static Annotation first(List<Annotation> doses, String kind) {
        return doses.stream().filter(d -> kind.equals(d.attribute("kind"))).findFirst().orElse(null);
    }

    private static String valueOf(List<Annotation> doses, String kind) {
        Annotation dose = first(doses, kind);
        return dose == null ? null : dose.attribute("value");
    }
}
