package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.context.ContextAssessor;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.Extraction;
import org.junit.jupiter.api.Test;

/** The README's examples, run as they are written there; keep both in step. */
class UsageExampleTest {

    @Test
    void javaApiExample() throws Exception {
        Path letter = Path.of("../corpus/samples/letters/000_f7de4adc8d6a8410.txt");
        // README: Java API
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {   // thread-safe; create once, reuse
            Extraction x = extractor.extract(letter);                    // or extract(String text)
            x.medications().forEach(m -> System.out.println(m.text() + " -> " + m.normalized()));
            x.datesOfInjury().forEach(d -> System.out.println("injured " + d.iso()));
            String json = x.toJson();                                    // the annotation guide's JSON form
            // end README
            assertTrue(json.startsWith("{\"source\":\"000_f7de4adc8d6a8410.txt\""));
        }
    }

    @Test
    void contextExample() {
        // README: context
        Assertion a = ContextAssessor.assess("The patient denies chest pain.", 19, 29);   // a.negated() is true
        // end README
        assertTrue(a.negated());
    }

    @Test
    void uimaExample() throws Exception {
        // README: UIMA
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText("The patient denies suicidal ideations. He takes Norco 10/325 mg twice a day.");
        SimplePipeline.runPipeline(jcas, ImrPipeline.description());
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            System.out.println(sentence.getCoveredText());
        }
        // end README
        assertEquals(2, JCasUtil.select(jcas, Sentence.class).size());
    }
}
