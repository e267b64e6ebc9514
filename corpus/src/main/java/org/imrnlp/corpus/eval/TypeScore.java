package org.imrnlp.corpus.eval;

/**
 * The figures of one annotation type.
 *
 * @param type      the type's name in the JSON form
 * @param gold      number of gold annotations
 * @param predicted number of predicted annotations
 * @param strict    same type, same begin and end
 * @param lenient   same type, overlapping spans, one-to-one
 */
public record TypeScore(String type, int gold, int predicted, Counts strict, Counts lenient) {
}
