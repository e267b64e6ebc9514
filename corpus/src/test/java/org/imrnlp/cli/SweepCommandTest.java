package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path folder;

    @Test
    void reportsPassedAndFailedDocumentsAndExitsOneOnAFailure() throws IOException {
        Files.copy(AnnotateCommandTest.LETTER, folder.resolve("letter.txt"));
        Files.writeString(folder.resolve("note.txt"), "CHIEF COMPLAINT:, Neck pain.,HISTORY:, He denies numbness.",
                StandardCharsets.UTF_8);
        AnnotateCommandTest.Result ok = AnnotateCommandTest.run("sweep", folder.toString(), "--threads", "1");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().lines().anyMatch(l -> l.equals("2 passed, 0 failed")), ok.out());

        Files.write(folder.resolve("empty.txt"), new byte[0]);
        AnnotateCommandTest.Result failed = AnnotateCommandTest.run("sweep", folder.toString());
        assertEquals(1, failed.status());
        assertTrue(failed.out().lines().anyMatch(l -> l.equals("2 passed, 1 failed")), failed.out());
        assertEquals(1, failed.err().lines().filter(l -> l.contains("empty.txt")).count(), failed.err());
        assertFalse(failed.err().contains("\tat "), "no stack trace");
    }
}
