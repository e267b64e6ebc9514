package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --types} and {@code --pretty} on annotate and batch. */
class AnnotateOptionsTest {

    private static final String LETTER = AnnotateCommandTest.LETTER.toString();

    @TempDir
    Path dir;

    @Test
    void bratWritesNoSectionsByDefaultAndTheChosenTypesOnly() throws IOException {
        Path plain = dir.resolve("plain");
        assertEquals(0, AnnotateCommandTest.run("annotate", LETTER, "--format", "brat", "--out", plain.toString()).status());
        String ann = Files.readString(plain.resolve("000_f7de4adc8d6a8410.ann"));
        assertTrue(ann.contains("\tMedication "), ann);
        assertFalse(ann.contains("\tSection "), ann);
        assertFalse(Files.readString(plain.resolve("annotation.conf")).contains("Section"));

        Path chosen = dir.resolve("chosen");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("annotate", LETTER, "--format", "brat", "--out",
                chosen.toString(), "--types", "Section,Medication");
        assertEquals(0, r.status(), r.err());
        String ann2 = Files.readString(chosen.resolve("000_f7de4adc8d6a8410.ann"));
        assertTrue(ann2.contains("\tSection "), ann2);
        assertTrue(ann2.lines().filter(l -> l.startsWith("T")).allMatch(l -> l.contains("\tSection ")
                || l.contains("\tMedication ")), ann2);
        String conf = Files.readString(chosen.resolve("annotation.conf"));
        assertTrue(conf.contains("[entities]\nMedication\nSection\n\n"), conf);
        assertEquals("[drawing]\nMedication\tbgColor:#7fa2ff\nSection\tbgColor:#f0f0f0\n",
                Files.readString(chosen.resolve("visual.conf")));
    }

    @Test
    void typesOnJsonAndConll() {
        AnnotateCommandTest.Result json = AnnotateCommandTest.run("annotate", LETTER, "--types", "DateOfInjury");
        assertEquals(0, json.status(), json.err());
        assertTrue(json.out().contains("\"type\":\"DateOfInjury\""), json.out());
        assertFalse(json.out().contains("\"type\":\"Medication\""), json.out());
        AnnotateCommandTest.Result conll = AnnotateCommandTest.run("annotate", LETTER, "--format", "conll", "--types",
                "Dose,Medication");
        assertEquals(0, conll.status(), conll.err());
        assertTrue(conll.out().startsWith("# columns: TOKEN Medication Dose\n"), conll.out());
    }

    @Test
    void badTypesAreUsageErrors() {
        AnnotateCommandTest.Result unknown = AnnotateCommandTest.run("annotate", LETTER, "--types", "Drug");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown annotation type 'Drug'"), unknown.err());
        AnnotateCommandTest.Result xmi = AnnotateCommandTest.run("annotate", LETTER, "--format", "xmi", "--out",
                dir.resolve("x").toString(), "--types", "Medication");
        assertEquals(2, xmi.status());
        assertTrue(xmi.err().contains("--types does not apply to --format xmi"), xmi.err());
    }

    @Test
    void prettyIsRefusedWhereItWouldBeIgnored() {
        AnnotateCommandTest.Result two = AnnotateCommandTest.run("annotate", LETTER, "samples/letters/001_63176b1c98f5b6e8.txt",
                "--pretty");
        assertEquals(2, two.status());
        assertTrue(two.err().startsWith("--pretty indents one JSON document: give one file"), two.err());
        assertEquals("", two.out());
        AnnotateCommandTest.Result conll = AnnotateCommandTest.run("annotate", LETTER, "--format", "conll", "--pretty");
        assertEquals(2, conll.status());
        assertTrue(conll.err().startsWith("--pretty applies to --format json only"), conll.err());
        AnnotateCommandTest.Result one = AnnotateCommandTest.run("annotate", LETTER, "--pretty");
        assertEquals(0, one.status(), one.err());
        assertTrue(one.out().startsWith("{\n  \"source\""), one.out());
    }

    @Test
    void pdfFontWarningsAreQuietInTheCommandLineOnly() {
        String pdfbox = "org.slf4j.simpleLogger.log.org.apache.pdfbox";
        String fontbox = "org.slf4j.simpleLogger.log.org.apache.fontbox";
        String before = System.getProperty(pdfbox);
        try {
            System.clearProperty(pdfbox);
            System.setProperty(fontbox, "debug"); // a level the user set is kept
            ImrNlpCommand.quietPdfFontLogs();
            assertEquals("error", System.getProperty(pdfbox));
            assertEquals("debug", System.getProperty(fontbox));
            assertFalse(org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.NotYetUsed").isWarnEnabled());
        } finally {
            System.clearProperty(fontbox);
            if (before == null) {
                System.clearProperty(pdfbox);
            } else {
                System.setProperty(pdfbox, before);
            }
        }
    }
}
