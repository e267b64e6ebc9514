package org.imrnlp.core;

import java.util.Map;

/**
 * One annotation of a document: a typed, immutable view with its span in the original text.
 * {@link #attributes()} gives the attributes exactly as the JSON form writes them.
 */
public sealed interface Mention permits ClinicalMention, Dose, DrugClass, DateOfInjury, DateMention,
        PainScore, NegatedStatement, Section, DisputedItem, Demographics, ReviewerCredential {

    /** Document-unique id ({@code T1}, {@code T2}, ... in text order). */
    String id();

    MentionType type();

    /** Begin offset in the original text (UTF-16 index). */
    int begin();

    /** End offset (exclusive) in the original text. */
    int end();

    /** {@code originalText.substring(begin(), end())}. */
    String text();

    /** The attributes in the JSON form; absent values are left out. */
    Map<String, String> attributes();
}
