package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.JsonForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImrExtractorTest {

    static final Path LETTERS = Path.of("../corpus/samples/letters");
    private static ImrExtractor extractor;

    @BeforeAll
    static void create() {
        extractor = ImrExtractor.createDefault();
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    static List<Path> letters() throws IOException {
        try (Stream<Path> files = Files.list(LETTERS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void upperCaseLettersAreAnnotatedWithoutFailure() throws IOException {
        for (Path letter : letters()) {
            String upper = Files.readString(letter).toUpperCase(java.util.Locale.ROOT);
            Extraction x = extractor.extract(upper, letter.getFileName().toString());
            for (Mention m : x.all()) {
                assertEquals(upper.substring(m.begin(), m.end()), m.text(), () -> letter + " " + m.id());
            }
        }
    }

    @Test
    void aProcedureHeadEndingTheTextBeforeItsSentenceEndIsFound() {
        // the head ends where the sentence does: no room for an abbreviation in parentheses after it
        Extraction x = extractor.extract("SPINAL CORD \nSTIMULATOR.\n");
        assertEquals(List.of("SPINAL CORD \nSTIMULATOR"), x.procedures().stream().map(Mention::text).toList());
    }

    @Test
    void aFailureReasonNamesTheInnermostExceptionAndWhereItWasThrownWithoutItsMessage() {
        IllegalStateException inner = new IllegalStateException("the patient text");
        inner.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.regex.Matcher", "region", "Matcher.java", 1),
            new StackTraceElement("org.imrnlp.annotators.clinical.MentionFinder", "scan", "MentionFinder.java", 42)});
        String reason = ExtractionException.reason(new RuntimeException("outer", inner));
        assertEquals("IllegalStateException at MentionFinder.scan:42", reason);
    }

    @Test
    void everyAnnotationsTextIsItsSpanOfTheOriginal() throws IOException {
        for (Path letter : letters()) {
            String text = Files.readString(letter);
            Extraction x = extractor.extract(letter);
            assertEquals(text.length(), x.textLength());
            for (Mention m : x.all()) {
                assertEquals(text.substring(m.begin(), m.end()), m.text(), () -> letter + " " + m.id());
            }
        }
    }

    @Test
    void eightThreadsGiveTheSameResultsAsOne() throws Exception {
        List<Path> letters = letters();
        List<String> expected = new ArrayList<>();
        for (Path letter : letters) {
            expected.add(extractor.extract(letter).toJson());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                Path letter = letters.get(round % letters.size());
                futures.add(pool.submit(() -> extractor.extract(letter).toJson()));
            }
            for (int round = 0; round < futures.size(); round++) {
                assertEquals(expected.get(round % letters.size()), futures.get(round).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theJsonFormReadsBackToTheSameDocument() throws IOException {
        Extraction x = extractor.extract(letters().get(0));
        AnnotatedDocument back = JsonForm.fromJson(x.toJson());
        assertEquals(x.toDocument(), back);
        assertTrue(x.toJson().startsWith("{\"source\":\"000_f7de4adc8d6a8410.txt\",\"textLength\":4640,\"annotations\":["));
    }

    @Test
    void emptyTextGivesAnEmptyExtraction() {
        Extraction x = extractor.extract("");
        assertEquals(0, x.textLength());
        assertEquals(List.of(), x.all());
    }

    @Test
    void refusesFilesThatAreNotDocuments(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 0, 1, 2, 3, 0, 7});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Patient r\u00e9sum\u00e9 note".getBytes(StandardCharsets.ISO_8859_1));
        Path brokenPdf = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4 truncated");
        assertThrows(NoSuchFileException.class, () -> extractor.extract(dir.resolve("missing.txt")));
        for (Path bad : List.of(empty, binary, latin1, brokenPdf)) {
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> extractor.extract(bad));
            assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("r\u00e9sum"), "never echoes document text");
        }
    }

    @Test
    void aClosedExtractorRefusesWork() {
        ImrExtractor closed = ImrExtractor.createDefault();
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.extract("text"));
    }
}
