package org.imrnlp.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drug mentioned by name, with the {@link Dose} records the text gives for it.
 *
 * <p>The medication holds its doses as records rather than ids, so that {@code med.doses()} needs no
 * look-up in the {@link Extraction}; each dose points back by id only ({@link Dose#medicationId()}),
 * which keeps both records immutable and free of cycles. The doses are the only place dose values
 * live: {@link #strength()}, {@link #frequency()} and the other dose accessors are derived from them.
 *
 * @param normalized lower-case generic ingredient(s), {@code /}-joined
 * @param rxcui      RxNorm concept id where known, else null
 * @param drugClass  therapeutic class, else null
 * @param doses      the doses attached to this medication, in text order (the same records as in
 *                   {@link Extraction#doses()})
 * @param conceptId  the id a user dictionary ({@code ImrExtractor.Builder#addDictionary}) gives the
 *                   term the mention was matched by: a UMLS CUI from a cTAKES BSV dictionary, the
 *                   code column of a TSV dictionary; else null
 */
public record Medication(String id, int begin, int end, String text, String normalized, String rxcui,
                         String drugClass, List<Dose> doses, String conceptId, Assertion assertion)
        implements ClinicalMention {

    public Medication {
        doses = doses == null ? List.of() : List.copyOf(doses);
    }

    @Override
    public MentionType type() {
        return MentionType.MEDICATION;
    }

    /** The doses of one kind, in text order. */
    public List<Dose> doses(DoseKind kind) {
        return doses.stream().filter(d -> d.kind() == kind).toList();
    }

    /** The first dose of one kind in the text, if any. */
    public Optional<Dose> dose(DoseKind kind) {
        return doses.stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** The first strength as written ({@code 10/325 mg}, {@code 0.1%}, {@code 50 mcg/hr}), or null. */
    public String strength() {
        return written(DoseKind.STRENGTH);
    }

    /** The first amount per administration ({@code 1}, {@code 1-2}, {@code 3 ml}), or null. */
    public String amount() {
        return written(DoseKind.AMOUNT);
    }

    /**
     * Every frequency in text order, each once, joined by a comma ({@code 2/day}, {@code q6h, PRN}:
     * {@code every 6 hours as needed} is two frequency doses, and the medication's frequency is
     * both), or null.
     */
    public String frequency() {
        List<String> written = doses(DoseKind.FREQUENCY).stream().map(Dose::written).distinct().toList();
        return written.isEmpty() ? null : String.join(", ", written);
    }

    /** The first quantity dispensed ({@code 60}), or null. */
    public String quantity() {
        return written(DoseKind.QUANTITY);
    }

    /** The first number of refills, or null. */
    public String refills() {
        return written(DoseKind.REFILLS);
    }

    /** The first dosage form ({@code tablet}), or null. */
    public String form() {
        return written(DoseKind.FORM);
    }

    /** The first route ({@code oral}), or null. */
    public String route() {
        return written(DoseKind.ROUTE);
    }

    /** The first duration ({@code 2 weeks}), or null. */
    public String duration() {
        return written(DoseKind.DURATION);
    }

    private String written(DoseKind kind) {
        return dose(kind).map(Dose::written).orElse(null);
    }

    /**
     * The attributes of the JSON form: the medication's own, and per dose kind the first dose as
     * written, every frequency (derived from {@link #doses()}; the Dose annotations carry every dose).
     */
    @Override
    public Map<String, String> attributes() {
        return Attributes.of("normalized", normalized, "rxcui", rxcui, "drugClass", drugClass,
                "strength", strength(), "amount", amount(), "frequency", frequency(), "quantity", quantity(),
                "refills", refills(), "form", form(), "route", route(), "duration", duration(), "conceptId", conceptId);
    }
}
