package org.imrnlp.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.imrnlp.core.json.AnnotatedDocument;
import org.imrnlp.corpus.format.BratFormat;
import org.imrnlp.corpus.format.XmiFormat;
import org.imrnlp.pipeline.ExtractionBuilder;
import org.imrnlp.pipeline.ImrExtractor;
import org.imrnlp.pipeline.ImrPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold corrected in BRAT or INCEpTION (XMI) evaluates exactly as the same gold in JSON. */
class GoldFormatsTest {

    private static final Path LETTER = Path.of("samples/letters/001_63176b1c98f5b6e8.txt");

    @Test
    void bratAndXmiGoldScoreLikeTheJsonTheyWereWrittenFrom(@TempDir Path dir) throws Exception {
        String text = Files.readString(LETTER);
        String name = LETTER.getFileName().toString();
        JCas jcas = JCasFactory.createJCas(ImrPipeline.typeSystem());
        jcas.setDocumentText(text);
        try (ImrExtractor extractor = ImrExtractor.createDefault()) {
            extractor.process(jcas);
        }
        AnnotatedDocument json = ExtractionBuilder.build(jcas, name).toDocument();

        Path brat = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(brat.resolve(name), text);
        Files.writeString(brat.resolve(name.replace(".txt", ".ann")), BratFormat.write(json, text));
        Path xmi = Files.createDirectories(dir.resolve("xmi"));
        Files.writeString(xmi.resolve(name.replace(".txt", ".xmi")), XmiFormat.write(jcas));

        for (Path folder : new Path[] {brat, xmi}) {
            DocumentSet gold = DocumentSet.load(folder);
            assertEquals(java.util.Set.of(name), gold.documents().keySet(), folder.toString());
            Evaluation e = Evaluator.create().evaluate(gold.documents(), Map.of(name, json));
            assertEquals(json.annotations().size(), e.micro().gold(), folder.toString());
            assertEquals(1.0, e.micro().strict().f1(), 1e-9, () -> folder + "\n" + EvaluationReport.table(e));
        }
    }

    @Test
    void aBratFileWithoutItsTextIsRefusedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("letter.ann"), "T1\tMedication 0 5\tNorco\n");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> DocumentSet.load(dir));
        assertEquals(true, e.getMessage().contains("letter.txt"), e.getMessage());
    }
}
