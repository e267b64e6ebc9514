package org.imrnlp.corpus.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of one evaluation of predictions against gold.
 *
 * @param documents          gold documents evaluated (those without a prediction included)
 * @param types              per type, in the guide's order
 * @param attributes         per type and attribute, over the lenient matches
 * @param assertions         per assertion flag, over the lenient matches of clinical types
 * @param errors             every miss, false hit, boundary and attribute error, by document and offset
 * @param missingPredictions gold documents that had no prediction (counted as all misses)
 * @param ungradedPredictions predicted documents that have no gold (left out)
 * @param unscoredTypes      predicted annotations of types left out of scoring, by type (sorted)
 */
public record Evaluation(int documents, List<TypeScore> types, List<AttributeScore> attributes,
                         List<AssertionScore> assertions, List<EvaluationError> errors,
                         List<String> missingPredictions, List<String> ungradedPredictions,
                         Map<String, Integer> unscoredTypes) {

    /** The name of the micro-averaged total row. */
    public static final String MICRO = "micro";

    public Evaluation {
        types = List.copyOf(types);
        attributes = List.copyOf(attributes);
        assertions = List.copyOf(assertions);
        errors = List.copyOf(errors);
        missingPredictions = List.copyOf(missingPredictions);
        ungradedPredictions = List.copyOf(ungradedPredictions);
        unscoredTypes = Collections.unmodifiableMap(new TreeMap<>(unscoredTypes));
    }

    /** The micro-averaged total: the counts of every type added up. */
    public TypeScore micro() {
        int gold = 0;
        int predicted = 0;
        Counts strict = Counts.ZERO;
        Counts lenient = Counts.ZERO;
        for (TypeScore t : types) {
            gold += t.gold();
            predicted += t.predicted();
            strict = strict.plus(t.strict());
            lenient = lenient.plus(t.lenient());
        }
        return new TypeScore(MICRO, gold, predicted, strict, lenient);
    }

    /** The figures of one type, if it was scored. */
    public Optional<TypeScore> type(String type) {
        Objects.requireNonNull(type, "type");
        return types.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /** The figures of one attribute of one type, if a matched pair had it. */
    public Optional<AttributeScore> attribute(String type, String attribute) {
        return attributes.stream().filter(a -> a.type().equals(type) && a.attribute().equals(attribute)).findFirst();
    }

    /** The figures of one assertion flag. */
    public Optional<AssertionScore> assertion(String flag) {
        return assertions.stream().filter(a -> a.flag().equals(flag)).findFirst();
    }
}
