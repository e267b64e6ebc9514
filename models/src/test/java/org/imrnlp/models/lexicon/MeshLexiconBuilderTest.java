package org.imrnlp.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrnlp.models.lexicon.MeshLexiconBuilder.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which MeSH descriptors become diagnoses or symptoms, and in which word order. */
class MeshLexiconBuilderTest {

    @Test
    void diseaseTreesPathologicProcessesAndMentalDisordersAreDiagnoses() {
        assertEquals(Kind.DIAGNOSIS, MeshLexiconBuilder.kind(List.of("C14.280.067.322")));
        assertEquals(Kind.DIAGNOSIS, MeshLexiconBuilder.kind(List.of("C23.550.717")));
        assertEquals(Kind.DIAGNOSIS, MeshLexiconBuilder.kind(List.of("F03.700")));
    }

    @Test
    void aSignOrSymptomTreeMakesASymptomEvenBesideADiseaseTree() {
        assertEquals(Kind.SYMPTOM, MeshLexiconBuilder.kind(List.of("C08.618.085", "C23.888.852.079")));
    }

    @Test
    void animalDiseasesExperimentalNeoplasmsAndBehaviourAreLeftOut() {
        assertEquals(Kind.NONE, MeshLexiconBuilder.kind(List.of("C22.836")));
        assertEquals(Kind.NONE, MeshLexiconBuilder.kind(List.of("C04.619.857")));
        assertEquals(Kind.NONE, MeshLexiconBuilder.kind(List.of("F01.145.126.980")));
    }

    @Test
    void anInvertedNameIsReadInNaturalOrderAndANameWithMoreCommasIsLeftOut() {
        assertEquals("Seborrheic Dermatitis", MeshLexiconBuilder.naturalOrder("Dermatitis, Seborrheic"));
        assertEquals("Atrial Flutter", MeshLexiconBuilder.naturalOrder("Atrial Flutter"));
        assertEquals(null, MeshLexiconBuilder.naturalOrder("Carcinoma, Non-Small-Cell, Lung"));
    }

    @Test
    void readsOneDescriptorPerIdWithAllItsTreeNumbers(@TempDir Path dir) throws IOException {
        Path table = Files.writeString(dir.resolve("mesh.tsv"), """
                MESH_ID\tMESH_NAME\tPARENT_MESH_ID\tPARENT_MESH_CATEGORY\tROOT_MESH_CATEGORY\tLEVEL
                D000001\tHoarseness\tD000002\tC08.360.535\tC08\t2
                D000001\tHoarseness\tD000003\tC23.888.852.538\tC23\t3
                """);
        MeshLexiconBuilder.Descriptor d = MeshLexiconBuilder.read(table).get("D000001");
        assertEquals(List.of("C08.360.535", "C23.888.852.538"), d.trees());
        assertEquals(Kind.SYMPTOM, MeshLexiconBuilder.kind(d.trees()));
    }

    @Test
    void theShippedLexiconHoldsConditionsTheOntologiesLack() throws IOException {
        List<String> phrases = org.imrnlp.models.ResourceFiles.table("clinical/" + MeshLexiconBuilder.DIAGNOSES).rows()
                .stream().map(r -> r.get("phrase")).toList();
        assertTrue(phrases.containsAll(List.of("atrial flutter", "hypernatremia", "seborrheic dermatitis")), "MeSH rows");
        assertTrue(!phrases.contains("recurrence") || TermRules.load().refused("recurrence"), "stop-listed at load");
    }
}
