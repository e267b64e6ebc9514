package org.imrnlp.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * Makes varied IMR-like letters from templates, laid out as PDF-extracted text (every line
 * followed by a blank line, paragraphs separated by a line holding one space), with the
 * Medication spans it put in as gold. Seeded, so a test gets the same letters every run.
 */
public final class LetterGenerator {

    private static final String[] DRUGS = {"Zanaflex", "tizanidine", "Norco", "gabapentin", "Neurontin", "Butrans",
        "Klonopin", "omeprazole", "Lidoderm", "cyclobenzaprine", "Tramadol", "Celebrex", "naproxen", "Lyrica",
        "Ambien", "Flexeril", "Soma", "Percocet", "Cymbalta", "Prilosec"};
    private static final String[] STRENGTHS = {"6mg", "10/325mg", "300 mg", "20 mcg/hour", "0.5 mg", "50mg", "7.5 mg"};
    private static final String[] SEX = {"male", "female"};
    private static final String[] BODY = {"lumbar spine", "cervical spine", "left shoulder", "right knee", "low back"};
    private static final String[] DIAGNOSES = {"lumbar radiculopathy", "chronic pain syndrome", "cervical strain",
        "post laminectomy syndrome", "depression", "insomnia", "lumbago"};
    private static final String[] SPECIALTIES = {"Physical Medicine and Rehabilitation", "Orthopedic Surgery",
        "Anesthesiology", "Internal Medicine"};
    private static final String[] STATES = {"California", "Maryland", "Texas", "Ohio", "New York"};

    private final Random random;

    public LetterGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A letter and its gold Medication spans. */
    public record Letter(String text, AnnotatedDocument gold) {
    }

    /** The next letter, labelled {@code source}. */
    public Letter next(String source) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("HOW THE IMR FINAL DETERMINATION WAS MADE");
        paragraphs.add("MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert reviewer is "
                + "Board Certified in " + pick(SPECIALTIES) + " and is licensed to practice in " + pick(STATES)
                + ". He/she has been in active clinical practice for more than five years.");
        paragraphs.add("CLINICAL CASE SUMMARY");
        String drug1 = pick(DRUGS);
        String drug2 = pick(DRUGS);
        StringBuilder summary = new StringBuilder("The patient is a " + (25 + random.nextInt(40)) + "-year-old "
                + pick(SEX) + " with a work injury dated " + date() + ". The diagnoses include " + pick(DIAGNOSES)
                + " and " + pick(DIAGNOSES) + " of the " + pick(BODY) + ". Under consideration is a request for [["
                + drug1 + "]] " + pick(STRENGTHS) + " #" + (30 + 30 * random.nextInt(3)) + ".");
        int sentences = 6 + random.nextInt(15);
        for (int i = 0; i < sentences; i++) {
            summary.append(' ').append(switch (random.nextInt(6)) {
                case 0 -> "A progress report dated " + date() + " states that the patient reports constant pain in the "
                        + pick(BODY) + " rated " + random.nextInt(11) + "/10.";
                case 1 -> "He states he has been using [[" + pick(DRUGS) + "]] " + pick(STRENGTHS) + " about "
                        + (1 + random.nextInt(3)) + " per day.";
                case 2 -> "On examination there is tenderness over the " + pick(BODY)
                        + " and straight leg raising is negative bilaterally.";
                case 3 -> "She denies suicidal ideations and is also taking [[" + drug2 + "]] at night.";
                case 4 -> "There is no documentation of functional improvement with prior use of [[" + pick(DRUGS) + "]].";
                default -> "The patient was seen again on " + date() + " with no change in the " + pick(BODY) + ".";
            });
        }
        paragraphs.add(summary.toString());
        paragraphs.add("IMR ISSUES, DECISIONS AND RATIONALES");
        paragraphs.add("1. [[" + drug1 + "]] " + pick(STRENGTHS) + ": " + (random.nextBoolean() ? "Upheld" : "Overturned"));
        paragraphs.add("Decision rationale: The MTUS Chronic Pain Treatment Guidelines state that [[" + pick(DRUGS)
                + "]] is recommended for short-term use only. The request is not medically necessary.");
        return layout(String.join("\n \n", paragraphs), source);
    }

    private String date() {
        return (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/" + String.format("%02d", random.nextInt(15));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Wraps lines at about 90 characters, adds the blank lines, and turns [[x]] into gold spans. */
    private static Letter layout(String marked, String source) {
        StringBuilder wrapped = new StringBuilder();
        int column = 0;
        for (String word : marked.split(" ", -1)) {
            if (column > 0 && column + word.length() > 90 && !word.contains("\n")) {
                wrapped.append(" \n\n");
                column = 0;
            } else if (column > 0 || wrapped.length() > 0 && wrapped.charAt(wrapped.length() - 1) != '\n') {
                wrapped.append(' ');
            }
            String w = word.replace("\n", " \n\n");
            wrapped.append(w);
            column = w.contains("\n") ? w.length() - w.lastIndexOf('\n') - 1 : column + w.length() + 1;
        }
        String marks = wrapped.toString();
        StringBuilder text = new StringBuilder();
        List<Annotation> gold = new ArrayList<>();
        int begin = -1;
        for (int i = 0; i < marks.length(); i++) {
            if (marks.startsWith("[[", i)) {
                begin = text.length();
                i++;
            } else if (marks.startsWith("]]", i)) {
                gold.add(new Annotation("M" + (gold.size() + 1), "Medication", begin, text.length(),
                        text.substring(begin), null, null));
                i++;
            } else {
                text.append(marks.charAt(i));
            }
        }
        text.append(" \n\n");
        return new Letter(text.toString(), new AnnotatedDocument(source, text.length(), gold));
    }

    /** Writes {@code count} letters as {@code dir/NNNN.txt} into {@code subfolders} folders (for measurements). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        LetterGenerator generator = new LetterGenerator(42);
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("d" + (i % 10)).resolve(String.format("%04d.txt", i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generator.next(file.getFileName().toString()).text());
        }
    }
}
