package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.JsonForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate -} and {@code context --tsv -} read standard input. */
class StandardInputTest {

    private static final String LETTER = "The injured worker is a 47-year-old male.\nHe takes Norco 10/325 mg twice a day.\n";

    @TempDir
    Path dir;

    private static AnnotateCommandTest.Result withInput(byte[] input, String... args) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input));
            return AnnotateCommandTest.run(args);
        } finally {
            System.setIn(in);
        }
    }

    private static AnnotateCommandTest.Result withInput(String input, String... args) {
        return withInput(input.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void annotatesStandardInputNamedStdin() throws Exception {
        AnnotateCommandTest.Result r = withInput(LETTER, "annotate", "-");
        assertEquals(0, r.status(), r.err());
        AnnotatedDocument document = JsonForm.fromJson(r.out());
        assertEquals("stdin", document.source());
        assertEquals(LETTER.length(), document.textLength());
        assertTrue(document.annotations().stream().anyMatch(a -> a.type().equals("Medication") && a.text().equals("Norco")),
                r.out());
    }

    @Test
    void writesStandardInputAsStdinFiles() throws Exception {
        Path out = dir.resolve("brat");
        AnnotateCommandTest.Result r = withInput(LETTER, "annotate", "-", "--format", "brat", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(LETTER, Files.readString(out.resolve("stdin.txt")));
        assertTrue(Files.readString(out.resolve("stdin.ann")).contains("\tMedication "));
    }

    @Test
    void badStandardInputIsAOneLineErrorNamingStdin() {
        AnnotateCommandTest.Result empty = withInput("", "annotate", "-");
        assertEquals(1, empty.status());
        assertEquals("imrnlp: stdin: empty input", empty.err().strip());
        AnnotateCommandTest.Result latin1 = withInput("Caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1),
                "annotate", "-");
        assertEquals(1, latin1.status());
        assertTrue(latin1.err().startsWith("imrnlp: stdin: not UTF-8 text"), latin1.err());
        AnnotateCommandTest.Result twice = withInput(LETTER, "annotate", "-", "-");
        assertEquals(2, twice.status());
        assertTrue(twice.err().contains("standard input (-) can be read only once"), twice.err());
    }

    @Test
    void contextReadsRowsFromStandardInput() {
        AnnotateCommandTest.Result r = withInput("id\ttarget\tsentence\nr1\tchest pain\tThe patient denies chest pain.\n"
                + "r2\tfever\tNo cough.\n", "context", "--tsv", "-");
        assertEquals(1, r.status());
        assertEquals("id\tnegated\tuncertain\thistorical\tgeneric\tsubject\nr1\ttrue\tfalse\tfalse\tfalse\tpatient\n", r.out());
        assertTrue(r.err().startsWith("imrnlp: stdin line 3 (id r2): "), r.err());
    }
}
