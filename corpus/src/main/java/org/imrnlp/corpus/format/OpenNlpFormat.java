package org.imrnlp.corpus.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * OpenNLP's name-finder training format: one sentence per line, tokens separated by spaces,
 * names as {@code <START:Type> tokens <END>}. Names cannot overlap in this format, so the first
 * placed wins ({@link TokenSpans}). Reading needs the document text to recover offsets.
 */
public final class OpenNlpFormat {

    private OpenNlpFormat() {
    }

    /** The training samples of a document: the first sentence clears the adaptive data. */
    public static List<NameSample> samples(TokenSpans.Result placed, TokenizedText tokens) {
        List<NameSample> samples = new ArrayList<>();
        for (int s = 0; s < tokens.sentences().size(); s++) {
            List<TokenizedText.Token> sentence = tokens.sentences().get(s);
            String[] words = sentence.stream().map(TokenizedText.Token::text).toArray(String[]::new);
            Span[] names = placed.sentences().get(s).stream()
                    .map(span -> new Span(span.start(), span.end(), span.type())).toArray(Span[]::new);
            samples.add(new NameSample(words, names, s == 0));
        }
        return samples;
    }

    /** The document in the training format for {@code types}. */
    public static String write(AnnotatedDocument document, TokenizedText tokens, Collection<String> types) {
        StringBuilder out = new StringBuilder();
        for (NameSample sample : samples(TokenSpans.place(document, tokens, types, false), tokens)) {
            out.append(sample.toString().strip()).append('\n');
        }
        return out.toString();
    }

    /** Reads {@code lines}, written for {@code text}, back into annotations with ids T1, T2, ... */
    public static AnnotatedDocument read(String source, String text, String lines) throws IOException {
        TokenAligner aligner = new TokenAligner(text);
        List<Annotation> annotations = new ArrayList<>();
        int number = 0;
        for (String line : lines.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            NameSample sample;
            try {
                sample = NameSample.parse(line, false);
            } catch (IOException | RuntimeException e) {
                throw new IOException(source + ": line " + number + ": " + e.getMessage(), e);
            }
            List<TokenizedText.Token> spans = aligner.align(List.of(sample.getSentence()));
            for (Span name : sample.getNames()) {
                int b = spans.get(name.getStart()).begin();
                int e = spans.get(name.getEnd() - 1).end();
                annotations.add(new Annotation(null, name.getType(), b, e, text.substring(b, e), null, null));
            }
        }
        annotations.sort(Comparator.comparingInt(Annotation::begin));
        List<Annotation> numbered = new ArrayList<>(annotations.size());
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            numbered.add(new Annotation("T" + (i + 1), a.type(), a.begin(), a.end(), a.text(), null, null));
        }
        return new AnnotatedDocument(source, text.length(), numbered);
    }
}
