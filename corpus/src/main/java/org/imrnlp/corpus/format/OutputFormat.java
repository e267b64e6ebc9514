package org.imrnlp.corpus.format;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrnlp.core.MentionType;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
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
     * The types written by the token-based formats and BRAT unless others are chosen: every type
     * of the guide but Section (whole sections are not names, and in BRAT a section's span would
     * put a label on every line of it).
     */
    public static final List<String> TOKEN_TYPES = Arrays.stream(MentionType.values())
            .filter(t -> t != MentionType.SECTION).map(MentionType::jsonName).toList();

    /** Every type of the guide. */
    public static final List<String> ALL_TYPES = Arrays.stream(MentionType.values()).map(MentionType::jsonName).toList();

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

    /**
     * The types written when none are chosen: {@link #TOKEN_TYPES} for BRAT, CoNLL and OpenNLP,
     * every type for the JSON forms and XMI.
     */
    public List<String> defaultTypes() {
        return this == BRAT || this == CONLL || this == OPENNLP ? TOKEN_TYPES : ALL_TYPES;
    }

    /**
     * The types named in {@code names} (JSON names such as {@code Medication}, or {@code all}) in
     * the guide's order; an unknown name is an {@link IllegalArgumentException} listing the known.
     */
    public static List<String> typesNamed(Collection<String> names) {
        if (names.contains("all")) {
            return ALL_TYPES;
        }
        for (String name : names) {
            if (MentionType.fromJsonName(name).isEmpty()) {
                throw new IllegalArgumentException("unknown annotation type '" + name + "'; one of " + ALL_TYPES
                        + " or all");
            }
        }
        return ALL_TYPES.stream().filter(names::contains).toList();
    }

    /** Whether the written types can be chosen: not for XMI, which is the whole CAS. */
    public boolean choosesTypes() {
        return this != XMI;
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
     * The files for {@code analysis} with the {@link #defaultTypes()}: file-name suffix (such as
     * {@code .json}) to content, the main file last.
     */
    public Map<String, String> render(Analysis analysis) {
        return render(analysis, defaultTypes());
    }

    /**
     * The files for {@code analysis} with the annotations of {@code types} (JSON names) only; XMI
     * writes the whole CAS whatever the types. A link to an annotation of a type left out keeps
     * its id (in BRAT it becomes a note).
     */
    public Map<String, String> render(Analysis analysis, Collection<String> types) {
        Map<String, String> files = new LinkedHashMap<>();
        AnnotatedDocument document = only(analysis.document(), types);
        switch (this) {
            case JSON -> files.put(".json", JsonForm.toPrettyJson(document) + "\n");
            case JSONL -> files.put(".jsonl", JsonLines.line(document));
            case BRAT -> {
                files.put(".txt", analysis.text());
                files.put(".ann", BratFormat.write(document, analysis.text()));
            }
            case XMI -> files.put(".xmi", analysis.xmi());
            case CONLL -> files.put(".conll", ConllFormat.write(document, analysis.tokens(), List.copyOf(types)));
            case OPENNLP -> files.put(".opennlp", OpenNlpFormat.write(document, analysis.tokens(), types));
            case FHIR -> files.put(".fhir.json", FhirExport.toJson(document) + "\n");
        }
        return files;
    }

    /**
     * The annotations of {@code types} that the token-based formats (CoNLL, OpenNLP) cannot write
     * and leave out: crossing a sentence end, overlapping another of the same column (CoNLL: the
     * same type; OpenNLP: any type), or covering no token. None for the other formats.
     */
    public TokenSpans.LeftOut leftOut(Analysis analysis, Collection<String> types) {
        if (this == OPENNLP) {
            return TokenSpans.place(analysis.document(), analysis.tokens(), types, false).leftOutByReason();
        }
        TokenSpans.LeftOut leftOut = TokenSpans.LeftOut.NONE;
        if (this == CONLL) {
            for (String type : types) {
                leftOut = leftOut.plus(TokenSpans.place(analysis.document(), analysis.tokens(), List.of(type), true)
                        .leftOutByReason());
            }
        }
        return leftOut;
    }

    /** {@code document} with the annotations of {@code types} only. */
    public static AnnotatedDocument only(AnnotatedDocument document, Collection<String> types) {
        List<Annotation> kept = document.annotations().stream().filter(a -> types.contains(a.type())).toList();
        return kept.size() == document.annotations().size() ? document
                : new AnnotatedDocument(document.source(), document.textLength(), kept);
    }
}
