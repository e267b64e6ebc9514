package org.imrnlp.corpus.eval;

/**
 * How well one attribute of one type was predicted, over the leniently matched pairs.
 *
 * @param type      the annotation type
 * @param attribute the attribute's name ({@code normalized}, {@code iso}, ..., {@code assertion.subject})
 * @param compared  pairs whose gold annotation has the attribute
 * @param correct   of those, pairs whose prediction has the same value
 * @param wrong     of those, pairs whose prediction has another value
 * @param missing   of those, pairs whose prediction lacks the attribute
 * @param extra     pairs whose prediction has the attribute and whose gold annotation does not
 */
public record AttributeScore(String type, String attribute, int compared, int correct, int wrong, int missing,
                             int extra) {

    /** {@code correct / compared}; 1 when nothing was compared. */
    public double accuracy() {
        return compared == 0 ? 1.0 : (double) correct / compared;
    }
}
