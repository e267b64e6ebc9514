package org.imrnlp.corpus.eval;

/**
 * How well one assertion flag was predicted over the leniently matched pairs of clinical types:
 * precision, recall and F1 of {@code flag = true}.
 *
 * @param flag      {@code negated}, {@code uncertain}, {@code historical} or {@code generic}
 * @param pairs     matched clinical pairs compared
 * @param gold      pairs whose gold annotation has the flag set
 * @param predicted pairs whose prediction has the flag set
 * @param counts    tp: both set; fp: only the prediction; fn: only the gold
 */
public record AssertionScore(String flag, int pairs, int gold, int predicted, Counts counts) {
}
