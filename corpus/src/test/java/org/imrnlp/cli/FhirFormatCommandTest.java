package org.imrnlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.imrnlp.cli.AnnotateCommandTest.Result;
import org.imrnlp.fhir.FhirExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format fhir} in annotate and batch. */
class FhirFormatCommandTest {

    private static final String LETTER_001 = "samples/letters/001_63176b1c98f5b6e8.txt";

    private static Bundle parse(String json) {
        return FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
    }

    @Test
    void annotatePrintsOneIndentedBundleForOneFile() {
        Result r = AnnotateCommandTest.run("annotate", AnnotateCommandTest.LETTER.toString(), "--format", "fhir");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().count() > 50, "indented");
        Bundle bundle = parse(r.out());
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        DocumentReference letter = (DocumentReference) bundle.getEntry().get(1).getResource();
        assertEquals("000_f7de4adc8d6a8410.txt", letter.getContentFirstRep().getAttachment().getTitle());
        assertTrue(bundle.getEntry().stream().anyMatch(e -> e.getResource() instanceof MedicationStatement m
                && m.getMedicationCodeableConcept().getText().equals("tizanidine")));
    }

    @Test
    void annotatePrintsOneBundlePerLineForSeveralFiles() {
        Result r = AnnotateCommandTest.run("annotate", AnnotateCommandTest.LETTER.toString(), LETTER_001, "--format", "fhir");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        DocumentReference second = (DocumentReference) parse(lines.get(1)).getEntry().get(1).getResource();
        assertEquals("001_63176b1c98f5b6e8.txt", second.getContentFirstRep().getAttachment().getTitle());
    }

    @Test
    void batchWritesOneBundleFilePerLetter(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(AnnotateCommandTest.LETTER, in.resolve("a.txt"));
        Files.copy(Path.of(LETTER_001), dir.resolve("in/b.txt"));
        Path out = dir.resolve("out");
        Result r = AnnotateCommandTest.run("batch", dir.resolve("in").toString(), "--out", out.toString(),
                "--format", "fhir", "--threads", "1");
        assertEquals(0, r.status(), r.err());
        Bundle a = parse(Files.readString(out.resolve("sub/a.fhir.json")));
        assertEquals("sub/a.txt", ((DocumentReference) a.getEntry().get(1).getResource())
                .getContentFirstRep().getAttachment().getTitle());
        assertTrue(Files.exists(out.resolve("b.fhir.json")));
    }
}
