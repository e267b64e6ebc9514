package org.imrnlp.models.lexicon;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.imrnlp.core.MentionType;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;

/**
 * A dictionary a user brings (a licensed vocabulary such as UMLS), read from one of two formats:
 * <ul>
 *   <li><b>cTAKES BSV</b> ({@code .bsv}): bar-separated {@code CUI|TUI|TEXT} rows, as cTAKES'
 *       fast dictionary lookup reads them; the TUI (UMLS semantic type) chooses the type through
 *       {@code lexicon/umls-semantic-types.tsv}, and rows of other semantic types are skipped.
 *       Two-column {@code CUI|TEXT} rows are refused: without a semantic type the row has no type.</li>
 *   <li><b>TSV</b> (any other name): {@code term<TAB>type<TAB>code} rows, {@code type} one of
 *       {@code Medication}, {@code Diagnosis}, {@code Symptom}, {@code Procedure} (any case),
 *       {@code code} optional.</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are comments. A bad row is an
 * {@link IllegalArgumentException} naming the file and line. Immutable.
 */
public final class UserDictionary {

    /** The mention types a user dictionary may add. */
    public static final List<MentionType> TYPES = List.of(MentionType.MEDICATION, MentionType.DIAGNOSIS,
            MentionType.SYMPTOM, MentionType.PROCEDURE);

    private static final String SEMANTIC_TYPES = "lexicon/umls-semantic-types.tsv";

    private final Path file;
    private final List<Term> terms;
    private final int skipped;

    private UserDictionary(Path file, List<Term> terms, int skipped) {
        this.file = file;
        this.terms = List.copyOf(terms);
        this.skipped = skipped;
    }

    /**
     * One dictionary term.
     *
     * @param text the term as the dictionary writes it
     * @param type the mention type it names
     * @param code its id in the dictionary (a UMLS CUI, a TSV code), or null
     */
    public record Term(String text, MentionType type, String code) {
    }

    /** Reads {@code file} (UTF-8) in the format its name says: {@code .bsv} is cTAKES BSV, anything else TSV. */
    public static UserDictionary load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = List.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
        boolean bsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bsv");
        List<Term> terms = new ArrayList<>();
        int skipped = 0;
        Map<String, MentionType> semanticTypes = bsv ? semanticTypes() : Map.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Term term = bsv ? bsvTerm(file, i + 1, line, semanticTypes) : tsvTerm(file, i + 1, line);
            if (term == null) {
                skipped++;
            } else {
                terms.add(term);
            }
        }
        return new UserDictionary(file, terms, skipped);
    }

    private static Term bsvTerm(Path file, int line, String row, Map<String, MentionType> semanticTypes) {
        String[] cells = row.split("\\|", -1);
        if (cells.length != 3) {
            throw new IllegalArgumentException(file + ":" + line + ": a BSV row is CUI|TUI|TEXT, found "
                    + cells.length + " column" + (cells.length == 1 ? "" : "s"));
        }
        String cui = cells[0].strip();
        String tui = cells[1].strip();
        String text = cells[2].strip();
        if (cui.isEmpty() || text.isEmpty() || !tui.matches("T\\d{3}")) {
            throw new IllegalArgumentException(file + ":" + line + ": a BSV row needs a CUI, a TUI (T047) and a text");
        }
        MentionType type = semanticTypes.get(tui);
        return type == null ? null : new Term(text, type, cui);
    }

    private static Term tsvTerm(Path file, int line, String row) {
        String[] cells = row.split("\t", -1);
        if (cells.length < 2 || cells.length > 3) {
            throw new IllegalArgumentException(file + ":" + line + ": a TSV row is term<TAB>type<TAB>code, found "
                    + cells.length + " column" + (cells.length == 1 ? "" : "s"));
        }
        String text = cells[0].strip();
        Optional<MentionType> type = TYPES.stream().filter(t -> t.jsonName().equalsIgnoreCase(cells[1].strip())).findFirst();
        if (text.isEmpty() || type.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + line + ": a TSV row needs a term and a type of "
                    + TYPES.stream().map(MentionType::jsonName).toList());
        }
        String code = cells.length == 3 && !cells[2].isBlank() ? cells[2].strip() : null;
        return new Term(text, type.get(), code);
    }

    private static Map<String, MentionType> semanticTypes() {
        Map<String, MentionType> types = new HashMap<>();
        for (TsvTable.Row row : ResourceFiles.table(SEMANTIC_TYPES).rows()) {
            types.put(row.get("tui"), MentionType.fromJsonName(row.get("type"))
                    .orElseThrow(() -> new IllegalStateException(SEMANTIC_TYPES + ": unknown type " + row.get("type"))));
        }
        return types;
    }

    /** The file it was read from. */
    public Path file() {
        return file;
    }

    /** Its terms of the types this project extracts, in file order. */
    public List<Term> terms() {
        return terms;
    }

    /** How many rows were skipped for a semantic type this project does not extract. */
    public int skipped() {
        return skipped;
    }
}
