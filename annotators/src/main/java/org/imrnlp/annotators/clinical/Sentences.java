package org.imrnlp.annotators.clinical;

import java.util.Arrays;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.jcas.JCas;

/**
 * The sentence bounds of a document in clean-text offsets, for finding the sentence of an offset
 * by binary search. Without {@link Sentence} annotations, each line of the clean text is one
 * sentence.
 */
final class Sentences {

    private final int[] begins;
    private final int[] ends;

    private Sentences(int[] begins, int[] ends) {
        this.begins = begins;
        this.ends = ends;
    }

    static Sentences of(JCas jcas) {
        int n = jcas.getAnnotationIndex(Sentence.class).size();
        int[] b = new int[n];
        int[] e = new int[n];
        int i = 0;
        for (Sentence s : jcas.getAnnotationIndex(Sentence.class)) {
            b[i] = s.getBegin();
            e[i] = s.getEnd();
            i++;
        }
        if (n > 0) {
            return new Sentences(b, e);
        }
        return lines(jcas.getDocumentText());
    }

    private static Sentences lines(String t) {
        int[] b = new int[16];
        int[] e = new int[16];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                if (n == b.length) {
                    b = Arrays.copyOf(b, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                b[n] = start;
                e[n] = i;
                n++;
                start = i + 1;
            }
        }
        return new Sentences(Arrays.copyOf(b, n), Arrays.copyOf(e, n));
    }

    /** Whether {@code other} has the same sentence bounds. */
    boolean sameAs(Sentences other) {
        return Arrays.equals(begins, other.begins) && Arrays.equals(ends, other.ends);
    }

    /** Index of the sentence holding {@code offset}, or -1. */
    int indexOf(int offset) {
        int lo = 0;
        int hi = begins.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] > offset) {
                hi = mid - 1;
            } else if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Begin of the sentence holding {@code offset}, or {@code fallback}. */
    int begin(int offset, int fallback) {
        int i = indexOf(offset);
        return i < 0 ? fallback : begins[i];
    }

    /** End of the sentence holding {@code offset}, or {@code fallback}. */
    int end(int offset, int fallback) {
        int i = indexOf(offset);
        return i < 0 ? fallback : ends[i];
    }

    int beginAt(int index) {
        return begins[index];
    }

    int endAt(int index) {
        return ends[index];
    }
}
