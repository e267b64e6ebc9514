package org.imrnlp.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.imrnlp.core.Extraction;
import org.imrnlp.fhir.FhirExport;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's FHIR example, as written there, runs. */
class ReadmeFhirExampleTest {

    @Test
    void theReadmeExampleWritesTheBundle(@TempDir Path out) throws IOException {
        Path letter = out.resolve("letter.txt");
        try (InputStream in = getClass().getResourceAsStream("/letters/shoulder.txt")) {
            Files.copy(in, letter);
        }

        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            Extraction x = extractor.extract(letter);
            Bundle bundle = FhirExport.toBundle(x);                      // HAPI's R4 model objects
            String json = FhirExport.toJson(bundle);                     // as FHIR JSON
            Files.writeString(out.resolve("letter.fhir.json"), json);
        }

        Bundle written = FhirExport.context().newJsonParser()
                .parseResource(Bundle.class, Files.readString(out.resolve("letter.fhir.json")));
        assertEquals("Patient", written.getEntryFirstRep().getResource().fhirType());
    }
}
