package org.imrnlp.corpus.eval;

/**
 * One difference between gold and prediction, for the error listing.
 *
 * @param document the document's source
 * @param kind     what went wrong
 * @param type     the annotation type
 * @param begin    begin of the gold span (of the predicted span for a false hit)
 * @param end      end of that span
 * @param text     that span's text
 * @param detail   the other side of a boundary or attribute error (empty otherwise)
 * @param context  about 40 characters either side of the span on one line, the span in
 *                 {@code [[ ]]}; empty when the document's text is not known
 */
public record EvaluationError(String document, Kind kind, String type, int begin, int end, String text,
                              String detail, String context) {

    /** The kinds of error. */
    public enum Kind {
        /** A gold annotation that no prediction overlaps. */
        MISS,
        /** A prediction that overlaps no gold annotation. */
        FALSE_HIT,
        /** A lenient match whose spans differ: a strict miss and a strict false hit. */
        BOUNDARY,
        /** A lenient match whose attribute or assertion flag differs. */
        ATTRIBUTE
    }
}
