package org.imrnlp.corpus.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pinned figures, the floor a regression test holds the extractor to: per type its strict and
 * lenient F1 (row {@code Medication}), per attribute its accuracy over lenient matches (row
 * {@code Medication.strength}, the same figure in both columns) and per assertion flag its F1
 * (row {@code assertion.negated}). Stored as tab-separated values with the header
 * {@code type strict_f1 lenient_f1}; lines starting with {@code #} and blank lines are ignored.
 *
 * @param pins per type, in file order
 */
public record PinnedScores(Map<String, Pin> pins) {

    /** The header line. */
    public static final String HEADER = "type\tstrict_f1\tlenient_f1";

    /** The tolerance of {@link #check}: a figure may fall this much below its pin. */
    public static final double EPSILON = 0.0005;

    /** One type's pinned F1 values. */
    public record Pin(String type, double strictF1, double lenientF1) {
    }

    public PinnedScores {
        pins = Collections.unmodifiableMap(new LinkedHashMap<>(pins));
    }

    /** Reads pins; {@code where} names the source in error messages. */
    public static PinnedScores read(Reader in, String where) throws IOException {
        Map<String, Pin> pins = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IOException(where + ": the first line must be the header \"" + HEADER.replace("\t", "<TAB>")
                    + "\"");
        }
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\t");
            if (cells.length != 3) {
                throw new IOException(where + ":" + number + ": expected 3 tab-separated columns");
            }
            try {
                pins.put(cells[0], new Pin(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
            } catch (NumberFormatException e) {
                throw new IOException(where + ":" + number + ": not a number: " + e.getMessage(), e);
            }
        }
        return new PinnedScores(pins);
    }

    /**
     * The current figures of an evaluation as pins: every scored type (micro total left out), every
     * attribute compared at least once, every assertion flag set in the gold or the predictions.
     */
    public static PinnedScores of(Evaluation e) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        for (TypeScore t : e.types()) {
            pins.put(t.type(), new Pin(t.type(), floor(t.strict().f1()), floor(t.lenient().f1())));
        }
        for (AttributeScore a : e.attributes()) {
            if (a.compared() > 0) {
                String name = a.type() + "." + a.attribute();
                pins.put(name, new Pin(name, floor(a.accuracy()), floor(a.accuracy())));
            }
        }
        for (AssertionScore a : e.assertions()) {
            if (a.gold() + a.predicted() > 0) {
                String name = ASSERTION + a.flag();
                pins.put(name, new Pin(name, floor(a.counts().f1()), floor(a.counts().f1())));
            }
        }
        return new PinnedScores(pins);
    }

    private static final String ASSERTION = "assertion.";

    /** The figure a pin holds, read from an evaluation (0 when it was not scored). */
    private static Figure figure(Evaluation e, String name) {
        if (name.startsWith(ASSERTION)) {
            double f1 = e.assertion(name.substring(ASSERTION.length())).map(a -> a.counts().f1()).orElse(0.0);
            return new Figure("F1", f1, f1, true);
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            double accuracy = e.attribute(name.substring(0, dot), name.substring(dot + 1))
                    .map(AttributeScore::accuracy).orElse(0.0);
            return new Figure("accuracy", accuracy, accuracy, true);
        }
        Optional<TypeScore> t = e.type(name);
        return new Figure("F1", t.map(s -> s.strict().f1()).orElse(0.0), t.map(s -> s.lenient().f1()).orElse(0.0), false);
    }

    /** A pinned figure as measured; {@code single}: one figure in both columns (attribute, flag). */
    private record Figure(String measure, double strict, double lenient, boolean single) {
    }

    /** Figures rounded down to four decimals, so that a fresh pin never fails. */
    private static double floor(double v) {
        return Math.floor(v * 10000.0 + 1e-9) / 10000.0;
    }

    /** Writes the header and one line per pin. */
    public void write(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (Pin p : pins.values()) {
            out.write(String.format(Locale.ROOT, "%s\t%.4f\t%.4f%n", p.type(), p.strictF1(), p.lenientF1()));
        }
    }

    /** Whether nothing is pinned. */
    public boolean isEmpty() {
        return pins.isEmpty();
    }

    /**
     * The pins an evaluation falls below by more than {@link #EPSILON}, one message each (a pinned
     * figure that was not scored counts as 0).
     */
    public List<String> check(Evaluation e) {
        List<String> failures = new ArrayList<>();
        for (Pin p : pins.values()) {
            Figure f = figure(e, p.type());
            if (f.strict() < p.strictF1() - EPSILON) {
                failures.add(String.format(Locale.ROOT, "%s %s%s %.4f is below its pin %.4f", p.type(),
                        f.single() ? "" : "strict ", f.measure(), f.strict(), p.strictF1()));
            }
            if (!f.single() && f.lenient() < p.lenientF1() - EPSILON) {
                failures.add(String.format(Locale.ROOT, "%s lenient %s %.4f is below its pin %.4f", p.type(),
                        f.measure(), f.lenient(), p.lenientF1()));
            }
        }
        return failures;
    }
}
