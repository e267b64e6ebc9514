package org.imrnlp.models.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The terms of an OBO 1.2 ontology file (plain or gzip-compressed): for each {@code [Term]} its
 * id, name, EXACT synonyms, xrefs and whether it is obsolete; and the file's
 * {@code data-version}. Only what the lexicon builder needs is read.
 */
public record OboFile(String dataVersion, List<Term> terms) {

    /**
     * One term.
     *
     * @param id       the source id ({@code DOID:1234}, {@code SYMP:0000099})
     * @param name     the term's name
     * @param synonyms its EXACT synonyms (RELATED, NARROW and BROAD are not the same concept)
     * @param xrefs    its cross-references as written ({@code ICD10CM:I10})
     * @param obsolete whether the term is obsolete
     */
    public record Term(String id, String name, List<String> synonyms, List<String> xrefs, boolean obsolete) {
    }

    private static final Pattern SYNONYM = Pattern.compile("^synonym:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s+(\\w+)");

    /** Reads {@code file}; a name ending in {@code .gz} is read through gzip. */
    public static OboFile read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    /** Reads an OBO text. */
    public static OboFile read(BufferedReader reader) throws IOException {
        String version = "";
        List<Term> terms = new ArrayList<>();
        String stanza = null;
        String id = null;
        String name = null;
        List<String> synonyms = new ArrayList<>();
        List<String> xrefs = new ArrayList<>();
        boolean obsolete = false;
        String line;
        while (true) {
            line = reader.readLine();
            boolean stanzaStart = line == null || line.startsWith("[");
            if (stanzaStart) {
                if ("[Term]".equals(stanza) && id != null && name != null) {
                    terms.add(new Term(id, name, List.copyOf(synonyms), List.copyOf(xrefs), obsolete));
                }
                if (line == null) {
                    break;
                }
                stanza = line.trim();
                id = null;
                name = null;
                synonyms.clear();
                xrefs.clear();
                obsolete = false;
                continue;
            }
            if (stanza == null) {
                if (line.startsWith("data-version:")) {
                    version = line.substring("data-version:".length()).trim();
                }
                continue;
            }
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("name:")) {
                name = line.substring(5).trim();
            } else if (line.startsWith("synonym:")) {
                Matcher m = SYNONYM.matcher(line);
                if (m.find() && m.group(2).equals("EXACT")) {
                    synonyms.add(m.group(1).replace("\\\"", "\""));
                }
            } else if (line.startsWith("xref:")) {
                String xref = line.substring(5).trim();
                int space = xref.indexOf(' ');
                xrefs.add(space < 0 ? xref : xref.substring(0, space));
            } else if (line.startsWith("is_obsolete:")) {
                obsolete = line.substring(12).trim().equals("true");
            }
        }
        return new OboFile(version, List.copyOf(terms));
    }

    /** The release of {@link #dataVersion}: {@code releases/2024-01-31/doid.obo} gives {@code 2024-01-31}. */
    public String release() {
        Matcher m = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(dataVersion);
        return m.find() ? m.group() : dataVersion;
    }
}
