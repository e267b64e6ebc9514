package org.imrnlp.core.cas;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ctakes.typesystem.type.refsem.Attribute;
import org.apache.ctakes.typesystem.type.refsem.MedicationDosage;
import org.apache.ctakes.typesystem.type.refsem.MedicationDuration;
import org.apache.ctakes.typesystem.type.refsem.MedicationForm;
import org.apache.ctakes.typesystem.type.refsem.MedicationFrequency;
import org.apache.ctakes.typesystem.type.refsem.MedicationRoute;
import org.apache.ctakes.typesystem.type.refsem.MedicationStrength;
import org.apache.ctakes.typesystem.type.textsem.MedicationDosageModifier;
import org.apache.ctakes.typesystem.type.textsem.MedicationDurationModifier;
import org.apache.ctakes.typesystem.type.textsem.MedicationFormModifier;
import org.apache.ctakes.typesystem.type.textsem.MedicationFrequencyModifier;
import org.apache.ctakes.typesystem.type.textsem.MedicationRouteModifier;
import org.apache.ctakes.typesystem.type.textsem.MedicationStrengthModifier;
import org.apache.ctakes.typesystem.type.textsem.Modifier;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.DoseKind;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.QuantityModifier;
import org.imrnlp.type.RefillsModifier;

/**
 * Creates and reads dose modifiers the cTAKES way: each {@link DoseKind} is a cTAKES
 * {@link Modifier} subtype (strength = {@link MedicationStrengthModifier}, amount =
 * {@link MedicationDosageModifier}, ...; quantity and refills are IMR-NLP's own modifiers) whose
 * {@code normalizedForm} holds the value and unit. cTAKES' {@link MedicationDosage} and IMR-NLP's quantity
 * have no unit feature: an amount or quantity in a unit ({@code 3 ml}, {@code 120 g}) keeps it in its
 * value, and {@link #value} and {@link #unit} split it again.
 */
public final class DoseModifiers {

    /** An amount or quantity with its unit as stored: a number or range, a space, a unit word. */
    private static final Pattern WITH_UNIT = Pattern.compile("(\\d*\\.?\\d+(?:-\\d*\\.?\\d+)?) ([a-z]+)");

    private DoseModifiers() {
    }

    /** Creates a dose modifier, adds it to the indexes and attaches it to {@code medication}. */
    public static Modifier attach(JCas jcas, MedicationAnnotation medication, DoseKind kind, int begin, int end,
                                  String value, String unit) {
        Modifier modifier = create(jcas, kind, begin, end, value, unit);
        modifier.addToIndexes();
        org.apache.uima.jcas.cas.FSArray<Modifier> old = medication.getDoses();
        int size = old == null ? 0 : old.size();
        org.apache.uima.jcas.cas.FSArray<Modifier> doses = new org.apache.uima.jcas.cas.FSArray<>(jcas, size + 1);
        for (int i = 0; i < size; i++) {
            doses.set(i, old.get(i));
        }
        doses.set(size, modifier);
        medication.setDoses(doses);
        setCtakesFeature(medication, modifier);
        return modifier;
    }

    private static Modifier create(JCas jcas, DoseKind kind, int begin, int end, String value, String unit) {
        switch (kind) {
            case STRENGTH -> {
                MedicationStrength s = new MedicationStrength(jcas);
                s.setNumber(value);
                s.setUnit(unit);
                return withForm(new MedicationStrengthModifier(jcas, begin, end), s);
            }
            case FREQUENCY -> {
                MedicationFrequency f = new MedicationFrequency(jcas);
                f.setNumber(value);
                f.setUnit(unit);
                return withForm(new MedicationFrequencyModifier(jcas, begin, end), f);
            }
            case AMOUNT -> {
                MedicationDosage d = new MedicationDosage(jcas);
                d.setValue(joined(value, unit));
                return withForm(new MedicationDosageModifier(jcas, begin, end), d);
            }
            case ROUTE -> {
                MedicationRoute r = new MedicationRoute(jcas);
                r.setValue(value);
                return withForm(new MedicationRouteModifier(jcas, begin, end), r);
            }
            case FORM -> {
                MedicationForm f = new MedicationForm(jcas);
                f.setValue(value);
                return withForm(new MedicationFormModifier(jcas, begin, end), f);
            }
            case DURATION -> {
                MedicationDuration d = new MedicationDuration(jcas);
                d.setValue(value);
                return withForm(new MedicationDurationModifier(jcas, begin, end), d);
            }
            case QUANTITY -> {
                QuantityModifier q = new QuantityModifier(jcas, begin, end);
                q.setValue(joined(value, unit));
                return q;
            }
            case REFILLS -> {
                RefillsModifier r = new RefillsModifier(jcas, begin, end);
                r.setValue(value);
                return r;
            }
            default -> throw new IllegalArgumentException("unknown dose kind " + kind);
        }
    }

    private static String joined(String value, String unit) {
        return unit == null || unit.isEmpty() || value == null ? value : value + " " + unit;
    }

    private static Modifier withForm(Modifier modifier, Attribute form) {
        modifier.setNormalizedForm(form);
        return modifier;
    }

    private static void setCtakesFeature(MedicationAnnotation m, Modifier modifier) {
        if (modifier instanceof MedicationStrengthModifier s && m.getMedicationStrength() == null) {
            m.setMedicationStrength(s);
        } else if (modifier instanceof MedicationFrequencyModifier f && m.getMedicationFrequency() == null) {
            m.setMedicationFrequency(f);
        } else if (modifier instanceof MedicationDosageModifier d && m.getMedicationDosage() == null) {
            m.setMedicationDosage(d);
        } else if (modifier instanceof MedicationRouteModifier r && m.getMedicationRoute() == null) {
            m.setMedicationRoute(r);
        } else if (modifier instanceof MedicationFormModifier f && m.getMedicationForm() == null) {
            m.setMedicationForm(f);
        } else if (modifier instanceof MedicationDurationModifier d && m.getMedicationDuration() == null) {
            m.setMedicationDuration(d);
        }
    }

    /** The kind of a dose modifier, or null if {@code modifier} is not one. */
    public static DoseKind kindOf(Modifier modifier) {
        if (modifier instanceof MedicationStrengthModifier) {
            return DoseKind.STRENGTH;
        } else if (modifier instanceof MedicationFrequencyModifier) {
            return DoseKind.FREQUENCY;
        } else if (modifier instanceof MedicationDosageModifier) {
            return DoseKind.AMOUNT;
        } else if (modifier instanceof MedicationRouteModifier) {
            return DoseKind.ROUTE;
        } else if (modifier instanceof MedicationFormModifier) {
            return DoseKind.FORM;
        } else if (modifier instanceof MedicationDurationModifier) {
            return DoseKind.DURATION;
        } else if (modifier instanceof QuantityModifier) {
            return DoseKind.QUANTITY;
        } else if (modifier instanceof RefillsModifier) {
            return DoseKind.REFILLS;
        }
        return null;
    }

    /** The value of a dose modifier (number or normalized phrase, without its unit), or null. */
    public static String value(Modifier modifier) {
        if (modifier instanceof QuantityModifier q) {
            return splitValue(q.getValue(), 1);
        } else if (modifier instanceof RefillsModifier r) {
            return r.getValue();
        }
        Attribute form = modifier.getNormalizedForm();
        if (form instanceof MedicationStrength s) {
            return s.getNumber();
        } else if (form instanceof MedicationFrequency f) {
            return f.getNumber();
        } else if (form instanceof MedicationDosage d) {
            return splitValue(d.getValue(), 1);
        } else if (form instanceof MedicationRoute r) {
            return r.getValue();
        } else if (form instanceof MedicationForm f) {
            return f.getValue();
        } else if (form instanceof MedicationDuration d) {
            return d.getValue();
        }
        return null;
    }

    /** The unit of a dose modifier (strength, frequency, and an amount or quantity in a unit), or null. */
    public static String unit(Modifier modifier) {
        if (modifier instanceof QuantityModifier q) {
            return splitValue(q.getValue(), 2);
        }
        Attribute form = modifier.getNormalizedForm();
        if (form instanceof MedicationStrength s) {
            return s.getUnit();
        } else if (form instanceof MedicationFrequency f) {
            return f.getUnit();
        } else if (form instanceof MedicationDosage d) {
            return splitValue(d.getValue(), 2);
        }
        return null;
    }

    /**
     * Group 1 (the number) or 2 (the unit, else null) of a stored amount or quantity ({@code 3 ml},
     * {@code 1-2}); a value of another shape is all number.
     */
    private static String splitValue(String stored, int group) {
        Matcher m = stored == null ? null : WITH_UNIT.matcher(stored);
        if (m != null && m.matches()) {
            return m.group(group);
        }
        return group == 1 ? stored : null;
    }
}
