package org.imrnlp.corpus.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ExtractionException;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * Predictions made by running an extractor over the letters of a gold set: for every gold
 * document, the file of the letters folder named as its source. Letters that are not there are
 * left out (the evaluation counts those documents as all misses).
 *
 * @param predicted the extractor's annotations by source
 * @param texts     the letters' texts by source
 */
public record LetterPredictions(Map<String, AnnotatedDocument> predicted, Map<String, String> texts) {

    public LetterPredictions {
        predicted = Map.copyOf(predicted);
        texts = Map.copyOf(texts);
    }

    /**
     * Annotates the letters of {@code gold}'s documents found in {@code letters}.
     *
     * @throws IOException if the folder is missing, a letter cannot be read, its length is not the
     *                     gold's {@code textLength}, or the extractor fails on it (the message names the file)
     */
    public static LetterPredictions annotate(ImrExtractor extractor, DocumentSet gold, Path letters)
            throws IOException {
        Objects.requireNonNull(extractor, "extractor");
        Map<String, String> texts = readTexts(gold, letters);
        Map<String, AnnotatedDocument> predicted = new HashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            try {
                predicted.put(e.getKey(), extractor.extract(e.getValue(), e.getKey()).toDocument());
            } catch (RuntimeException ex) {
                throw new IOException(letters.resolve(e.getKey()) + ": annotation failed ("
                        + ExtractionException.reason(ex) + ")", ex);
            }
        }
        return new LetterPredictions(predicted, texts);
    }

    /**
     * The texts of {@code gold}'s documents found in {@code folder} (files named as the sources,
     * {@code .txt} or {@code .pdf}), checked against the gold's {@code textLength}.
     */
    public static Map<String, String> readTexts(DocumentSet gold, Path folder) throws IOException {
        Objects.requireNonNull(gold, "gold");
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
        }
        Map<String, String> texts = new HashMap<>();
        for (String source : gold.sources()) {
            Path file = folder.resolve(Path.of(source).getFileName().toString());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = DocumentText.read(file);
            int goldLength = gold.documents().get(source).textLength();
            if (goldLength > 0 && goldLength != text.length()) {
                throw new IOException(file + ": " + text.length() + " characters, but the gold ("
                        + String.join(", ", gold.filesOf(source).stream().map(Path::toString).toList())
                        + ") says textLength " + goldLength);
            }
            texts.put(source, text);
        }
        return texts;
    }
}
