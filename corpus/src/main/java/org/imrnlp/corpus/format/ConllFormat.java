package org.imrnlp.corpus.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * CoNLL-2003-style BIO columns: a header line {@code # columns: TOKEN T1 T2 ...}, then one token
 * per line with a {@code B-T}/{@code I-T}/{@code O} tag per type column, one sentence per block,
 * a blank line between sentences. Tokens and sentences are the pipeline's. One column per type,
 * so annotations of different types may overlap; within a type the first placed wins
 * ({@link TokenSpans}). Reading needs the document text to recover offsets; attributes and
 * assertions are not part of this format.
 */
public final class ConllFormat {

    /** The header's prefix. */
    public static final String HEADER = "# columns: TOKEN";

    private ConllFormat() {
    }

    /** The document in columns for {@code types}. */
    public static String write(AnnotatedDocument document, TokenizedText tokens, List<String> types) {
        List<TokenSpans.Result> columns = new ArrayList<>();
        for (String type : types) {
            columns.add(TokenSpans.place(document, tokens, List.of(type), true));
        }
        StringBuilder out = new StringBuilder(HEADER);
        types.forEach(t -> out.append(' ').append(t));
        out.append('\n');
        for (int s = 0; s < tokens.sentences().size(); s++) {
            List<TokenizedText.Token> sentence = tokens.sentences().get(s);
            String[][] tags = new String[types.size()][sentence.size()];
            for (int c = 0; c < types.size(); c++) {
                Arrays.fill(tags[c], "O");
                for (TokenSpans.TokenSpan span : columns.get(c).sentences().get(s)) {
                    tags[c][span.start()] = "B-" + span.type();
                    for (int t = span.start() + 1; t < span.end(); t++) {
                        tags[c][t] = "I-" + span.type();
                    }
                }
            }
            out.append('\n');
            for (int t = 0; t < sentence.size(); t++) {
                out.append(sentence.get(t).text());
                for (String[] column : tags) {
                    out.append(' ').append(column[t]);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Reads {@code conll}, written for {@code text}, back into annotations with ids T1, T2, ... */
    public static AnnotatedDocument read(String source, String text, String conll) throws IOException {
        String[] lines = conll.split("\n", -1);
        if (lines.length == 0 || !lines[0].startsWith(HEADER)) {
            throw new IOException(source + ": not IMR-NLP CoNLL (the first line must start with '" + HEADER + "')");
        }
        String[] header = lines[0].substring(HEADER.length()).trim().split(" ");
        int columns = lines[0].substring(HEADER.length()).isBlank() ? 0 : header.length;
        TokenAligner aligner = new TokenAligner(text);
        List<Annotation> annotations = new ArrayList<>();
        List<String[]> block = new ArrayList<>();
        for (int i = 1; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (!line.isBlank()) {
                String[] fields = line.trim().split(" ");
                if (fields.length != columns + 1) {
                    throw new IOException(source + ": line " + (i + 1) + " has " + fields.length + " columns, not "
                            + (columns + 1));
                }
                block.add(fields);
            } else if (!block.isEmpty()) {
                List<TokenizedText.Token> spans = aligner.align(block.stream().map(f -> f[0]).toList());
                for (int c = 0; c < columns; c++) {
                    readColumn(block, spans, c + 1, text, annotations);
                }
                block.clear();
            }
        }
        annotations.sort(java.util.Comparator.comparingInt(Annotation::begin)
                .thenComparing(java.util.Comparator.comparingInt(Annotation::end).reversed()));
        List<Annotation> numbered = new ArrayList<>(annotations.size());
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            numbered.add(new Annotation("T" + (i + 1), a.type(), a.begin(), a.end(), a.text(), null, null));
        }
        return new AnnotatedDocument(source, text.length(), numbered);
    }

    private static void readColumn(List<String[]> block, List<TokenizedText.Token> spans, int column, String text,
                                   List<Annotation> out) {
        int start = -1;
        String type = null;
        for (int t = 0; t <= block.size(); t++) {
            String tag = t < block.size() ? block.get(t)[column] : "O";
            boolean continues = type != null && tag.equals("I-" + type);
            if (!continues && type != null) {
                int b = spans.get(start).begin();
                int e = spans.get(t - 1).end();
                out.add(new Annotation(null, type, b, e, text.substring(b, e), null, null));
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && !continues)) {
                type = tag.substring(2);
                start = t;
            }
        }
    }
}
