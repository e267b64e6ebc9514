package org.imrnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ctakes.core.pipeline.PiperFileRunner;
import org.apache.ctakes.core.util.annotation.SemanticGroup;
import org.apache.ctakes.typesystem.type.constants.CONST;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.CasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.imrnlp.annotators.ctakes.CtakesConceptAnnotator;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cTAKES user's view: the shipped {@code imrnlp.piper} run by cTAKES' own PiperFileRunner
 * (its file reader and XMI writer), and the mentions read by cTAKES' own SemanticGroup. Here
 * because this module is the one with cTAKES' jars on its classpath.
 */
class CtakesPiperTest {

    private static final String LETTER = """
            CLINICAL CASE SUMMARY
            The injured worker is a 52-year-old female injured on 03/14/2016. She has hypertension and lumbar
            radiculopathy. She takes Irenka 40 mg daily and Norco 10/325 mg. She had an MRI of the lumbar spine.
            She reports low back pain and denies numbness.
            """;

    @TempDir
    Path dir;

    @Test
    void cTakesRunsThePiperFileAndReadsTheSemanticGroups() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.writeString(in.resolve("letter.txt"), LETTER);

        assertTrue(PiperFileRunner.run("-p", "org/imrnlp/pipeline/imrnlp.piper", "-i", in.toString(), "--xmiOut",
                out.toString()), "PiperFileRunner failed");

        Path xmi;
        try (Stream<Path> files = Files.walk(out)) {
            xmi = files.filter(f -> f.toString().endsWith(".xmi")).findFirst().orElseThrow();
        }
        CAS cas = CasFactory.createCas(ImrPipeline.typeSystem());
        try (InputStream stream = Files.newInputStream(xmi)) {
            CasIOUtils.load(stream, cas);
        }
        JCas jcas = cas.getJCas();
        assertEquals(LETTER, jcas.getDocumentText());
        List<String> medications = JCasUtil.select(jcas, MedicationAnnotation.class).stream()
                .map(m -> m.getCoveredText() + " " + SemanticGroup.getBestGroup(m).getName()).toList();
        assertEquals(List.of("Irenka Drug", "Norco Drug"), medications);
        MedicationAnnotation irenka = JCasUtil.select(jcas, MedicationAnnotation.class).iterator().next();
        assertEquals("RXNORM 1652064", irenka.getOntologyConceptArr(0).getCodingScheme() + " "
                + irenka.getOntologyConceptArr(0).getCode());
        for (DiagnosisAnnotation d : JCasUtil.select(jcas, DiagnosisAnnotation.class)) {
            assertEquals(SemanticGroup.DISORDER, SemanticGroup.getBestGroup(d), d.getCoveredText());
        }
        assertTrue(JCasUtil.select(jcas, DiagnosisAnnotation.class).size() >= 2);
        for (IdentifiedAnnotation a : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
            assertTrue(SemanticGroup.getBestGroup(a) != SemanticGroup.EVENT, a.getCoveredText());
        }
    }

    @Test
    void theTypeIdsAreCtakesConstants() {
        assertEquals(CONST.NE_TYPE_ID_UNKNOWN, CtakesConceptAnnotator.UNKNOWN);
        assertEquals(CONST.NE_TYPE_ID_DRUG, CtakesConceptAnnotator.DRUG);
        assertEquals(CONST.NE_TYPE_ID_DISORDER, CtakesConceptAnnotator.DISORDER);
        assertEquals(CONST.NE_TYPE_ID_FINDING, CtakesConceptAnnotator.FINDING);
        assertEquals(CONST.NE_TYPE_ID_PROCEDURE, CtakesConceptAnnotator.PROCEDURE);
        assertEquals(CONST.NE_TYPE_ID_CLINICAL_ATTRIBUTE, CtakesConceptAnnotator.CLINICAL_ATTRIBUTE);
        assertEquals(CONST.NE_TYPE_ID_TIME_MENTION, CtakesConceptAnnotator.TIME);
        assertEquals(CONST.NE_TYPE_ID_GENERIC_MODIFIER, CtakesConceptAnnotator.MODIFIER);
        assertEquals("Finding", SemanticGroup.getGroup(CtakesConceptAnnotator.FINDING).getName());
    }

    @Test
    void thePiperFileListsThePipelinesEnginesInOrder() throws Exception {
        List<String> added;
        try (InputStream piper = getClass().getResourceAsStream("/org/imrnlp/pipeline/imrnlp.piper")) {
            added = new String(piper.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("add ")).map(l -> l.substring(4).strip()).toList();
        }
        List<String> engines = ImrPipeline.components().stream().map(d -> d.getAnnotatorImplementationName()).toList();
        assertEquals(engines, added);
    }
}
