package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.jcas.JCas;
import org.imrnlp.type.ReviewerCredentialAnnotation;

/**
 * The parts of a letter about the expert reviewer (the {@code reviewer} section and
 * {@link ReviewerCredentialAnnotation} spans), in clean-text offsets: a specialty such as
 * {@code Acupuncture and Pain Medicine} there is not a clinical mention.
 */
final class ReviewerText {

    /** The section id of the reviewer's part of a letter. */
    static final String SECTION = "reviewer";

    private final List<int[]> spans;

    private ReviewerText(List<int[]> spans) {
        this.spans = spans;
    }

    static ReviewerText of(JCas jcas) {
        List<int[]> spans = new ArrayList<>();
        for (Segment s : jcas.getAnnotationIndex(Segment.class)) {
            if (SECTION.equals(s.getId())) {
                spans.add(new int[] {s.getBegin(), s.getEnd()});
            }
        }
        for (ReviewerCredentialAnnotation r : jcas.getAnnotationIndex(ReviewerCredentialAnnotation.class)) {
            spans.add(new int[] {r.getBegin(), r.getEnd()});
        }
        return new ReviewerText(spans);
    }

    /** Whether clean offset {@code offset} lies in the reviewer's part. */
    boolean contains(int offset) {
        for (int[] s : spans) {
            if (s[0] <= offset && offset < s[1]) {
                return true;
            }
        }
        return false;
    }
}
