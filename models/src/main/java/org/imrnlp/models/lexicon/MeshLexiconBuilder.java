package org.imrnlp.models.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the generated MeSH lexicons from a local table of MeSH descriptors of the Diseases (C)
 * and Psychiatry (F) trees ({@code MESH_ID, MESH_NAME, PARENT_MESH_ID, PARENT_MESH_CATEGORY,
 * ROOT_MESH_CATEGORY, LEVEL}, one row per tree number: {@code mesh_descriptors_c_f_tree.tsv} of
 * the DisMaNET data, {@code dismanet/paper}). MeSH is produced by the U.S. National Library of
 * Medicine and free to use with attribution ({@code NOTICE}). Run by hand, not at every build:
 *
 * <pre>
 * java -cp models/target/classes:core/target/classes org.imrnlp.models.lexicon.MeshLexiconBuilder \
 *     mesh_descriptors_c_f_tree.tsv VERSION models/src/main/resources/org/imrnlp/models/clinical
 * </pre>
 *
 * A descriptor is a <b>symptom</b> when one of its tree numbers lies under Signs and Symptoms
 * ({@code C23.888}: hoarseness, also under respiratory disorders); else a <b>diagnosis</b> when one lies in a disease tree ({@code C01}-{@code C21},
 * {@code C25}, {@code C26}), under Pathologic Processes ({@code C23.550}) or Mental Disorders
 * ({@code F03}); else (animal diseases, experimental neoplasms, behaviour) it is left out. A name
 * inverted with one comma is read in its natural order ({@code Dermatitis, Seborrheic}:
 * {@code seborrheic dermatitis}); a name with more commas is left out. Names pass the same
 * {@link TermRules} as the ontologies' (stop list, shapes, written variants), and a symptom the
 * reviewed list makes a diagnosis moves. Rows carry source {@code MeSH}, the given version, and
 * the descriptor id ({@code MESH:D012345}); never an ICD-10-CM code.
 */
public final class MeshLexiconBuilder {

    static final String DIAGNOSES = "generated-mesh-diagnoses.tsv";
    static final String SYMPTOMS = "generated-mesh-symptoms.tsv";

    private MeshLexiconBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: MeshLexiconBuilder MESH_TREE_TSV VERSION OUT_DIR");
            System.exit(2);
        }
        Map<String, Descriptor> descriptors = read(Path.of(args[0]));
        TermRules rules = TermRules.load();
        Map<String, LexiconBuilder.Row> diagnoses = new TreeMap<>();
        Map<String, LexiconBuilder.Row> symptoms = new TreeMap<>();
        for (Descriptor d : descriptors.values()) {
            Kind kind = kind(d.trees());
            String name = naturalOrder(d.name());
            if (kind == Kind.NONE || name == null || !rules.accepts(name)) {
                continue;
            }
            for (String form : TermRules.variants(name)) {
                if (rules.accepts(form)) {
                    boolean exact = TermRules.acronym(form);
                    String phrase = exact ? form : form.toLowerCase(Locale.ROOT);
                    (kind == Kind.DIAGNOSIS ? diagnoses : symptoms).putIfAbsent(phrase,
                            new LexiconBuilder.Row(phrase, "MeSH", args[1], "MESH:" + d.id(), "", exact));
                }
            }
        }
        symptoms.keySet().removeAll(diagnoses.keySet());
        LexiconBuilder.moveDiagnoses(symptoms, diagnoses, rules);
        Path out = Files.createDirectories(Path.of(args[2]));
        LexiconBuilder.write(out.resolve(DIAGNOSES), diagnoses, "Diagnoses from MeSH descriptors (U.S. National Library"
                + " of Medicine), " + args[1] + ": disease trees, pathologic processes, mental disorders.", true,
                MeshLexiconBuilder.class);
        LexiconBuilder.write(out.resolve(SYMPTOMS), symptoms, "Symptoms from MeSH descriptors (U.S. National Library"
                + " of Medicine), " + args[1] + ": signs and symptoms.", false, MeshLexiconBuilder.class);
        System.out.printf("%d diagnosis phrases, %d symptom phrases%n", diagnoses.size(), symptoms.size());
    }

    /** One descriptor with all its tree numbers. */
    record Descriptor(String id, String name, List<String> trees) {
    }

    enum Kind { DIAGNOSIS, SYMPTOM, NONE }

    static Map<String, Descriptor> read(Path file) throws IOException {
        Map<String, Descriptor> out = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("MESH_ID\tMESH_NAME\t")) {
                throw new IOException(file + ": not a MeSH tree table (header MESH_ID, MESH_NAME, ...)");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length < 4) {
                    continue;
                }
                out.computeIfAbsent(cells[0], id -> new Descriptor(id, cells[1], new ArrayList<>())).trees().add(cells[3]);
            }
        }
        return out;
    }

    /** What a descriptor with these tree numbers names. */
    static Kind kind(List<String> trees) {
        if (trees.stream().anyMatch(t -> t.startsWith("C23.888"))) {
            return Kind.SYMPTOM;
        }
        for (String tree : trees) {
            String root = tree.length() >= 3 ? tree.substring(0, 3) : tree;
            boolean disease = root.startsWith("C") && !root.equals("C22") && !root.equals("C23") && !root.equals("C24")
                    && !tree.startsWith("C04.619");
            if (disease || tree.startsWith("C23.550") || root.equals("F03")) {
                return Kind.DIAGNOSIS;
            }
        }
        return Kind.NONE;
    }

    /** The name in natural word order ({@code Dermatitis, Seborrheic}: {@code Seborrheic Dermatitis}), or null. */
    static String naturalOrder(String name) {
        String[] parts = name.split(", ");
        if (parts.length > 2 || name.indexOf(',') >= 0 && parts.length != 2) {
            return null;
        }
        return parts.length == 2 ? parts[1] + " " + parts[0] : name;
    }
}
