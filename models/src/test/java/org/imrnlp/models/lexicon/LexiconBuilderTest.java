package org.imrnlp.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon builder on a tiny DO and SYMP fixture written for the test. */
class LexiconBuilderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LexiconBuilderTest.class.getResource(name).toURI());
    }

    @Test
    void readsTermsNamesExactSynonymsXrefsAndTheRelease() throws Exception {
        OboFile obo = OboFile.read(fixture("tiny-doid.obo"));
        assertEquals("2099-02-03", obo.release());
        assertEquals(7, obo.terms().size(), "the [Typedef] stanza is no term");
        OboFile.Term first = obo.terms().get(0);
        assertEquals("DOID:1", first.id());
        assertEquals("glassbone fever", first.name());
        assertEquals(List.of("GBF"), first.synonyms(), "a RELATED synonym is not the same concept");
        assertEquals(List.of("ICD10CM:A99.1", "UMLS_CUI:C0000001"), first.xrefs());
        assertTrue(obo.terms().get(3).obsolete());
    }

    @Test
    void keepsAcceptedTermsWithVariantsProvenanceAndCertainCodes() throws Exception {
        OboFile obo = OboFile.read(fixture("tiny-doid.obo"));
        Map<String, String> report = LexiconBuilder.readIcd10Report(fixture("tiny-ICD10inDO.tsv"));
        Map<String, LexiconBuilder.Row> rows = LexiconBuilder.rows(obo, "DO", TermRules.load(), report);
        String rendered = rows.values().stream()
                .map(r -> r.phrase() + "|" + r.source() + "|" + r.version() + "|" + r.id() + "|" + r.icd10() + "|" + r.exact())
                .collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                // an acronym keeps its capitals and is matched as written; it may stand for more: no code
                "GBF|DO|2099-02-03|DOID:1||true",
                // a phrase of two terms: the term it names, and no code
                "glassbone fever|DO|2099-02-03|DOID:1||false",
                // a possessive with and without its apostrophe; two ICD-10-CM xrefs: no code
                "hartwell knee dyscrasia|DO|2099-02-03|DOID:2||false",
                "hartwell's knee dyscrasia|DO|2099-02-03|DOID:2||false",
                "hartwells knee dyscrasia|DO|2099-02-03|DOID:2||false",
                // a hyphen as a space
                "non ulcer knee dyscrasia|DO|2099-02-03|DOID:2||false",
                "non-ulcer knee dyscrasia|DO|2099-02-03|DOID:2||false",
                // the report gives another code: not certain
                "spotted ear disease|DO|2099-02-03|DOID:7||false",
                // one code, the report silent: kept; the synonym with a comma and parentheses is refused
                "twin lung disease|DO|2099-02-03|DOID:6|J99.9|false"), rendered);
        assertFalse(rows.containsKey("cold"), "stop list: ordinary English");
        assertFalse(rows.containsKey("common cold"), "stop list");
        assertFalse(rows.containsKey("syndrome"), "stop list: too generic alone");
        assertFalse(rows.containsKey("obsolete old fever"), "obsolete");
    }

    @Test
    void writesBothFilesWithProvenanceOnEveryRow(@TempDir Path out) throws Exception {
        LexiconBuilder.main(new String[] {"--doid", fixture("tiny-doid.obo").toString(),
                "--symp", fixture("tiny-symp.obo").toString(),
                "--icd10-report", fixture("tiny-ICD10inDO.tsv").toString(), "--out", out.toString()});
        List<String> diagnoses = rows(out.resolve(LexiconBuilder.DIAGNOSES));
        List<String> symptoms = rows(out.resolve(LexiconBuilder.SYMPTOMS));
        assertEquals("phrase\tcategory\tsource\tversion\tid\ticd10\tcase", diagnoses.get(0));
        assertTrue(diagnoses.contains("GBF\tgeneral\tDO\t2099-02-03\tDOID:1\t\texact"), diagnoses.toString());
        // a Symptom Ontology term the reviewed list makes a diagnosis keeps its own source and id
        assertTrue(diagnoses.contains("hypotension\tgeneral\tSYMP\t2099-04-05\tSYMP:2\t\t"), diagnoses.toString());
        // named by both ontologies: a diagnosis only
        assertTrue(diagnoses.contains("spotted ear disease\tgeneral\tDO\t2099-02-03\tDOID:7\t\t"), diagnoses.toString());
        assertEquals(List.of("phrase\tcategory\tsource\tversion\tid\ticd10\tcase",
                "nausea\tother\tSYMP\t2099-04-05\tSYMP:1\t\t",
                "wheezing\tsign\tSYMP\t2099-04-05\tSYMP:4\t\t"), symptoms, "back pain is left to the pain rules");
        for (String row : diagnoses.subList(1, diagnoses.size())) {
            String[] cells = row.split("\t", -1);
            assertTrue(!cells[2].isEmpty() && !cells[3].isEmpty() && !cells[4].isEmpty(), "provenance: " + row);
        }
    }

    private static List<String> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }
}
