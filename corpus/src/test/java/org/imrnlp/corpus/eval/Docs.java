package org.imrnlp.corpus.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/** Small hand-made documents for the evaluation tests. */
final class Docs {

    private Docs() {
    }

    static Annotation a(String id, String type, int begin, int end) {
        return new Annotation(id, type, begin, end, null, Map.of(), null);
    }

    static Annotation a(String id, String type, int begin, int end, String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return new Annotation(id, type, begin, end, null, map, null);
    }

    static Annotation negated(String id, String type, int begin, int end, boolean negated) {
        return new Annotation(id, type, begin, end, null, Map.of(),
                new Assertion(negated, false, false, false, Assertion.Subject.PATIENT));
    }

    static Annotation withAssertion(String id, String type, int begin, int end, Assertion assertion) {
        return new Annotation(id, type, begin, end, null, Map.of(), assertion);
    }

    /** A text annotation: its text is {@code text.substring(begin, end)}. */
    static Annotation t(String id, String type, String text, int begin, int end) {
        return new Annotation(id, type, begin, end, text.substring(begin, end), Map.of(), null);
    }

    static AnnotatedDocument doc(String source, Annotation... annotations) {
        return new AnnotatedDocument(source, 0, Arrays.asList(annotations));
    }

    static Map<String, AnnotatedDocument> set(AnnotatedDocument... documents) {
        return DocumentSet.of(List.of(documents)).documents();
    }
}
