package org.imrnlp.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.format.BratFormat;
import org.imrnlp.corpus.format.XmiFormat;

/**
 * Annotated documents by source, read from a folder of files in the guide's JSON form: {@code .json}
 * files hold one document, {@code .jsonl} files one document per line. Several pieces of one
 * document (the same {@code source}, e.g. {@code 000_x.meds.json} and {@code 000_x.clinical.json})
 * are merged into one; their annotation ids must be unique across the pieces and their
 * {@code textLength}s must agree. Other files in the folder are ignored; sub-folders are not read.
 *
 * @param documents the merged documents by source, sorted by source
 * @param files     the files each document was read from
 * @param warnings  doubtful but accepted content (an annotation repeated with the same type and
 *                  span); never any document text
 */
public record DocumentSet(Map<String, AnnotatedDocument> documents, Map<String, List<Path>> files,
                          List<String> warnings) {

    public DocumentSet {
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
        files = Map.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads every annotation file of {@code folder} and merges them by source: {@code .json} and
     * {@code .jsonl} in the guide's form, BRAT {@code NAME.ann} (with its {@code NAME.txt} beside it)
     * and UIMA {@code NAME.xmi}; a BRAT or XMI document's source is {@code NAME.txt}.
     */
    public static DocumentSet load(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder + ": not a folder");
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(p -> Files.isRegularFile(p) && isAnnotationFile(p)).sorted().toList();
        }
        if (paths.isEmpty()) {
            throw new IOException(folder + ": no .json, .jsonl, .ann or .xmi files");
        }
        List<Piece> pieces = new ArrayList<>();
        for (Path path : paths) {
            String name = name(path);
            if (name.endsWith(".jsonl")) {
                readLines(path, pieces);
            } else if (name.endsWith(".ann")) {
                pieces.add(new Piece(validated(readBrat(path), path.toString()), path));
            } else if (name.endsWith(".xmi")) {
                try (InputStream in = Files.newInputStream(path)) {
                    AnnotatedDocument d = XmiFormat.read(in, textName(path)).document();
                    pieces.add(new Piece(validated(d, path.toString()), path));
                }
            } else {
                pieces.add(new Piece(validated(JsonForm.read(path), path.toString()), path));
            }
        }
        return merge(pieces);
    }

    private static AnnotatedDocument readBrat(Path ann) throws IOException {
        Path text = ann.resolveSibling(textName(ann));
        if (!Files.isRegularFile(text)) {
            throw new NoSuchFileException(text.toString(), null, "the text of " + ann.getFileName() + " is missing");
        }
        return BratFormat.read(text.getFileName().toString(), readUtf8(text), readUtf8(ann), ann.toString());
    }

    /** A file's UTF-8 text; a file in another encoding is an error naming it. */
    private static String readUtf8(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        }
    }

    /** {@code NAME.txt} for {@code NAME.ann} or {@code NAME.xmi}. */
    private static String textName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')) + ".txt";
    }

    /**
     * Merges documents given in memory (several with one source are pieces of one document).
     *
     * @throws IllegalArgumentException if ids repeat within a source, text lengths disagree or a
     *                                  span lies past its document's text length
     */
    public static DocumentSet of(Collection<AnnotatedDocument> documents) {
        List<Piece> pieces = new ArrayList<>();
        try {
            for (AnnotatedDocument d : documents) {
                pieces.add(new Piece(validated(d, "document " + d.source()), null));
            }
            return merge(pieces);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static boolean isAnnotationFile(Path p) {
        String n = name(p);
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ann") || n.endsWith(".xmi");
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static void readLines(Path path, List<Piece> pieces) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = path + ":" + number;
                try {
                    pieces.add(new Piece(validated(JsonForm.fromJson(line), where), path));
                } catch (JsonProcessingException e) {
                    throw new IOException(where + ": not a document in the JSON form: " + e.getOriginalMessage(), e);
                }
            }
        }
    }

    private static AnnotatedDocument validated(AnnotatedDocument d, String where) throws IOException {
        if (d.source().isBlank()) {
            throw new IOException(where + ": empty source");
        }
        if (d.textLength() < 0) {
            throw new IOException(where + ": negative textLength");
        }
        for (Annotation a : d.annotations()) {
            if (d.textLength() > 0 && a.end() > d.textLength()) {
                throw new IOException(where + ": annotation " + a.id() + " ends at " + a.end()
                        + ", after textLength " + d.textLength());
            }
        }
        return d;
    }

    private static DocumentSet merge(List<Piece> pieces) throws IOException {
        Map<String, List<Piece>> bySource = new LinkedHashMap<>();
        for (Piece p : pieces) {
            bySource.computeIfAbsent(p.document.source(), s -> new ArrayList<>()).add(p);
        }
        Map<String, AnnotatedDocument> documents = new HashMap<>();
        Map<String, List<Path>> files = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<Piece>> e : bySource.entrySet()) {
            String source = e.getKey();
            int textLength = 0;
            String lengthFrom = null;
            List<Annotation> annotations = new ArrayList<>();
            Map<String, String> idFrom = new HashMap<>();
            Map<String, String> spanFrom = new HashMap<>();
            List<Path> from = new ArrayList<>();
            for (Piece p : e.getValue()) {
                String here = p.file == null ? "document " + source : p.file.toString();
                if (p.file != null && !from.contains(p.file)) {
                    from.add(p.file);
                }
                int length = p.document.textLength();
                if (length > 0) {
                    if (textLength > 0 && length != textLength) {
                        throw new IOException("source " + source + ": textLength " + textLength + " in " + lengthFrom
                                + " but " + length + " in " + here);
                    }
                    textLength = length;
                    lengthFrom = here;
                }
                for (Annotation a : p.document.annotations()) {
                    if (a.id() != null) {
                        String earlier = idFrom.putIfAbsent(a.id(), here);
                        if (earlier != null) {
                            throw new IOException("source " + source + ": duplicate annotation id " + a.id()
                                    + (earlier.equals(here) ? " in " + here : " in " + earlier + " and " + here));
                        }
                    }
                    String span = a.type() + " " + a.begin() + "-" + a.end();
                    String earlier = spanFrom.putIfAbsent(span, here);
                    if (earlier != null) {
                        warnings.add("source " + source + ": " + span + " annotated twice ("
                                + (earlier.equals(here) ? here : earlier + " and " + here) + ")");
                    }
                    annotations.add(a);
                }
            }
            documents.put(source, new AnnotatedDocument(source, textLength, annotations));
            files.put(source, List.copyOf(from));
        }
        return new DocumentSet(documents, files, warnings);
    }

    /** The sources, sorted. */
    public Set<String> sources() {
        return documents.keySet();
    }

    /** The files a document was read from, for messages (empty for documents given in memory). */
    public List<Path> filesOf(String source) {
        return files.getOrDefault(source, List.of());
    }

    private record Piece(AnnotatedDocument document, Path file) {
    }
}
