package org.imrnlp.corpus.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * Scores predicted annotations against gold annotations, knowing only the JSON form
 * ({@link AnnotatedDocument}, {@link Annotation}).
 *
 * <ul>
 *   <li>Per type: strict matches (same type, begin and end) and lenient matches (same type,
 *   overlapping spans, one-to-one: exact spans first, then a maximum matching by overlap), each
 *   as precision, recall and F1; the micro-averaged total adds the counts of all types.</li>
 *   <li>Per attribute, over the lenient matches: accuracy of every attribute the gold annotation
 *   has (values compared trimmed, white space collapsed, case ignored; attributes whose value is
 *   the id of another annotation compare the annotations they point at).</li>
 *   <li>Assertion flags, over the lenient matches of clinical types: precision, recall and F1 of
 *   {@code negated = true} (and of {@code uncertain}, {@code historical}, {@code generic});
 *   {@code subject} as the attribute {@code assertion.subject}.</li>
 * </ul>
 * Gold documents without a prediction count as all misses; predicted documents without gold are
 * left out. By default the scored types are those the gold annotates anywhere.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class Evaluator {

    /** The assertion flags scored, in report order. */
    public static final List<String> FLAGS = List.of("negated", "uncertain", "historical", "generic");

    /** The attribute name under which the assertion's subject is compared. */
    public static final String SUBJECT = "assertion.subject";

    /** Characters of context on each side of a span in the error listing. */
    public static final int CONTEXT = 40;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> types;
    private final Function<String, String> texts;

    private Evaluator(Builder b) {
        this.types = b.types;
        this.texts = b.texts;
    }

    /** A builder: all gold types, no document texts. */
    public static Builder builder() {
        return new Builder();
    }

    /** An evaluator of every type the gold annotates, without context in its error listing. */
    public static Evaluator create() {
        return builder().build();
    }

    /** Evaluates predictions against gold, both keyed by source. */
    public Evaluation evaluate(Map<String, AnnotatedDocument> gold, Map<String, AnnotatedDocument> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Set<String> scored = types.isEmpty() ? typesIn(gold.values()) : types;
        Tally tally = new Tally();
        List<String> missing = new ArrayList<>();
        for (String source : new TreeSet<>(gold.keySet())) {
            AnnotatedDocument p = predicted.get(source);
            if (p == null) {
                missing.add(source);
            }
            evaluateDocument(gold.get(source), p, scored, tally);
        }
        List<String> ungraded = predicted.keySet().stream().filter(s -> !gold.containsKey(s)).sorted().toList();

        List<TypeScore> typeScores = new ArrayList<>();
        for (String type : ordered(scored)) {
            int[] c = tally.types.getOrDefault(type, new int[4]);
            typeScores.add(new TypeScore(type, c[0], c[1], new Counts(c[2], c[1] - c[2], c[0] - c[2]),
                    new Counts(c[3], c[1] - c[3], c[0] - c[3])));
        }
        List<AttributeScore> attributeScores = new ArrayList<>();
        for (String type : ordered(tally.attributes.keySet())) {
            tally.attributes.get(type).forEach((name, c) ->
                    attributeScores.add(new AttributeScore(type, name, c[0], c[1], c[2], c[3], c[4])));
        }
        List<AssertionScore> assertionScores = new ArrayList<>();
        for (int f = 0; f < FLAGS.size(); f++) {
            int[] c = tally.flags[f];
            assertionScores.add(new AssertionScore(FLAGS.get(f), tally.clinicalPairs, c[0] + c[2], c[0] + c[1],
                    new Counts(c[0], c[1], c[2])));
        }
        tally.errors.sort(Comparator.comparing(EvaluationError::document).thenComparingInt(EvaluationError::begin)
                .thenComparingInt(EvaluationError::end).thenComparing(EvaluationError::type)
                .thenComparing(EvaluationError::kind));
        return new Evaluation(gold.size(), typeScores, attributeScores, assertionScores, tally.errors, missing,
                ungraded, tally.unscored);
    }

    /**
     * Agreement of two annotators: the evaluation of {@code b} with {@code a} as the reference,
     * over the documents both annotated, scoring (unless types were chosen) every type either
     * uses. Each type's F1 is the pairwise agreement; it is the same with the roles swapped.
     */
    public Evaluation agreement(Map<String, AnnotatedDocument> a, Map<String, AnnotatedDocument> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Map<String, AnnotatedDocument> sharedA = new HashMap<>();
        Map<String, AnnotatedDocument> sharedB = new HashMap<>();
        for (Map.Entry<String, AnnotatedDocument> e : a.entrySet()) {
            AnnotatedDocument other = b.get(e.getKey());
            if (other != null) {
                sharedA.put(e.getKey(), e.getValue());
                sharedB.put(e.getKey(), other);
            }
        }
        Set<String> scored = types;
        if (scored.isEmpty()) {
            scored = typesIn(sharedA.values());
            scored.addAll(typesIn(sharedB.values()));
        }
        return new Evaluator(builder().types(scored).texts(texts)).evaluate(sharedA, sharedB);
    }

    private void evaluateDocument(AnnotatedDocument gold, AnnotatedDocument pred, Set<String> scored, Tally tally) {
        String source = gold.source();
        String text = texts.apply(source);
        Map<String, List<Annotation>> goldByType = byType(gold.annotations(), scored);
        Map<String, List<Annotation>> predByType = byType(pred == null ? List.of() : pred.annotations(), scored);
        if (pred != null) {
            for (Annotation a : pred.annotations()) {
                if (!scored.contains(a.type())) {
                    tally.unscored.merge(a.type(), 1, Integer::sum);
                }
            }
        }
        List<Annotation[]> pairs = new ArrayList<>();
        for (String type : scored) {
            List<Annotation> g = goldByType.getOrDefault(type, List.of());
            List<Annotation> p = predByType.getOrDefault(type, List.of());
            SpanMatcher.Matching m = SpanMatcher.match(g, p);
            int[] c = tally.types.computeIfAbsent(type, t -> new int[4]);
            c[0] += g.size();
            c[1] += p.size();
            c[2] += m.strictMatches();
            c[3] += m.lenientMatches();
            boolean[] predMatched = new boolean[p.size()];
            for (int i = 0; i < g.size(); i++) {
                Annotation ga = g.get(i);
                int j = m.predOf()[i];
                if (j < 0) {
                    tally.errors.add(error(source, EvaluationError.Kind.MISS, ga, "", text));
                    continue;
                }
                predMatched[j] = true;
                Annotation pa = p.get(j);
                pairs.add(new Annotation[] {ga, pa});
                if (!m.exact()[i]) {
                    tally.errors.add(error(source, EvaluationError.Kind.BOUNDARY, ga,
                            "predicted " + pa.begin() + "-" + pa.end() + " " + quoted(pa.text()), text));
                }
            }
            for (int j = 0; j < p.size(); j++) {
                if (!predMatched[j]) {
                    tally.errors.add(error(source, EvaluationError.Kind.FALSE_HIT, p.get(j), "", text));
                }
            }
        }
        Map<String, String> goldToPred = new HashMap<>();
        for (Annotation[] pair : pairs) {
            if (pair[0].id() != null && pair[1].id() != null) {
                goldToPred.put(pair[0].id(), pair[1].id());
            }
        }
        Map<String, Annotation> goldIds = ids(gold.annotations());
        Map<String, Annotation> predIds = ids(pred == null ? List.of() : pred.annotations());
        for (Annotation[] pair : pairs) {
            compareAttributes(source, pair[0], pair[1], goldIds, predIds, goldToPred, text, tally);
            if (isClinical(pair[0]) || pair[0].assertion() != null || pair[1].assertion() != null) {
                compareAssertions(source, pair[0], pair[1], text, tally);
            }
        }
    }

    private void compareAttributes(String source, Annotation g, Annotation p, Map<String, Annotation> goldIds,
                                   Map<String, Annotation> predIds, Map<String, String> goldToPred, String text,
                                   Tally tally) {
        Set<String> names = new TreeSet<>(g.attributes().keySet());
        names.addAll(p.attributes().keySet());
        Map<String, int[]> counts = tally.attributes.computeIfAbsent(g.type(), t -> new TreeMap<>());
        for (String name : names) {
            String gv = g.attribute(name);
            String pv = p.attribute(name);
            int[] c = counts.computeIfAbsent(name, n -> new int[5]);
            if (gv == null) {
                c[4]++;
                continue;
            }
            c[0]++;
            if (pv == null) {
                c[3]++;
            } else if (same(gv, pv, goldIds, predIds, goldToPred)) {
                c[1]++;
                continue;
            } else {
                c[2]++;
            }
            tally.errors.add(error(source, EvaluationError.Kind.ATTRIBUTE, g,
                    name + ": gold=" + gv + " predicted=" + (pv == null ? "-" : pv), text));
        }
    }

    private void compareAssertions(String source, Annotation g, Annotation p, String text, Tally tally) {
        Assertion ga = g.assertion() == null ? Assertion.AFFIRMED : g.assertion();
        Assertion pa = p.assertion() == null ? Assertion.AFFIRMED : p.assertion();
        tally.clinicalPairs++;
        boolean[] gf = {ga.negated(), ga.uncertain(), ga.historical(), ga.generic()};
        boolean[] pf = {pa.negated(), pa.uncertain(), pa.historical(), pa.generic()};
        for (int f = 0; f < FLAGS.size(); f++) {
            if (gf[f] && pf[f]) {
                tally.flags[f][0]++;
            } else if (gf[f] != pf[f]) {
                tally.flags[f][pf[f] ? 1 : 2]++;
                tally.errors.add(error(source, EvaluationError.Kind.ATTRIBUTE, g,
                        FLAGS.get(f) + ": gold=" + gf[f] + " predicted=" + pf[f], text));
            }
        }
        int[] c = tally.attributes.computeIfAbsent(g.type(), t -> new TreeMap<>())
                .computeIfAbsent(SUBJECT, n -> new int[5]);
        c[0]++;
        if (ga.subject() == pa.subject()) {
            c[1]++;
        } else {
            c[2]++;
            tally.errors.add(error(source, EvaluationError.Kind.ATTRIBUTE, g, SUBJECT + ": gold="
                    + ga.subject().label() + " predicted=" + pa.subject().label(), text));
        }
    }

    /** Whether a predicted value equals a gold value; see the class comment. */
    private static boolean same(String gv, String pv, Map<String, Annotation> goldIds, Map<String, Annotation> predIds,
                                Map<String, String> goldToPred) {
        List<String> goldRefs = references(gv, goldIds);
        List<String> predRefs = references(pv, predIds);
        if (goldRefs != null && predRefs != null) {
            Set<String> mapped = new HashSet<>();
            for (String id : goldRefs) {
                String p = goldToPred.get(id);
                if (p == null) {
                    return false;
                }
                mapped.add(p);
            }
            return mapped.equals(new HashSet<>(predRefs));
        }
        String g = goldRefs == null ? gv : texts(goldRefs, goldIds);
        String p = predRefs == null ? pv : texts(predRefs, predIds);
        return normal(g).equals(normal(p));
    }

    /** The ids a value names, when every comma-separated part of it is an id of the document; else null. */
    private static List<String> references(String value, Map<String, Annotation> ids) {
        List<String> refs = new ArrayList<>();
        for (String part : value.split(",")) {
            String id = part.strip();
            if (!ids.containsKey(id)) {
                return null;
            }
            refs.add(id);
        }
        return refs;
    }

    private static String texts(List<String> refs, Map<String, Annotation> ids) {
        List<String> out = new ArrayList<>();
        for (String id : refs) {
            out.add(String.valueOf(ids.get(id).text()));
        }
        return String.join(", ", out);
    }

    private static String normal(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Annotation> ids(List<Annotation> annotations) {
        Map<String, Annotation> ids = new HashMap<>();
        for (Annotation a : annotations) {
            if (a.id() != null) {
                ids.put(a.id(), a);
            }
        }
        return ids;
    }

    private static boolean isClinical(Annotation a) {
        return MentionType.fromJsonName(a.type()).map(MentionType::isClinical).orElse(false);
    }

    private static Map<String, List<Annotation>> byType(List<Annotation> annotations, Set<String> scored) {
        Map<String, List<Annotation>> byType = new HashMap<>();
        for (Annotation a : annotations) {
            if (scored.contains(a.type())) {
                byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a);
            }
        }
        Comparator<Annotation> order = Comparator.comparingInt(Annotation::begin).thenComparingInt(Annotation::end)
                .thenComparing(a -> String.valueOf(a.id()));
        byType.values().forEach(list -> list.sort(order));
        return byType;
    }

    private static Set<String> typesIn(Collection<AnnotatedDocument> documents) {
        Set<String> types = new HashSet<>();
        for (AnnotatedDocument d : documents) {
            for (Annotation a : d.annotations()) {
                types.add(a.type());
            }
        }
        return types;
    }

    /** Types in the guide's order, then unknown ones alphabetically. */
    static List<String> ordered(Collection<String> types) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(types));
        list.sort(Comparator.comparingInt((String t) -> MentionType.fromJsonName(t).map(Enum::ordinal)
                .orElse(Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder()));
        return list;
    }

    private static EvaluationError error(String source, EvaluationError.Kind kind, Annotation a, String detail,
                                         String text) {
        String spanText = a.text();
        if (spanText == null && text != null && a.end() <= text.length()) {
            spanText = text.substring(a.begin(), a.end());
        }
        return new EvaluationError(source, kind, a.type(), a.begin(), a.end(), oneLine(spanText),
                oneLine(detail), context(text, a.begin(), a.end()));
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text + "\"";
    }

    /** White space collapsed to single spaces, for a one-line listing. */
    static String oneLine(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** About {@link #CONTEXT} characters either side of a span, on one line, the span in {@code [[ ]]}. */
    static String context(String text, int begin, int end) {
        if (text == null || end > text.length()) {
            return "";
        }
        String left = SPACES.matcher(text.substring(Math.max(0, begin - CONTEXT), begin)).replaceAll(" ");
        String span = SPACES.matcher(text.substring(begin, end)).replaceAll(" ");
        String right = SPACES.matcher(text.substring(end, Math.min(text.length(), end + CONTEXT))).replaceAll(" ");
        return (left + "[[" + span + "]]" + right).strip();
    }

    /** The running counts of one evaluation. */
    private static final class Tally {
        /** Per type: gold, predicted, strict tp, lenient tp. */
        final Map<String, int[]> types = new HashMap<>();
        /** Per type and attribute: compared, correct, wrong, missing, extra. */
        final Map<String, Map<String, int[]>> attributes = new HashMap<>();
        /** Per flag: tp, fp, fn. */
        final int[][] flags = new int[FLAGS.size()][3];
        final Map<String, Integer> unscored = new TreeMap<>();
        final List<EvaluationError> errors = new ArrayList<>();
        int clinicalPairs;
    }

    /** Options of an {@link Evaluator}. */
    public static final class Builder {
        private Set<String> types = Set.of();
        private Function<String, String> texts = source -> null;

        private Builder() {
        }

        /** Scores only these types (JSON names); empty: every type the gold annotates. */
        public Builder types(Collection<String> types) {
            this.types = Set.copyOf(Objects.requireNonNull(types, "types"));
            return this;
        }

        /**
         * Where the error listing finds a document's text for its context column: source to text,
         * null when unknown.
         */
        public Builder texts(Function<String, String> texts) {
            this.texts = Objects.requireNonNull(texts, "texts");
            return this;
        }

        public Evaluator build() {
            return new Evaluator(this);
        }
    }
}
