package org.imrnlp.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrnlp.core.MentionType;
import org.imrnlp.models.lexicon.UserDictionary.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading user dictionaries: cTAKES BSV with semantic types, and TSV. */
class UserDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void bsvRowsTakeTheirTypeFromTheSemanticTypeAndSkipOthers() throws IOException {
        Path bsv = Files.writeString(dir.resolve("umls.bsv"), """
                # comment
                CTEST1|T047|Osteoarthritis of knee
                CTEST2|T184|Low back pain

                CTEST3|T023|Lumbar region
                CTEST4|T200|Gabapentin 300 MG Oral Capsule
                CTEST5|T060|Electromyography
                """);
        UserDictionary d = UserDictionary.load(bsv);
        assertEquals(List.of(new Term("Osteoarthritis of knee", MentionType.DIAGNOSIS, "CTEST1"),
                new Term("Low back pain", MentionType.SYMPTOM, "CTEST2"),
                new Term("Gabapentin 300 MG Oral Capsule", MentionType.MEDICATION, "CTEST4"),
                new Term("Electromyography", MentionType.PROCEDURE, "CTEST5")), d.terms());
        assertEquals(1, d.skipped());
    }

    @Test
    void aBsvRowWithoutSemanticTypeIsAnErrorNamingFileAndLine() throws IOException {
        Path bsv = Files.writeString(dir.resolve("two.bsv"), "CTEST1|T047|Gout\nCTEST2|Gout\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserDictionary.load(bsv));
        assertEquals(bsv + ":2: a BSV row is CUI|TUI|TEXT, found 2 columns", e.getMessage());
    }

    @Test
    void aBsvRowWithAMalformedTuiIsAnError() throws IOException {
        Path bsv = Files.writeString(dir.resolve("tui.bsv"), "CTEST1|Disease|Gout\n");
        assertThrows(IllegalArgumentException.class, () -> UserDictionary.load(bsv));
    }

    @Test
    void tsvRowsNameTheirTypeInAnyCaseAndMayOmitTheCode() throws IOException {
        Path tsv = Files.writeString(dir.resolve("local.tsv"),
                "# term, type, code\r\nZorvatrex\tmedication\tLOCAL:17\r\nHalvorsen traction\tProcedure\r\n");
        assertEquals(List.of(new Term("Zorvatrex", MentionType.MEDICATION, "LOCAL:17"),
                new Term("Halvorsen traction", MentionType.PROCEDURE, null)), UserDictionary.load(tsv).terms());
    }

    @Test
    void aTsvRowOfAnotherTypeIsAnErrorNamingFileAndLine() throws IOException {
        Path tsv = Files.writeString(dir.resolve("local.tsv"), "knee\tAnatomy\tX\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserDictionary.load(tsv));
        assertEquals(tsv + ":1: a TSV row needs a term and a type of [Medication, Diagnosis, Symptom, Procedure]",
                e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path tsv = Files.write(dir.resolve("latin1.tsv"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', 'D', 'i', 'a',
                'g', 'n', 'o', 's', 'i', 's', '\n'});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserDictionary.load(tsv));
        assertEquals(tsv + ": not UTF-8 text", e.getMessage());
    }
}
