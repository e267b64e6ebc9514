package org.imrnlp.core;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of {@link Dose}, by their JSON labels. */
public enum DoseKind {
    STRENGTH, AMOUNT, FREQUENCY, QUANTITY, REFILLS, FORM, ROUTE, DURATION;

    /** The JSON label, e.g. {@code strength}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind with the given label. */
    public static Optional<DoseKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }
}
