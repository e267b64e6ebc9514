package org.imrnlp.corpus.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.batch.BatchAnnotator;
import org.imrnlp.corpus.format.Analysis;
import org.imrnlp.corpus.format.BratFormat;
import org.imrnlp.corpus.format.OpenNlpFormat;
import org.imrnlp.corpus.format.OutputFormat;
import org.imrnlp.corpus.format.TokenSpans;
import org.imrnlp.corpus.format.TokenizedText;
import org.imrnlp.corpus.gold.GoldCorpus;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * Turns a folder of letters with gold annotations into name-finder training sentences.
 *
 * <p>Every {@code NAME.txt} under the folder that has gold is a document. Its gold is
 * {@code NAME.ann} (BRAT, read against the letter) if one exists anywhere under the folder,
 * otherwise the union of the {@code .json} files under the folder whose {@code source} has the
 * file name {@code NAME.txt} (the guide's JSON form, e.g. the area fragments
 * {@code NAME.meds.json}; names may hold further dots); error records ({@code *.error.json}) are
 * not gold. Sentences and tokens are the pipeline's, so training sees what tagging will see.
 */
public final class NerCorpus {

    /** The sentences of the corpus and what was counted on the way. */
    public record Samples(List<NameSample> sentences, int documents, int spans, int leftOut, int lettersWithoutGold) {
    }

    /**
     * One gold document made ready for training and scoring: its training sentences, the
     * pipeline's tokens they were made from (to turn a model's token spans back into offsets),
     * and what the extractor that tokenized it found.
     */
    public record GoldDocument(GoldCorpus.Document document, List<NameSample> sentences, TokenizedText tokens,
                               AnnotatedDocument extracted, int spans, int leftOut) {
    }

    private NerCorpus() {
    }

    /**
     * The training sentences of gold documents, keeping the annotations of {@code types}; each
     * document is annotated by {@code extractor} for its sentences and tokens.
     */
    public static List<GoldDocument> fromGold(List<GoldCorpus.Document> documents, Collection<String> types,
                                              ImrExtractor extractor) {
        Objects.requireNonNull(types, "types");
        List<GoldDocument> read = new ArrayList<>();
        for (GoldCorpus.Document d : documents) {
            Analysis analysis = Analysis.of(extractor, d.text(), d.entry().source(), OutputFormat.OPENNLP);
            TokenSpans.Result placed = TokenSpans.place(d.gold(), analysis.tokens(), types, false);
            read.add(new GoldDocument(d, OpenNlpFormat.samples(placed, analysis.tokens()), analysis.tokens(),
                    analysis.document(), placed.sentences().stream().mapToInt(List::size).sum(), placed.leftOut()));
        }
        return read;
    }

    /**
     * A checksum of the training data: SHA-256 over each document's source, the SHA-256 of its
     * text and the SHA-256 of its gold file, one line per document in the order given. The same
     * gold and texts give the same checksum; a changed span, attribute or text changes it.
     */
    public static String trainingChecksum(Path goldFolder, List<GoldCorpus.Document> documents) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (GoldCorpus.Document d : documents) {
            String goldFile = new String(Files.readAllBytes(goldFolder.resolve(d.entry().file())), StandardCharsets.UTF_8);
            lines.append(d.entry().source()).append('\t').append(d.entry().textSha256()).append('\t')
                    .append(GoldCorpus.sha256(goldFile)).append('\n');
        }
        return GoldCorpus.sha256(lines.toString());
    }

    /** Reads {@code folder}, keeping the annotations of {@code types}. */
    public static Samples read(Path folder, Collection<String> types, ImrExtractor extractor) throws IOException {
        Objects.requireNonNull(types, "types");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, List<GoldFile>> gold = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".ann")) {
                String letterName = name.substring(0, name.length() - ".ann".length()) + ".txt";
                gold.computeIfAbsent(letterName, k -> new ArrayList<>()).add(new GoldFile(f, null));
            } else if (name.endsWith(".json") && !name.endsWith(BatchAnnotator.ERROR_SUFFIX)) {
                AnnotatedDocument json = JsonForm.read(f);
                String letterName = Path.of(json.source()).getFileName().toString();
                gold.computeIfAbsent(letterName, k -> new ArrayList<>()).add(new GoldFile(f, json));
            }
        }
        List<NameSample> sentences = new ArrayList<>();
        int documents = 0;
        int spans = 0;
        int leftOut = 0;
        int withoutGold = 0;
        for (Path letter : files) {
            String name = letter.getFileName().toString();
            if (!name.endsWith(".txt")) {
                continue;
            }
            List<GoldFile> goldFiles = gold.get(name);
            if (goldFiles == null) {
                withoutGold++;
                continue;
            }
            String text = DocumentText.read(letter);
            AnnotatedDocument document = gold(letter, text, goldFiles);
            Analysis analysis = Analysis.of(extractor, text, name, OutputFormat.OPENNLP);
            TokenSpans.Result placed = TokenSpans.place(document, analysis.tokens(), types, false);
            sentences.addAll(OpenNlpFormat.samples(placed, analysis.tokens()));
            spans += placed.sentences().stream().mapToInt(List::size).sum();
            leftOut += placed.leftOut();
            documents++;
        }
        return new Samples(sentences, documents, spans, leftOut, withoutGold);
    }

    /** The gold of one letter, its texts checked against the letter. */
    private static AnnotatedDocument gold(Path letter, String text, List<GoldFile> files) throws IOException {
        String source = letter.getFileName().toString();
        for (GoldFile f : files) {
            if (f.json() == null) {
                return BratFormat.read(source, text, Files.readString(f.path()), f.path().toString());
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        for (GoldFile f : files) {
            for (Annotation a : f.json().annotations()) {
                if (a.end() > text.length() || (a.text() != null && !a.text().equals(text.substring(a.begin(), a.end())))) {
                    throw new IOException(f.path() + ": annotation " + a.id() + " (" + a.begin() + "-" + a.end()
                            + ") does not match the text of " + letter);
                }
                annotations.add(a);
            }
        }
        return new AnnotatedDocument(source, text.length(), annotations);
    }

    /** A gold file: a BRAT {@code .ann} ({@code json} null) or a JSON document, read once. */
    private record GoldFile(Path path, AnnotatedDocument json) {
    }
}
