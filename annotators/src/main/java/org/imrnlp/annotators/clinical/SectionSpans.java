package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.jcas.JCas;

/** The spans of the sections of one id in a document ({@code diagnoses}), in clean-text offsets. */
final class SectionSpans {

    /** The section id of a note's diagnosis list. */
    static final String DIAGNOSES = "diagnoses";
    /** The section id of a note's examination. */
    static final String EXAM = "exam";
    /** The section id of a note's review of systems (complaints asked about, not examined). */
    static final String REVIEW_OF_SYSTEMS = "review-of-systems";

    private final List<int[]> spans;

    private SectionSpans(List<int[]> spans) {
        this.spans = spans;
    }

    static SectionSpans of(JCas jcas, String id) {
        return of(jcas, Set.of(id));
    }

    /** The spans of the sections of any of {@code ids}. */
    static SectionSpans of(JCas jcas, Set<String> ids) {
        List<int[]> spans = new ArrayList<>();
        for (Segment s : jcas.getAnnotationIndex(Segment.class)) {
            if (ids.contains(s.getId())) {
                spans.add(new int[] {s.getBegin(), s.getEnd()});
            }
        }
        return new SectionSpans(spans);
    }

    /** Whether clean offset {@code offset} lies in one of the sections. */
    boolean contains(int offset) {
        for (int[] s : spans) {
            if (s[0] <= offset && offset < s[1]) {
                return true;
            }
        }
        return false;
    }
}
