package org.imrnlp.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.imrnlp.pipeline.ImrExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema of the JSON form ({@code org/imrnlp/json/imrnlp-document.schema.json}
 * in the core jar) accepts what the extractor writes and the seed gold, and rejects broken documents.
 */
class JsonSchemaTest {

    static final String SCHEMA = "/org/imrnlp/json/imrnlp-document.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LETTER_A = """
            CLINICAL CASE SUMMARY
            The 57 year old male injured worker sustained an industrial injury on 4/18/2009. Diagnoses are
            lumbar radiculopathy at L5-S1 and depression. He denies suicidal ideation. He reports pain of 7/10.
            Straight leg raising was positive on the left. Medications include Norco 10/325 mg every 6 hours
            as needed #120 and Zanaflex 4 mg twice a day. He had an epidural steroid injection on 2/3/2012.

            IMR ISSUES, DECISIONS AND RATIONALES
            Norco 10/325mg #120: Upheld
            Decision rationale: Opioids are not recommended for long term use without documented improvement.
            """;
    private static final String LETTER_B = """
            The 35-year-old female was injured on 06/08/2012. She has right carpal tunnel syndrome and
            insomnia. Her father had a myocardial infarction. Exam shows decreased sensation in the right
            median nerve distribution and a positive Tinel's sign. She takes gabapentin 300 mg three times
            a day. A right carpal tunnel release was requested. There is no evidence of cervical radiculopathy.
            """;

    private static ImrExtractor extractor;
    private static Schema schema;

    @BeforeAll
    static void setUp() throws IOException {
        extractor = ImrExtractor.createDefault();
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @AfterAll
    static void tearDown() {
        extractor.close();
    }

    private static List<Error> errors(JsonNode document) {
        return schema.validate(document);
    }

    private static ObjectNode extracted(String text, String source) throws IOException {
        return (ObjectNode) MAPPER.readTree(extractor.extract(text, source).toJson());
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertEquals(List.of(), meta.validate(MAPPER.readTree(in)));
        }
    }

    @Test
    void extractedDocumentsAndTheSeedGoldValidate() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        documents.add(extracted(LETTER_A, "a.txt"));
        documents.add(extracted(LETTER_B, "b.txt"));
        try (Stream<Path> letters = Files.list(Path.of("samples/letters"))) {
            for (Path letter : letters.sorted().toList()) {
                documents.add(extracted(Files.readString(letter), letter.getFileName().toString()));
            }
        }
        try (Stream<Path> gold = Files.list(Path.of("samples/gold"))) {
            for (Path file : gold.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.add(MAPPER.readTree(file.toFile()));
            }
        }
        Set<String> types = new TreeSet<>();
        for (JsonNode document : documents) {
            assertEquals(List.of(), errors(document), document.path("source").asText());
            document.path("annotations").forEach(a -> types.add(a.path("type").asText()));
        }
        assertTrue(documents.size() >= 12, documents.size() + " documents");
        // every type of the guide was checked at least once
        assertEquals(15, types.size(), types.toString());
    }

    @Test
    void brokenDocumentsAreRejected() throws IOException {
        ObjectNode valid = extracted(LETTER_A, "a.txt");
        assertEquals(List.of(), errors(valid));
        assertRejected(valid, d -> d.remove("textLength"));
        assertRejected(valid, d -> d.put("textLength", "812"));
        assertRejected(valid, d -> d.put("extra", true));
        assertRejected(valid, d -> annotation(d, "Diagnosis").put("begin", "12"));
        assertRejected(valid, d -> annotation(d, "Diagnosis").remove("text"));
        assertRejected(valid, d -> annotation(d, "Diagnosis").put("type", "Disease"));
        assertRejected(valid, d -> annotation(d, "Medication").remove("assertion"));
        assertRejected(valid, d -> ((ObjectNode) annotation(d, "Medication").get("assertion")).put("subject", "mother"));
        assertRejected(valid, d -> annotation(d, "Section").set("assertion", annotation(d, "Medication").get("assertion")));
        assertRejected(valid, d -> ((ObjectNode) annotation(d, "Dose").get("attributes")).put("kind", "dosage"));
        assertRejected(valid, d -> ((ObjectNode) annotation(d, "Diagnosis").get("attributes")).put("icd9", "724.4"));
        assertRejected(valid, d -> ((ObjectNode) annotation(d, "Demographics").get("attributes")).put("age", 57));
        assertRejected(valid, d -> ((ObjectNode) annotation(d, "DateOfInjury").get("attributes")).put("iso", "4/18/2009"));
    }

    private static void assertRejected(ObjectNode valid, Consumer<ObjectNode> breakIt) {
        ObjectNode broken = valid.deepCopy();
        breakIt.accept(broken);
        assertFalse(errors(broken).isEmpty(), "accepted: " + broken);
    }

    private static ObjectNode annotation(ObjectNode document, String type) {
        for (JsonNode a : document.get("annotations")) {
            if (a.path("type").asText().equals(type)) {
                return (ObjectNode) a;
            }
        }
        throw new AssertionError("no " + type);
    }
}
