package org.imrnlp.core;

import java.util.Map;

/**
 * A dosing expression tied to one {@link Medication}.
 *
 * @param value        number or normalized phrase
 * @param unit         unit where one applies ({@code mg}, {@code mcg/hour}), else null
 * @param medicationId id of the medication it belongs to
 */
public record Dose(String id, int begin, int end, String text, DoseKind kind, String value, String unit,
                   String medicationId) implements Mention {

    @Override
    public MentionType type() {
        return MentionType.DOSE;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("kind", kind.label(), "value", value, "unit", unit, "medication", medicationId);
    }
}
