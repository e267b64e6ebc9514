package org.imrnlp.corpus.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.Extraction;
import org.imrnlp.core.Mention;
import org.imrnlp.core.Symptom;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSweepTest {

    @TempDir
    Path folder;

    @Test
    void passesGoodDocumentsAndNamesUnreadableOnes() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "The patient is a 45-year-old male with chronic low back pain. He takes Norco 10/325 mg.",
                StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.txt"), "SPINAL CORD \nSTIMULATOR.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("sub/c.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Files.writeString(folder.resolve("notes.md"), "not a document", StandardCharsets.UTF_8);
        List<Path> files = CorpusSweep.documents(List.of(folder));
        assertEquals(3, files.size(), files.toString());

        List<CorpusSweep.DocumentResult> seen = Collections.synchronizedList(new ArrayList<>());
        CorpusSweep.Result result;
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            result = new CorpusSweep(extractor, 2).run(files, seen::add);
        }
        assertEquals(3, seen.size());
        assertEquals(2, result.passed());
        assertEquals(1, result.failures().size());
        CorpusSweep.DocumentResult failed = result.failures().get(0);
        assertEquals(folder.resolve("sub/c.txt"), failed.file());
        assertTrue(failed.failure().startsWith("unreadable"), failed.failure());
    }

    @Test
    void aMentionWhoseTextIsNotTheInputAtItsOffsetsFailsTheCheck() {
        String text = "She reports numbness in the left hand.";
        Symptom right = new Symptom("T1", 12, 20, "numbness", null, null, null, Assertion.AFFIRMED);
        Symptom shifted = new Symptom("T1", 13, 21, "numbness", null, null, null, Assertion.AFFIRMED);
        assertNull(CorpusSweep.check(text, new Extraction("x", text.length(), List.<Mention>of(right))));
        assertTrue(CorpusSweep.check(text, new Extraction("x", text.length(), List.<Mention>of(shifted)))
                .contains("text differs"));
        Symptom outside = new Symptom("T1", 30, 45, "left hand.xxxxx", null, null, null, Assertion.AFFIRMED);
        assertTrue(CorpusSweep.check(text, new Extraction("x", text.length(), List.<Mention>of(outside)))
                .contains("outside the text"));
    }
}
