package org.imrnlp.corpus.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;

/**
 * Gold annotations of documents the project does not keep: offsets into texts read from a corpus
 * folder outside the repository (the shared real letters and notes), with checksums so that a
 * changed or missing text is a clear error instead of silently shifted spans.
 *
 * <p>A gold folder holds {@value #MANIFEST} (one row per document: source, split, kind,
 * specialty, how the gold was made, SHA-256 of the text) and one file per document,
 * {@code SPLIT/NAME.json}: the guide's JSON form without any document text, where the document
 * carries {@code textSha256} and each annotation {@code textSha} (the first 12 hex digits of the
 * SHA-256 of its span's text) instead of {@code text}. {@link #load} reads the texts, checks the
 * document and every span, and gives the documents in the guide's form with their texts filled in.
 */
public final class GoldCorpus {

    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.tsv";
    /** The manifest's header. */
    public static final String HEADER = "source\tsplit\tkind\tspecialty\tmade_by\ttext_sha256";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SPAN_SHA_DIGITS = 12;

    /** One document of the gold: where its text is, which split and kind it belongs to, how it was made. */
    public record Entry(String source, String split, String kind, String specialty, String madeBy, String textSha256) {

        public Entry {
            for (String s : List.of(source, split, kind, specialty, madeBy, textSha256)) {
                if (s.contains("\t") || s.contains("\n")) {
                    throw new IllegalArgumentException("manifest values may not hold tabs or line breaks: " + s);
                }
            }
        }

        /** The gold file's path under the gold folder: {@code SPLIT/NAME.json}. */
        public String file() {
            String name = source.substring(source.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return split + "/" + (dot > 0 ? name.substring(0, dot) : name) + ".json";
        }
    }

    /** A loaded document: its entry, its text and its gold in the guide's form (texts filled in). */
    public record Document(Entry entry, String text, AnnotatedDocument gold) {
    }

    private final Path folder;
    private final Map<String, Document> documents;

    private GoldCorpus(Path folder, Map<String, Document> documents) {
        this.folder = folder;
        this.documents = documents;
    }

    /** The documents by source, in manifest order. */
    public Map<String, Document> documents() {
        return documents;
    }

    /** The documents of one split ({@code dev}, {@code test}) and kind ({@code letter}, {@code note}); null matches any. */
    public List<Document> select(String split, String kind) {
        return documents.values().stream()
                .filter(d -> split == null || d.entry().split().equals(split))
                .filter(d -> kind == null || d.entry().kind().equals(kind))
                .toList();
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reads the gold folder and every text under {@code corpora}, checking each document's
     * checksum and length and each span's checksum; any mismatch or missing file is an
     * {@link IOException} naming the gold file (and annotation id), never any text.
     */
    public static GoldCorpus load(Path folder, Path corpora) throws IOException {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (Entry entry : readManifest(folder)) {
            Path textFile = corpora.resolve(entry.source());
            if (!Files.isRegularFile(textFile)) {
                throw new NoSuchFileException(textFile.toString(), null, "the text of gold " + entry.file() + " is missing");
            }
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            if (!sha256(text).equals(entry.textSha256())) {
                throw new IOException(textFile + ": its SHA-256 differs from the gold manifest's; the text changed, "
                        + "so the offsets of " + folder.resolve(entry.file()) + " no longer hold");
            }
            Path goldFile = folder.resolve(entry.file());
            documents.put(entry.source(), new Document(entry, text, readStored(goldFile, entry, text)));
        }
        return new GoldCorpus(folder, documents);
    }

    /** The manifest's rows. */
    public static List<Entry> readManifest(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(manifest + ":1: the header must be " + HEADER.replace("\t", "<TAB>"));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 6) {
                throw new IOException(manifest + ":" + (i + 1) + ": expected 6 tab-separated columns, found " + cells.length);
            }
            entries.add(new Entry(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
        }
        return entries;
    }

    private static AnnotatedDocument readStored(Path goldFile, Entry entry, String text) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(goldFile.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(goldFile + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (!entry.source().equals(root.path("source").asText())) {
            throw new IOException(goldFile + ": source is not " + entry.source());
        }
        if (root.path("textLength").asInt(-1) != text.length()) {
            throw new IOException(goldFile + ": textLength differs from the text's length " + text.length());
        }
        if (!entry.textSha256().equals(root.path("textSha256").asText())) {
            throw new IOException(goldFile + ": textSha256 differs from the manifest's");
        }
        List<Annotation> annotations = new ArrayList<>();
        for (JsonNode node : root.path("annotations")) {
            ObjectNode a = (ObjectNode) node;
            String id = a.path("id").asText();
            int begin = a.path("begin").asInt(-1);
            int end = a.path("end").asInt(-1);
            if (begin < 0 || end < begin || end > text.length()) {
                throw new IOException(goldFile + ": annotation " + id + ": span " + begin + "-" + end
                        + " is outside the text (length " + text.length() + ")");
            }
            String span = text.substring(begin, end);
            if (!spanSha(span).equals(a.path("textSha").asText())) {
                throw new IOException(goldFile + ": annotation " + id + " (" + a.path("type").asText() + " " + begin + "-"
                        + end + "): the span's checksum differs from textSha");
            }
            a.remove("textSha");
            a.put("text", span);
            try {
                annotations.add(MAPPER.treeToValue(a, Annotation.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IOException(goldFile + ": annotation " + id + ": " + e.getMessage(), e);
            }
        }
        return new AnnotatedDocument(entry.source(), text.length(), annotations);
    }

    /**
     * Stores {@code document} (the guide's form, with the span texts) as the gold of
     * {@code entry}: checks every span's text against {@code text}, writes {@code SPLIT/NAME.json}
     * without any text, and adds or replaces the entry's manifest row.
     */
    public static void store(Path folder, Entry entry, AnnotatedDocument document, String text) throws IOException {
        Objects.requireNonNull(entry, "entry");
        if (!sha256(text).equals(entry.textSha256())) {
            throw new IllegalArgumentException("the entry's checksum is not the text's");
        }
        StringBuilder json = new StringBuilder();
        json.append("{\"source\": ").append(MAPPER.writeValueAsString(entry.source()))
                .append(", \"textLength\": ").append(text.length())
                .append(", \"textSha256\": \"").append(entry.textSha256()).append("\",\n \"annotations\": [");
        List<Annotation> sorted = new ArrayList<>(document.annotations());
        sorted.sort((x, y) -> x.begin() != y.begin() ? Integer.compare(x.begin(), y.begin())
                : x.end() != y.end() ? Integer.compare(y.end(), x.end()) : x.type().compareTo(y.type()));
        String separator = "\n  ";
        for (Annotation a : sorted) {
            if (a.end() > text.length() || a.text() != null && !a.text().equals(text.substring(a.begin(), a.end()))) {
                throw new IOException(entry.source() + ": annotation " + a.id() + " (" + a.type() + " " + a.begin() + "-"
                        + a.end() + "): its text is not the document's text at that span");
            }
            ObjectNode node = MAPPER.valueToTree(new Annotation(a.id(), a.type(), a.begin(), a.end(), null,
                    new TreeMap<>(a.attributes()), a.assertion()));
            ObjectNode ordered = MAPPER.createObjectNode();
            ordered.set("id", node.get("id"));
            ordered.set("type", node.get("type"));
            ordered.set("begin", node.get("begin"));
            ordered.set("end", node.get("end"));
            ordered.put("textSha", spanSha(text.substring(a.begin(), a.end())));
            ordered.set("attributes", node.get("attributes"));
            if (node.has("assertion")) {
                ordered.set("assertion", node.get("assertion"));
            }
            json.append(separator).append(MAPPER.writeValueAsString(ordered));
            separator = ",\n  ";
        }
        json.append("\n ]}\n");
        Path file = folder.resolve(entry.file());
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        List<Entry> entries = Files.exists(folder.resolve(MANIFEST)) ? new ArrayList<>(readManifest(folder)) : new ArrayList<>();
        entries.removeIf(e -> e.source().equals(entry.source()));
        entries.add(entry);
        writeManifest(folder, entries);
    }

    private static void writeManifest(Path folder, List<Entry> entries) throws IOException {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        entries.stream().sorted((a, b) -> a.split().equals(b.split()) ? a.source().compareTo(b.source())
                        : a.split().compareTo(b.split()))
                .forEach(e -> s.append(String.join("\t", e.source(), e.split(), e.kind(), e.specialty(), e.madeBy(),
                        e.textSha256())).append('\n'));
        Files.writeString(folder.resolve(MANIFEST), s, StandardCharsets.UTF_8);
    }

    /** The hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    /** The stored checksum of a span's text: the first {@value #SPAN_SHA_DIGITS} hex digits of its SHA-256. */
    public static String spanSha(String span) {
        return sha256(span).substring(0, SPAN_SHA_DIGITS);
    }
}
