package org.imrnlp.annotators.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.imrnlp.models.TsvTable;

/**
 * Per model type, the lowest mean token probability a name-finder span needs to be added, or
 * {@link #OFF} for a type whose spans are never added. Read from and written as a small TSV file
 * (columns {@code type} and {@code floor}, a number from 0 to 1 or {@code off}; {@code #} lines are
 * comments), e.g. the shipped {@link ClinicalNerModel#FLOORS}, which {@code imrnlp train-ner --floors}
 * writes from its cross-validation.
 */
public record NerFloors(Map<String, Double> byType) {

    /** The floor of a type whose spans are never added (above every probability). */
    public static final double OFF = 2;
    /** How a file writes {@link #OFF}. */
    public static final String OFF_WORD = "off";

    public NerFloors {
        for (Map.Entry<String, Double> e : byType.entrySet()) {
            double floor = e.getValue();
            if (floor != OFF && !(floor >= 0 && floor <= 1)) {
                throw new IllegalArgumentException(e.getKey() + ": a floor is from 0 to 1 or off, not " + floor);
            }
        }
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    }

    /** The floors of a table with columns {@code type} and {@code floor}; a bad row is an error naming its line. */
    public static NerFloors of(TsvTable table) {
        Map<String, Double> floors = new TreeMap<>();
        for (TsvTable.Row row : table.rows()) {
            String type = row.required("type");
            String floor = row.required("floor");
            double value;
            try {
                value = OFF_WORD.equals(floor) ? OFF : Double.parseDouble(floor);
            } catch (NumberFormatException e) {
                throw row.error("floor must be a number from 0 to 1 or " + OFF_WORD + ", not " + floor);
            }
            if (value != OFF && !(value >= 0 && value <= 1)) {
                throw row.error("floor must be from 0 to 1 or " + OFF_WORD + ", not " + floor);
            }
            if (floors.put(type, value) != null) {
                throw row.error("a second row for " + type);
            }
        }
        return new NerFloors(floors);
    }

    /** The floors in the classpath resource {@code resource} (e.g. {@link ClinicalNerModel#FLOORS}). */
    public static NerFloors readResource(String resource) {
        try (InputStream in = NerFloors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + ": no such classpath resource");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return of(TsvTable.parse(resource, lines));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read", e);
        }
    }

    /** The floors as the annotator's {@link OpenNlpNerAnnotator#PARAM_TYPE_MIN_PROBABILITIES} entries ({@code TYPE=P}). */
    public String[] parameterEntries() {
        return byType.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A floor as a file writes it: {@code 0.85} or {@value #OFF_WORD}. */
    public static String format(double floor) {
        return floor == OFF ? OFF_WORD : String.format(Locale.ROOT, "%.2f", floor);
    }

    /** The file's lines: {@code comments} (each written after {@code # }), the header, one row per type. */
    public List<String> lines(List<String> comments) {
        List<String> lines = new ArrayList<>();
        comments.forEach(c -> lines.add("# " + c));
        lines.add("type\tfloor");
        byType.forEach((type, floor) -> lines.add(type + "\t" + format(floor)));
        return lines;
    }
}
