package org.imrnlp.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders an {@link Evaluation}: readable tables, the same figures as JSON, and the error
 * listing as tab-separated values. Figures are printed with four decimals.
 */
public final class EvaluationReport {

    /** The columns of the error listing. */
    public static final String ERRORS_HEADER = "document\tkind\ttype\tbegin\tend\ttext\tdetail\tcontext";

    private static final Pattern TRAILING_SPACES = Pattern.compile("(?m) +$");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationReport() {
    }

    /** The type table (with the micro total), the attribute table and the assertion table. */
    public static String table(Evaluation e) {
        StringBuilder b = new StringBuilder();
        int width = Math.max(12, e.types().stream().mapToInt(t -> t.type().length()).max().orElse(0));
        String row = "%-" + width + "s %6s %6s | %6s %6s %6s | %6s %6s %6s%n";
        b.append(String.format(Locale.ROOT, row, "type", "gold", "pred", "strict", "", "", "lenient", "", ""));
        b.append(String.format(Locale.ROOT, row, "", "", "", "P", "R", "F1", "P", "R", "F1"));
        for (TypeScore t : e.types()) {
            typeRow(b, row, t);
        }
        typeRow(b, row, e.micro());

        b.append(String.format(Locale.ROOT, "%nattributes (lenient matches)%n"));
        int aw = Math.max(12, e.attributes().stream().mapToInt(a -> a.type().length()).max().orElse(0));
        int nw = Math.max(12, e.attributes().stream().mapToInt(a -> a.attribute().length()).max().orElse(0));
        String arow = "%-" + aw + "s %-" + nw + "s %8s %7s %5s %7s %5s %8s%n";
        b.append(String.format(Locale.ROOT, arow, "type", "attribute", "compared", "correct", "wrong", "missing",
                "extra", "accuracy"));
        for (AttributeScore a : e.attributes()) {
            b.append(String.format(Locale.ROOT, arow, a.type(), a.attribute(), a.compared(), a.correct(), a.wrong(),
                    a.missing(), a.extra(), f(a.accuracy())));
        }

        b.append(String.format(Locale.ROOT, "%nassertion flags (lenient matches of clinical types; P/R/F1 of true)%n"));
        String frow = "%-10s %6s %5s %5s %5s %5s %5s | %6s %6s %6s%n";
        b.append(String.format(Locale.ROOT, frow, "flag", "pairs", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"));
        for (AssertionScore s : e.assertions()) {
            Counts c = s.counts();
            b.append(String.format(Locale.ROOT, frow, s.flag(), s.pairs(), s.gold(), s.predicted(), c.tp(), c.fp(),
                    c.fn(), f(c.precision()), f(c.recall()), f(c.f1())));
        }
        return stripLineEnds(b);
    }

    private static String stripLineEnds(StringBuilder b) {
        return TRAILING_SPACES.matcher(b).replaceAll("");
    }

    /**
     * The agreement table of two annotators: per type, each one's count and the pairwise F1
     * (which does not depend on which of the two is the reference).
     */
    public static String agreementTable(Evaluation e, String first, String second) {
        StringBuilder b = new StringBuilder();
        int width = Math.max(12, e.types().stream().mapToInt(t -> t.type().length()).max().orElse(0));
        String row = "%-" + width + "s %6s %6s | %9s %10s%n";
        b.append(String.format(Locale.ROOT, "agreement (pairwise F1) of %s and %s%n", first, second));
        b.append(String.format(Locale.ROOT, row, "type", "A", "B", "strict F1", "lenient F1"));
        for (TypeScore t : e.types()) {
            b.append(String.format(Locale.ROOT, row, t.type(), t.gold(), t.predicted(), f(t.strict().f1()),
                    f(t.lenient().f1())));
        }
        TypeScore m = e.micro();
        b.append(String.format(Locale.ROOT, row, m.type(), m.gold(), m.predicted(), f(m.strict().f1()),
                f(m.lenient().f1())));
        return stripLineEnds(b);
    }

    private static void typeRow(StringBuilder b, String row, TypeScore t) {
        Counts s = t.strict();
        Counts l = t.lenient();
        b.append(String.format(Locale.ROOT, row, t.type(), t.gold(), t.predicted(), f(s.precision()), f(s.recall()),
                f(s.f1()), f(l.precision()), f(l.recall()), f(l.f1())));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** The figures as a JSON object (documents, types, micro, attributes, assertions, warnings). */
    public static ObjectNode json(Evaluation e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("documents", e.documents());
        ArrayNode types = root.putArray("types");
        for (TypeScore t : e.types()) {
            types.add(typeJson(t));
        }
        root.set("micro", typeJson(e.micro()));
        ArrayNode attributes = root.putArray("attributes");
        for (AttributeScore a : e.attributes()) {
            ObjectNode n = attributes.addObject();
            n.put("type", a.type());
            n.put("attribute", a.attribute());
            n.put("compared", a.compared());
            n.put("correct", a.correct());
            n.put("wrong", a.wrong());
            n.put("missing", a.missing());
            n.put("extra", a.extra());
            n.put("accuracy", round(a.accuracy()));
        }
        ArrayNode assertions = root.putArray("assertions");
        for (AssertionScore s : e.assertions()) {
            ObjectNode n = assertions.addObject();
            n.put("flag", s.flag());
            n.put("pairs", s.pairs());
            n.put("gold", s.gold());
            n.put("predicted", s.predicted());
            counts(n, s.counts());
        }
        ArrayNode missing = root.putArray("missingPredictions");
        e.missingPredictions().forEach(missing::add);
        ArrayNode ungraded = root.putArray("ungradedPredictions");
        e.ungradedPredictions().forEach(ungraded::add);
        ObjectNode unscored = root.putObject("unscoredTypes");
        Evaluator.ordered(e.unscoredTypes().keySet()).forEach(t -> unscored.put(t, e.unscoredTypes().get(t)));
        return root;
    }

    /** {@link #json(Evaluation)} with an {@code agreement} array: per type, the pairwise strict and lenient F1. */
    public static ObjectNode agreementJson(Evaluation e) {
        ObjectNode root = json(e);
        ArrayNode agreement = root.putArray("agreement");
        for (TypeScore t : e.types()) {
            ObjectNode n = agreement.addObject();
            n.put("type", t.type());
            n.put("a", t.gold());
            n.put("b", t.predicted());
            n.put("strictF1", round(t.strict().f1()));
            n.put("lenientF1", round(t.lenient().f1()));
        }
        return root;
    }

    /** Indented JSON text of a node. */
    public static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ObjectNode typeJson(TypeScore t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", t.type());
        n.put("gold", t.gold());
        n.put("predicted", t.predicted());
        counts(n.putObject("strict"), t.strict());
        counts(n.putObject("lenient"), t.lenient());
        return n;
    }

    private static void counts(ObjectNode n, Counts c) {
        n.put("tp", c.tp());
        n.put("fp", c.fp());
        n.put("fn", c.fn());
        n.put("precision", round(c.precision()));
        n.put("recall", round(c.recall()));
        n.put("f1", round(c.f1()));
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    /** Writes the error listing: a header line, then one tab-separated line per error. */
    public static void writeErrors(Evaluation e, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeErrors(e, w);
        }
    }

    /** Writes the error listing to {@code out}. */
    public static void writeErrors(Evaluation e, Writer out) throws IOException {
        out.write(ERRORS_HEADER);
        out.write('\n');
        for (EvaluationError x : e.errors()) {
            out.write(String.join("\t", x.document(), x.kind().name(), x.type(), Integer.toString(x.begin()),
                    Integer.toString(x.end()), x.text(), x.detail(), x.context()));
            out.write('\n');
        }
    }
}
