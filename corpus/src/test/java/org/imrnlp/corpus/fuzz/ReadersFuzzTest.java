package org.imrnlp.corpus.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.imrnlp.annotators.context.ContextAssessor;
import org.imrnlp.core.json.JsonForm;
import org.imrnlp.corpus.format.BratFormat;

/**
 * Jazzer fuzz targets over what reads user files: the BRAT and JSON readers and the context
 * assessor behind {@code imrnlp context --tsv}. Each may refuse its input only the documented
 * way (an {@link IOException} naming the problem; an {@link IllegalArgumentException} for a span
 * outside its sentence), never with another exception. Regression inputs live under
 * {@code src/test/resources/org/imrnlp/corpus/fuzz/ReadersFuzzTestInputs/}; see the README for
 * fuzzing mode.
 */
class ReadersFuzzTest {

    private static final String TEXT = "She reports numbness in the left hand.\nNorco 10/325 mg #60.\n";

    @FuzzTest(maxDuration = "30s")
    void bratReader(FuzzedDataProvider data) {
        try {
            BratFormat.read("note.txt", TEXT, data.consumeRemainingAsString(), "note.ann");
        } catch (IOException expected) {
            // refused with a message naming the file and line
        }
    }

    @FuzzTest(maxDuration = "30s")
    void jsonReader(FuzzedDataProvider data) {
        try {
            JsonForm.fromJson(data.consumeRemainingAsString());
        } catch (IOException expected) {
            // not a document in the JSON form
        }
    }

    @FuzzTest(maxDuration = "30s")
    void contextAssessor(FuzzedDataProvider data) {
        int begin = data.consumeInt(-2, 400);
        int end = data.consumeInt(-2, 400);
        String sentence = data.consumeRemainingAsString();
        try {
            ContextAssessor.assess(sentence, begin, end);
        } catch (IllegalArgumentException expected) {
            // a span outside the sentence
        }
    }
}
