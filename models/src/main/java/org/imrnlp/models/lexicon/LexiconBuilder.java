package org.imrnlp.models.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds the generated clinical lexicons from local copies of two CC0 ontologies: the Human
 * Disease Ontology ({@code doid.obo}, diagnoses) and the Symptom Ontology ({@code symp.obo},
 * symptoms). Run by hand, not at every build:
 *
 * <pre>
 * java -cp models/target/classes:core/target/classes org.imrnlp.models.lexicon.LexiconBuilder \
 *     --doid doid.obo.gz --symp symp.obo [--icd10-report ICD10inDO.tsv] \
 *     --out models/src/main/resources/org/imrnlp/models/clinical
 * </pre>
 *
 * It writes {@code generated-diagnoses.tsv} and {@code generated-symptoms.tsv}; every row carries
 * its provenance: {@code source} (DO, SYMP), {@code version} (the release date), {@code id} (the
 * term's id, {@code DOID:1234}). The terms are a term's name and EXACT synonyms that
 * {@link TermRules} accepts, with their written variants. {@code icd10} is the term's ICD-10-CM
 * code only where it is certain: the term has exactly one ICD10CM xref, the phrase names one term
 * only, is no acronym, and the DO's own ICD-10 report (when given, usually of a later release) does not give the
 * term another code. {@code case} is {@code exact} for acronyms (matched only as written). A
 * phrase that both ontologies name is a diagnosis; an obsolete term is skipped.
 */
public final class LexiconBuilder {

    static final String DIAGNOSES = "generated-diagnoses.tsv";
    static final String SYMPTOMS = "generated-symptoms.tsv";
    private static final Pattern ICD10CM = Pattern.compile("[A-TV-Z]\\d[0-9A-Z](?:\\.[0-9A-Z]{1,4})?");

    /** One phrase of a generated lexicon. */
    record Row(String phrase, String source, String version, String id, String icd10, boolean exact) {
    }

    private LexiconBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        if (!opts.containsKey("--doid") || !opts.containsKey("--symp") || !opts.containsKey("--out")) {
            System.err.println("usage: LexiconBuilder --doid FILE --symp FILE [--icd10-report FILE] --out DIR");
            System.exit(2);
        }
        OboFile doid = OboFile.read(Path.of(opts.get("--doid")));
        OboFile symp = OboFile.read(Path.of(opts.get("--symp")));
        Map<String, String> report = opts.containsKey("--icd10-report")
                ? readIcd10Report(Path.of(opts.get("--icd10-report"))) : Map.of();
        TermRules rules = TermRules.load();
        Map<String, Row> diagnoses = rows(doid, "DO", rules, report);
        Map<String, Row> symptoms = rows(symp, "SYMP", rules, Map.of());
        symptoms.keySet().removeAll(diagnoses.keySet());
        moveDiagnoses(symptoms, diagnoses, rules);
        Path out = Files.createDirectories(Path.of(opts.get("--out")));
        write(out.resolve(DIAGNOSES), diagnoses, "Diagnoses from the Human Disease Ontology (CC0), release "
                + doid.release() + "; terms of the Symptom Ontology (CC0), release " + symp.release()
                + ", that name a condition or finding.", true);
        write(out.resolve(SYMPTOMS), symptoms, "Symptoms from the Symptom Ontology (CC0), release "
                + symp.release() + ".", false);
        System.out.printf("%d diagnosis phrases, %d symptom phrases%n", diagnoses.size(), symptoms.size());
    }

    /**
     * The phrases of {@code obo}, by lower-case phrase: a phrase that names several terms keeps
     * the term whose name it is (else the first), without a code.
     */
    static Map<String, Row> rows(OboFile obo, String source, TermRules rules, Map<String, String> icd10Report) {
        Map<String, List<Row>> byPhrase = new TreeMap<>();
        Map<String, String> namedBy = new HashMap<>();
        for (OboFile.Term term : obo.terms()) {
            if (term.obsolete() || term.name().startsWith("obsolete ")) {
                continue;
            }
            String icd10 = certainIcd10(term, icd10Report);
            List<String> names = new ArrayList<>();
            names.add(term.name());
            names.addAll(term.synonyms());
            for (String name : names) {
                String clean = name.strip().replaceAll("\\s+", " ");
                if (!rules.accepts(clean)) {
                    continue;
                }
                for (String form : TermRules.variants(clean)) {
                    if (!rules.accepts(form)) {
                        continue;
                    }
                    boolean exact = TermRules.acronym(form);
                    String key = exact ? form : form.toLowerCase(Locale.ROOT);
                    List<Row> rowsOfPhrase = byPhrase.computeIfAbsent(key, k -> new ArrayList<>());
                    if (rowsOfPhrase.stream().noneMatch(r -> r.id().equals(term.id()))) {
                        // an acronym may stand for other conditions than the term's: no code
                        rowsOfPhrase.add(new Row(exact ? form : form.toLowerCase(Locale.ROOT), source,
                                obo.release(), term.id(), exact ? "" : icd10, exact));
                    }
                    if (name.equals(term.name())) {
                        namedBy.putIfAbsent(key, term.id());
                    }
                }
            }
        }
        Map<String, Row> out = new TreeMap<>();
        byPhrase.forEach((phrase, candidates) -> {
            if (candidates.size() == 1) {
                out.put(phrase, candidates.get(0));
                return;
            }
            String named = namedBy.get(phrase);
            Row chosen = candidates.stream().filter(r -> r.id().equals(named)).findFirst().orElse(candidates.get(0));
            out.put(phrase, new Row(chosen.phrase(), chosen.source(), chosen.version(), chosen.id(), "", chosen.exact()));
        });
        return out;
    }

    /** Moves the symptom rows that the reviewed list makes diagnoses ({@link TermRules#diagnosis}) to {@code diagnoses}. */
    static void moveDiagnoses(Map<String, Row> symptoms, Map<String, Row> diagnoses, TermRules rules) {
        symptoms.entrySet().removeIf(e -> {
            if (rules.diagnosis(e.getKey())) {
                diagnoses.putIfAbsent(e.getKey(), e.getValue());
                return true;
            }
            return false;
        });
    }

    /** The term's one ICD-10-CM code, where it is certain; else empty. */
    static String certainIcd10(OboFile.Term term, Map<String, String> icd10Report) {
        List<String> codes = term.xrefs().stream().filter(x -> x.startsWith("ICD10CM:"))
                .map(x -> x.substring("ICD10CM:".length())).distinct().toList();
        if (codes.size() != 1 || !ICD10CM.matcher(codes.get(0)).matches()) {
            return "";
        }
        String reported = icd10Report.get(term.id());
        return reported == null || reported.equals(codes.get(0)) ? codes.get(0) : "";
    }

    /**
     * The DO's ICD-10 report ({@code DOreports/ICD10inDO.tsv}: id, label, xrefs, values in quotes):
     * the one code of each DOID that has one, an empty string for a DOID with several.
     */
    static Map<String, String> readIcd10Report(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length < 3) {
                    continue;
                }
                String id = unquote(cells[0]);
                String code = unquote(cells[2]);
                if (!code.startsWith("ICD10CM:")) {
                    continue;
                }
                code = code.substring("ICD10CM:".length());
                String known = out.putIfAbsent(id, code);
                if (known != null && !known.equals(code)) {
                    out.put(id, "");
                }
            }
        }
        return out;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** A diagnosis is {@code general}; a symptom {@code sign} where the reviewed list says so, else {@code other}. */
    private static String category(Row r, boolean diagnosis) {
        if (diagnosis) {
            return "general";
        }
        return TermRules.load().sign(r.phrase()) ? "sign" : "other";
    }

    static void write(Path file, Map<String, Row> rows, String title, boolean diagnosis) throws IOException {
        write(file, rows, title, diagnosis, LexiconBuilder.class);
    }

    /** Writes {@code rows} as a generated lexicon that {@code builder} made. */
    static void write(Path file, Map<String, Row> rows, String title, boolean diagnosis, Class<?> builder)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# " + title + "\n");
            w.write("# Generated by " + builder.getName() + "; do not edit by hand: add a stop to\n");
            w.write("# vocabulary-stops.tsv or a hand-written row (which wins) and build again.\n");
            w.write("# category: general (diagnoses); sign or other (symptoms, as symptoms.tsv). case = exact: an\n");
            w.write("# acronym matched only as written. icd10: only where certain (the phrase alone).\n");
            w.write("phrase\tcategory\tsource\tversion\tid\ticd10\tcase\n");
            for (Row r : rows.values()) {
                w.write(r.phrase() + "\t" + category(r, diagnosis) + "\t" + r.source() + "\t" + r.version() + "\t" + r.id() + "\t" + r.icd10()
                        + "\t" + (r.exact() ? "exact" : "") + "\n");
            }
        }
    }
}
