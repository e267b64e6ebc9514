package org.imrnlp.core;

import java.util.Map;

/**
 * A dosing expression tied to one {@link Medication}: the one place a dose's value lives (the
 * medication lists its doses, see {@link Medication#doses()}).
 *
 * <p>{@code unit} applies to every number of {@code value}: {@code 10/325} with unit {@code mg} is
 * 10 mg and 325 mg of a combination product, {@code 5-10} with unit {@code mg} a range. Where the
 * parts carry different units, each part keeps its own in {@code value} ({@code 600 mg/400 units})
 * and {@code unit} is null. {@link #written()} gives the dose as a prescriber writes it.
 *
 * @param value        number(s) or normalized phrase ({@code 10/325}, {@code 1-2}, {@code q6h}, {@code PRN})
 * @param unit         the unit of each number where one applies ({@code mg}, {@code %}, {@code mcg/hr},
 *                     {@code ml}), else null
 * @param medicationId id of the medication it belongs to
 */
public record Dose(String id, int begin, int end, String text, DoseKind kind, String value, String unit,
                   String medicationId) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.DOSE;
    }

    /**
     * The dose as users write it: value and unit joined by a space ({@code 10/325 mg}, {@code 50 mcg/hr},
     * {@code 3 ml}), a percentage without one ({@code 0.1%}), the value alone without a unit
     * ({@code q6h}, {@code 600 mg/400 units}).
     */
    public String written() {
        if (unit == null || unit.isEmpty() || value == null) {
            return value;
        }
        return "%".equals(unit) ? value + unit : value + " " + unit;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("kind", kind.label(), "value", value, "unit", unit, "medication", medicationId);
    }
}
