package org.imrnlp.corpus.format;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.fhir.FhirExport;

/** The output formats, and what each writes for one analysed document. */
public enum OutputFormat {
    /** The guide's JSON form, indented. */
    JSON("json"),
    /** The guide's JSON form, one document per line. */
    JSONL("jsonl"),
    /** BRAT standoff: the text and its {@code .ann}. */
    BRAT("ann"),
    /** UIMA XMI of the whole CAS. */
    XMI("xmi"),
    /** CoNLL-2003-style BIO columns, one per type. */
    CONLL("conll"),
    /** OpenNLP name-finder training format. */
    OPENNLP("opennlp"),
    /** An HL7 FHIR R4 Bundle per document, indented JSON (see {@link FhirExport}). */
    FHIR("fhir.json");

    /**
     * The types written by the token-based formats: every type of the guide but Section (whole
     * sections are not names).
     */
    public static final List<String> TOKEN_TYPES = Arrays.stream(MentionType.values())
            .filter(t -> t != MentionType.SECTION).map(MentionType::jsonName).toList();

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The extension of the main output file, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether writing needs the CAS itself (XMI). */
    public boolean needsCas() {
        return this == XMI;
    }

    /** Whether writing needs the pipeline's sentences and tokens. */
    public boolean needsTokens() {
        return this == CONLL || this == OPENNLP;
    }

    /** The format named {@code name} (case-insensitive). */
    public static OutputFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; one of "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList(), e);
        }
    }

    /**
     * The files for {@code analysis}: file-name suffix (such as {@code .json}) to content, the
     * main file last.
     */
    public Map<String, String> render(Analysis analysis) {
        Map<String, String> files = new LinkedHashMap<>();
        switch (this) {
            case JSON -> files.put(".json", JsonForm.toPrettyJson(analysis.document()) + "\n");
            case JSONL -> files.put(".jsonl", JsonLines.line(analysis.document()));
            case BRAT -> {
                files.put(".txt", analysis.text());
                files.put(".ann", BratFormat.write(analysis.document(), analysis.text()));
            }
            case XMI -> files.put(".xmi", analysis.xmi());
            case CONLL -> files.put(".conll", ConllFormat.write(analysis.document(), analysis.tokens(), TOKEN_TYPES));
            case OPENNLP -> files.put(".opennlp",
                    OpenNlpFormat.write(analysis.document(), analysis.tokens(), TOKEN_TYPES));
            case FHIR -> files.put(".fhir.json", FhirExport.toJson(analysis.document()) + "\n");
        }
        return files;
    }
}
