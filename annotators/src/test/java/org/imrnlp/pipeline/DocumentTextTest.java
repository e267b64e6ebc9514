package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextTest {

    @TempDir
    Path folder;

    /** A PDF of {@code pages} pages of 40 lines of "Low back pain radiating to the left leg." (40 characters). */
    private Path pdf(int pages) throws IOException {
        Path file = folder.resolve("note.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(72, 700);
                    for (int i = 0; i < 40; i++) {
                        content.showText("Low back pain radiating to the left leg.");
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aPdfWhoseTextPassesTheLimitIsRefusedWithOneLineNamingIt() throws IOException {
        Path file = pdf(13);  // 20,800 characters of text
        assertTrue(DocumentText.read(file, 30_000).length() >= 20_000);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentText.read(file, 5_000));
        assertTrue(e.getMessage().startsWith(file + ": more than the limit of 5,000 characters"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aPdfPageExpandingToMoreTextThanAPageCanHoldIsRefused() throws IOException {
        Path file = folder.resolve("expanding.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                String line = "Tenderness over the lumbar paraspinal muscles.";  // 46 characters, shown 5,000 times
                for (int i = 0; i < 5_000; i++) {
                    content.showText(line);
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentText.read(file));
        assertEquals(file + ": a page with more than 200,000 characters of text (the limit of a page)", e.getMessage());
    }

    @Test
    void aTextFileLongerThanTheLimitIsRefused() throws IOException {
        Path file = folder.resolve("long.txt");
        Files.writeString(file, "No acute distress. ".repeat(100), StandardCharsets.UTF_8);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocumentText.read(file, 1_000));
        assertTrue(e.getMessage().contains("more than the limit of 1,000 characters of text (1,900)"), e.getMessage());
        assertEquals(1_900, DocumentText.read(file, 1_900).length());
    }

    @Test
    void anExtractionOverTheTimeBudgetFailsAtOnceAndTheExtractorGoesOn() {
        // about four megabytes of letter text take several seconds; the budget is a second and a half,
        // plenty for a sentence once the extractor is warm, even on a loaded machine
        String big = "The injured worker reports low back pain radiating to the left leg. He denies numbness. "
                .repeat(44_000);
        try (ImrExtractor extractor = ImrExtractor.builder().timeBudget(java.time.Duration.ofMillis(1_500)).build()) {
            extractor.extract("He denies tingling.");
            ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(big, "big.txt"));
            assertEquals("big.txt: took longer than the time budget of 1.5 s (abandoned)", e.getMessage());
            assertEquals(1, extractor.extract("She denies numbness.").symptoms().size());
        }
    }

    @Test
    void theExtractorRefusesATextLongerThanItsLimit() {
        try (ImrExtractor extractor = ImrExtractor.builder().maxChars(100).build()) {
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> extractor.extract("She denies numbness. ".repeat(10), "long.txt"));
            assertTrue(e.getMessage().startsWith("long.txt: more than the limit of 100 characters"), e.getMessage());
            assertEquals(1, extractor.extract("She denies numbness.").symptoms().size());
        }
    }

    @Test
    void bytesInMemoryReadAsTheSameFileWouldAndErrorsNameTheGivenName() throws IOException {
        Path pdf = pdf(2);
        assertEquals(DocumentText.read(pdf), DocumentText.read("hdfs://archive/2017/note.PDF", Files.readAllBytes(pdf),
                DocumentText.DEFAULT_MAX_CHARS));
        byte[] withMark = "\ufeffDate of injury: 03/14/2015".getBytes(StandardCharsets.UTF_8);
        assertEquals("Date of injury: 03/14/2015", DocumentText.read("letters/a.txt", withMark, 1_000));

        UnreadableDocumentException latin1 = assertThrows(UnreadableDocumentException.class, () -> DocumentText.read(
                "letters/b.txt", "Caf\u00e9 au lait spots".getBytes(StandardCharsets.ISO_8859_1), 1_000));
        assertTrue(latin1.getMessage().startsWith("letters/b.txt: not UTF-8 text"), latin1.getMessage());
        assertEquals("letters/c.txt: empty file", assertThrows(UnreadableDocumentException.class,
                () -> DocumentText.read("letters/c.txt", new byte[0], 1_000)).getMessage());
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> DocumentText.read("letters/d.pdf",
                "not a PDF at all".getBytes(StandardCharsets.US_ASCII), 1_000)).getMessage()
                .startsWith("letters/d.pdf: not a readable PDF"));
    }

    @Test
    void documentsAreTxtAndPdfFilesByNameAlsoInUris() {
        assertTrue(DocumentText.isDocument("file:/data/letters/CM16-0001.PDF"));
        assertTrue(DocumentText.isDocument("notes/a.txt"));
        assertEquals(false, DocumentText.isDocument("hdfs://nn/letters/.a.txt"));
        assertEquals(false, DocumentText.isDocument("letters/a.docx"));
        assertEquals(false, DocumentText.isDocument("letters.txt/readme.md"));
    }
}
