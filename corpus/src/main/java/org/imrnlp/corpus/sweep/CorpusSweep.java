package org.imrnlp.corpus.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.imrnlp.pipeline.DocumentText;
import org.imrnlp.pipeline.ExtractionException;
import org.imrnlp.pipeline.ImrExtractor;

/**
 * Annotates every {@code .txt} and {@code .pdf} under some folders and checks that nothing fails:
 * no document may be unreadable or throw, and every annotation must lie inside its text, with its
 * {@code text} equal to the input at its offsets and every id it links to present. Nothing is
 * written; the result lists each failure (file and reason, never document text) and each
 * document's time, so the slowest documents can be reported.
 *
 * <p>Used by {@code imrnlp sweep} and by CI over the shared real corpora.
 */
public final class CorpusSweep {

    /**
     * Attributes whose value is the id of another annotation of the document (several:
     * comma-separated). A negation's {@code target} is left out: it may be a phrase.
     */
    private static final List<String> LINKS = List.of("medication", "requested");

    /** Documents shorter than this are left out of the slowest list: their time per character is noise. */
    public static final int MIN_CHARS_FOR_RATE = 1000;

    private final ImrExtractor extractor;
    private final int threads;

    /** A sweep with {@code extractor}, on {@code threads} threads. */
    public CorpusSweep(ImrExtractor extractor, int threads) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    /** One document's outcome: {@code failure} is null when it passed. */
    public record DocumentResult(Path file, int chars, long nanos, String failure) {

        public boolean passed() {
            return failure == null;
        }
    }

    /** All outcomes, in file order. */
    public record Result(List<DocumentResult> documents, long nanos) {

        public Result {
            documents = List.copyOf(documents);
        }

        public long passed() {
            return documents.stream().filter(DocumentResult::passed).count();
        }

        public List<DocumentResult> failures() {
            return documents.stream().filter(d -> !d.passed()).toList();
        }

        public long chars() {
            return documents.stream().mapToLong(DocumentResult::chars).sum();
        }

        /** The {@code n} documents that took the longest per character, among those of at least {@value #MIN_CHARS_FOR_RATE} characters. */
        public List<DocumentResult> slowest(int n) {
            List<DocumentResult> sorted = new ArrayList<>(documents.stream().filter(d -> d.chars() >= MIN_CHARS_FOR_RATE).toList());
            sorted.sort(Comparator.comparingDouble((DocumentResult d) -> (double) d.nanos() / d.chars()).reversed());
            return sorted.subList(0, Math.min(n, sorted.size()));
        }
    }

    /** The {@code .txt} and {@code .pdf} files under {@code folders} (recursively), sorted. */
    public static List<Path> documents(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isRegularFile(folder)) {
                files.add(folder);
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(DocumentText::isDocument).forEach(files::add);
            }
        }
        Collections.sort(files);
        return files;
    }


    /** Sweeps {@code files}; {@code progress} is told of each document as it is done (from any thread). */
    public Result run(List<Path> files, java.util.function.Consumer<DocumentResult> progress) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "imrnlp-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    DocumentResult r = sweep(file);
                    progress.accept(r);
                    return r;
                }));
            }
            List<DocumentResult> results = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(new DocumentResult(files.get(i), 0, 0, ExtractionException.reason(e)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("sweep interrupted", e);
                }
            }
            return new Result(results, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Annotates one file and checks its annotations. */
    DocumentResult sweep(Path file) {
        String text;
        try {
            text = DocumentText.read(file, extractor.maxChars());
        } catch (IOException e) {
            return new DocumentResult(file, 0, 0, "unreadable: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        Extraction extraction;
        try {
            extraction = extractor.extract(text, file.getFileName().toString());
        } catch (RuntimeException | StackOverflowError e) {
            return new DocumentResult(file, text.length(), System.nanoTime() - t0, "annotation failed: "
                    + ExtractionException.reason(e));
        }
        long nanos = System.nanoTime() - t0;
        return new DocumentResult(file, text.length(), nanos, check(text, extraction));
    }

    /** The first inconsistency of {@code extraction} with {@code text}, or null. */
    static String check(String text, Extraction extraction) {
        Map<String, Mention> byId = extraction.byId();
        for (Mention m : extraction.all()) {
            if (m.begin() < 0 || m.end() > text.length() || m.begin() > m.end()) {
                return m.type() + " " + m.id() + ": span " + m.begin() + "-" + m.end() + " outside the text (length "
                        + text.length() + ")";
            }
            if (!text.substring(m.begin(), m.end()).equals(m.text())) {
                return m.type() + " " + m.id() + ": text differs from the input at " + m.begin() + "-" + m.end();
            }
            for (String link : LINKS) {
                String value = m.attributes().get(link);
                if (value == null) {
                    continue;
                }
                for (String id : value.split(",")) {
                    if (!byId.containsKey(id.trim())) {
                        return m.type() + " " + m.id() + ": " + link + " links to a missing id";
                    }
                }
            }
            String rationale = m.attributes().get("rationale");
            if (rationale != null && !insideText(rationale, text.length())) {
                return m.type() + " " + m.id() + ": rationale " + rationale + " outside the text";
            }
        }
        return null;
    }

    private static boolean insideText(String range, int length) {
        int dash = range.indexOf('-');
        try {
            int b = Integer.parseInt(range.substring(0, dash));
            int e = Integer.parseInt(range.substring(dash + 1));
            return 0 <= b && b <= e && e <= length;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
