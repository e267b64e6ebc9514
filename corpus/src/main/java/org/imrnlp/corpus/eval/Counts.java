package org.imrnlp.corpus.eval;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they give.
 * When there is nothing to find and nothing was found ({@code tp + fp + fn == 0}) all three are 1;
 * otherwise a zero denominator gives 0.
 */
public record Counts(int tp, int fp, int fn) {

    /** No counts. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    /** {@code tp / (tp + fp)}. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** {@code tp / (tp + fn)}. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** {@code 2 tp / (2 tp + fp + fn)}, the harmonic mean of precision and recall. */
    public double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** The sum of both. */
    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    private double ratio(int numerator, int denominator) {
        if (tp + fp + fn == 0) {
            return 1.0;
        }
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
