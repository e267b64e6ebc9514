package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.JsonForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

    static final Path LETTER = Path.of("samples/letters/000_f7de4adc8d6a8410.txt");

    /** Runs the command line, capturing stdout and stderr. */
    static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = ImrNlpCommand.run(args);
            return new Result(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    record Result(int status, String out, String err) {
    }

    @Test
    void printsOneJsonObjectForOneFile() throws IOException {
        Result r = run("annotate", LETTER.toString());
        assertEquals(0, r.status(), r.err());
        AnnotatedDocument document = JsonForm.fromJson(r.out());
        assertEquals("000_f7de4adc8d6a8410.txt", document.source());
        assertEquals(Files.readString(LETTER).length(), document.textLength());
    }

    @Test
    void printsJsonLinesForSeveralFiles() throws IOException {
        Result r = run("annotate", LETTER.toString(), "samples/letters/001_63176b1c98f5b6e8.txt");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("001_63176b1c98f5b6e8.txt", JsonForm.fromJson(lines.get(1)).source());
    }

    @Test
    void annotatesAPdf(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                content.showText("The patient is a 51 year old female who was injured on 4/2/2012.");
                content.endText();
            }
            document.save(pdf.toFile());
        }
        Result r = run("annotate", pdf.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("letter.pdf", JsonForm.fromJson(r.out()).source());
    }

    @Test
    void badFilesGetOneLineErrorsAndStatusOneWhileGoodFilesAreStillAnnotated(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "D\u00e9pression".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = Files.write(dir.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'});
        Path missing = dir.resolve("missing.txt");
        Result r = run("annotate", empty.toString(), binary.toString(), latin1.toString(), pdf.toString(),
                missing.toString(), LETTER.toString());
        assertEquals(1, r.status());
        List<String> errors = r.err().lines().toList();
        assertEquals(5, errors.size(), r.err());
        for (Path bad : List.of(empty, binary, latin1, pdf, missing)) {
            assertTrue(errors.stream().anyMatch(line -> line.startsWith("imrnlp: " + bad)), bad + " in " + errors);
        }
        assertFalse(r.err().contains("Exception"), "no stack trace");
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(1, r.out().lines().count(), "the good letter is still annotated");
    }

    @Test
    void everyCommandHasHelp() {
        Result top = run("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("annotate"));
        Result annotate = run("annotate", "--help");
        assertEquals(0, annotate.status());
        assertTrue(annotate.out().contains("Exit status"));
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Result r = run("annotate", "--no-such-option", LETTER.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void aUserDictionaryAddsItsTermsWithTheirCodes(@TempDir Path dir) throws IOException {
        Path tsv = Files.writeString(dir.resolve("local.tsv"), "Zorvatrex\tMedication\tLOCAL:17\n");
        Path note = Files.writeString(dir.resolve("note.txt"), "Medications: Zorvatrex once daily for sleep.\n");
        Result r = run("annotate", "--dictionary", tsv.toString(), note.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"conceptId\":\"LOCAL:17\""), r.out());
    }

    @Test
    void aBadUserDictionaryIsAOneLineErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path bsv = Files.writeString(dir.resolve("umls.bsv"), "CTEST1|T047|Gout\nCTEST2|Gout\n");
        Result r = run("annotate", "--dictionary", bsv.toString(), LETTER.toString());
        assertEquals(1, r.status());
        assertEquals("imrnlp: " + bsv + ":2: a BSV row is CUI|TUI|TEXT, found 2 columns", r.err().strip());
    }
}
