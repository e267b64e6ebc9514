package org.imrnlp.core;

import java.util.Map;

/**
 * A drug mentioned by name, with the dose attributes the text gives for it.
 *
 * @param normalized lower-case generic ingredient(s), {@code /}-joined
 * @param rxcui      RxNorm concept id where known, else null
 * @param drugClass  therapeutic class, else null
 * @param conceptId  the id a user dictionary ({@code ImrExtractor.Builder#addDictionary}) gives the
 *                   term the mention was matched by: a UMLS CUI from a cTAKES BSV dictionary, the
 *                   code column of a TSV dictionary; else null
 */
public record Medication(String id, int begin, int end, String text, String normalized, String rxcui,
                         String drugClass, String strength, String amount, String frequency, String quantity,
                         String refills, String form, String route, String duration, String conceptId,
                         Assertion assertion)
        implements ClinicalMention {

    @Override
    public MentionType type() {
        return MentionType.MEDICATION;
    }

    @Override
    public Map<String, String> attributes() {
        return Attributes.of("normalized", normalized, "rxcui", rxcui, "drugClass", drugClass,
                "strength", strength, "amount", amount, "frequency", frequency, "quantity", quantity,
                "refills", refills, "form", form, "route", route, "duration", duration, "conceptId", conceptId);
    }
}
