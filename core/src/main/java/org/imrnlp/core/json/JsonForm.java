package org.imrnlp.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link AnnotatedDocument}s in the guide's JSON form. Thread-safe. */
public final class JsonForm {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private JsonForm() {
    }

    /** One line of JSON. */
    public static String toJson(AnnotatedDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented JSON, for people. */
    public static String toPrettyJson(AnnotatedDocument document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one document. */
    public static AnnotatedDocument fromJson(String json) throws IOException {
        return MAPPER.readValue(json, AnnotatedDocument.class);
    }

    /** Reads one document from a file. */
    public static AnnotatedDocument read(Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), AnnotatedDocument.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a document in the JSON form: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes one document, indented. */
    public static void write(AnnotatedDocument document, Path file) throws IOException {
        Files.writeString(file, toPrettyJson(document));
    }
}
