package org.imrnlp.corpus.format;

import java.util.Objects;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * One analysed document with what the output formats need: its text, its annotations, and,
 * when the format asks for them, the pipeline's tokens and the CAS as XMI.
 *
 * @param tokens null unless the format needs tokens
 * @param xmi    null unless the format needs the CAS
 */
public record Analysis(String text, AnnotatedDocument document, TokenizedText tokens, String xmi) {

    public Analysis {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
    }

    /** Runs {@code extractor} on {@code text} and keeps what {@code format} needs. */
    public static Analysis of(ImrExtractor extractor, String text, String source, OutputFormat format) {
        TokenizedText[] tokens = new TokenizedText[1];
        String[] xmi = new String[1];
        Extraction extraction = extractor.extract(text, source, jcas -> {
            if (format.needsTokens()) {
                tokens[0] = TokenizedText.of(jcas);
            }
            if (format.needsCas()) {
                xmi[0] = XmiFormat.write(jcas);
            }
        });
        return new Analysis(text, extraction.toDocument(), tokens[0], xmi[0]);
    }
}
