package org.imrnlp.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path folder;

    @AfterEach
    void clearProperties() {
        System.clearProperty(Corpus.folderProperty(Corpus.NOTES));
        System.clearProperty(Corpus.everyProperty(Corpus.NOTES));
        System.clearProperty(Corpus.SKIP_PROPERTY);
    }

    @Test
    void everyNthDocumentInPathOrderLessTheFailedOnes() throws IOException {
        Path a = write("a.txt", "Chief complaint: low back pain.");
        Path b = write("sub/b.txt", "Lumbar strain, improving.");
        Path c = write("c.txt", "Ibuprofen 600 mg three times a day.");
        Path d = write("d.txt", "Return in two weeks.");
        write("notes.md", "not a document");
        System.setProperty(Corpus.folderProperty(Corpus.NOTES), folder.toString());
        System.setProperty(Corpus.everyProperty(Corpus.NOTES), "1");
        assertEquals(List.of(a, c, d, b), Corpus.files(Corpus.NOTES));

        System.setProperty(Corpus.SKIP_PROPERTY, c + File.pathSeparator + b);
        assertEquals(List.of(a, d), Corpus.files(Corpus.NOTES));

        System.setProperty(Corpus.everyProperty(Corpus.NOTES), "2");
        System.setProperty(Corpus.SKIP_PROPERTY, d.toString());
        assertEquals(List.of(a), Corpus.files(Corpus.NOTES), "a and d sampled, d left out");
    }

    @Test
    void batchBytesLeaveOutTheFailedDocuments() throws IOException {
        write("a.txt", "Neck pain.");
        Path big = write("b.txt", "x".repeat(1000));
        assertEquals(1010, BatchRun.bytes(folder));
        System.setProperty(Corpus.SKIP_PROPERTY, big.toString());
        assertEquals(10, BatchRun.bytes(folder));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
