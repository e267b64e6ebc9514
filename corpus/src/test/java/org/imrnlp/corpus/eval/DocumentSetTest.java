package org.imrnlp.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSetTest {

    @TempDir
    Path dir;

    private static String doc(String source, int length, String annotations) {
        return "{\"source\": \"" + source + "\", \"textLength\": " + length + ", \"annotations\": [" + annotations + "]}";
    }

    private static String ann(String id, String type, int begin, int end) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"begin\": " + begin + ", \"end\": " + end + "}";
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void splitGoldFilesAreMergedBySource() throws IOException {
        write("000_x.meds.json", doc("000_x.txt", 500, ann("M1", "Medication", 10, 18) + "," + ann("M2", "Dose", 19, 23)));
        write("000_x.clinical.json", doc("000_x.txt", 500, ann("C1", "Diagnosis", 100, 120)));
        write("001_y.meds.json", doc("001_y.txt", 300, ann("M1", "Medication", 5, 9)));
        write("notes.md", "not read");

        DocumentSet set = DocumentSet.load(dir);

        assertEquals(List.of("000_x.txt", "001_y.txt"), List.copyOf(set.sources()));
        AnnotatedDocument x = set.documents().get("000_x.txt");
        assertEquals(500, x.textLength());
        assertEquals(List.of("C1", "M1", "M2"), x.annotations().stream().map(Annotation::id).sorted().toList());
        assertEquals(List.of(dir.resolve("000_x.clinical.json"), dir.resolve("000_x.meds.json")), set.filesOf("000_x.txt"));
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void aRepeatedIdAcrossFilesIsRefusedNamingBothFiles() throws IOException {
        Path meds = write("000_x.meds.json", doc("000_x.txt", 500, ann("A1", "Medication", 10, 18)));
        Path clinical = write("000_x.clinical.json", doc("000_x.txt", 500, ann("A1", "Diagnosis", 100, 120)));

        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));

        assertEquals("source 000_x.txt: duplicate annotation id A1 in " + clinical + " and " + meds, e.getMessage());
    }

    @Test
    void aRepeatedIdInOneFileIsRefused() throws IOException {
        Path meds = write("a.json", doc("a.txt", 0, ann("M1", "Medication", 10, 18) + "," + ann("M1", "Dose", 19, 23)));

        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));

        assertEquals("source a.txt: duplicate annotation id M1 in " + meds, e.getMessage());
    }

    @Test
    void piecesMustAgreeOnTheTextLength() throws IOException {
        write("a.meds.json", doc("a.txt", 500, ""));
        write("a.clinical.json", doc("a.txt", 501, ""));

        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));

        assertTrue(e.getMessage().startsWith("source a.txt: textLength 501 in " + dir.resolve("a.clinical.json")),
                e.getMessage());
    }

    @Test
    void theSameTypeAndSpanTwiceIsAWarning() throws IOException {
        write("a.meds.json", doc("a.txt", 500, ann("M1", "Medication", 10, 18)));
        write("a.clinical.json", doc("a.txt", 500, ann("C1", "Medication", 10, 18) + "," + ann("C2", "Diagnosis", 10, 18)));

        DocumentSet set = DocumentSet.load(dir);

        assertEquals(List.of("source a.txt: Medication 10-18 annotated twice (" + dir.resolve("a.clinical.json")
                + " and " + dir.resolve("a.meds.json") + ")"), set.warnings());
        assertEquals(3, set.documents().get("a.txt").annotations().size());
    }

    @Test
    void jsonLinesHoldOneDocumentPerLine() throws IOException {
        write("run.jsonl", doc("a.txt", 50, ann("T1", "Medication", 1, 5)) + "\n\n"
                + doc("b.txt", 60, ann("T1", "Medication", 2, 6)) + "\n");
        write("more.json", doc("a.txt", 50, ann("T2", "Dose", 6, 9)));

        DocumentSet set = DocumentSet.load(dir);

        assertEquals(2, set.documents().get("a.txt").annotations().size());
        assertEquals(1, set.documents().get("b.txt").annotations().size());
    }

    @Test
    void unreadableJsonNamesTheFile() throws IOException {
        Path bad = write("bad.json", "{\"source\": \"a.txt\", \"annotations\": [");

        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));

        assertTrue(e.getMessage().startsWith(bad + ": not a document in the JSON form"), e.getMessage());
    }

    @Test
    void unreadableJsonLinesNameTheFileAndLine() throws IOException {
        Path bad = write("run.jsonl", doc("a.txt", 50, "") + "\n{oops}\n");

        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));

        assertTrue(e.getMessage().startsWith(bad + ":2: not a document in the JSON form"), e.getMessage());
    }

    @Test
    void aSpanPastTheTextLengthIsRefused() throws IOException {
        Path bad = write("a.json", doc("a.txt", 50, ann("M1", "Medication", 45, 51)));

        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));

        assertEquals(bad + ": annotation M1 ends at 51, after textLength 50", e.getMessage());
    }

    @Test
    void aFolderWithoutJsonIsRefused() throws IOException {
        write("readme.txt", "nothing here");
        IOException e = assertThrows(IOException.class, () -> DocumentSet.load(dir));
        assertEquals(dir + ": no .json, .jsonl, .ann or .xmi files", e.getMessage());
    }

    @Test
    void aMissingFolderIsRefused() {
        assertThrows(NoSuchFileException.class, () -> DocumentSet.load(dir.resolve("nowhere")));
    }

    @Test
    void documentsInMemoryAreMergedAndCheckedToo() {
        AnnotatedDocument a = Docs.doc("a.txt", Docs.a("M1", "Medication", 0, 4));
        AnnotatedDocument b = Docs.doc("a.txt", Docs.a("C1", "Diagnosis", 5, 9));
        assertEquals(2, DocumentSet.of(List.of(a, b)).documents().get("a.txt").annotations().size());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentSet.of(List.of(a, a)));
        assertEquals("source a.txt: duplicate annotation id M1 in document a.txt", e.getMessage());
    }
}
