package org.imrnlp.corpus.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.core.json.JsonForm;

/**
 * JSON Lines: one document per line in the guide's JSON form ({@link JsonForm} writes and
 * parses each line; a single document is {@link JsonForm#toPrettyJson}).
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** One document as a line, with its line end. */
    public static String line(AnnotatedDocument document) {
        return JsonForm.toJson(document) + "\n";
    }

    /** Every document of {@code reader}; blank lines are skipped. */
    public static List<AnnotatedDocument> read(Reader reader) throws IOException {
        List<AnnotatedDocument> documents = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                try {
                    documents.add(JsonForm.fromJson(line));
                } catch (IOException e) {
                    throw new IOException("line " + number + ": not a document in the JSON form", e);
                }
            }
        }
        return documents;
    }
}
