package org.imrnlp.models.drugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RxNormLexiconBuilderTest {

    /** An invented record in the shape of the prescribable content's per-letter JSON. */
    private static final String FIXTURE = """
            [{"Name": "zolpanol", "RXCUI": "900001", "TTY": "IN", "SCDCs": [
               {"Name": "zolpanol 5 MG", "RXCUI": "900002", "TTY": "SCDC", "SCDs": [
                 {"Name": "zolpanol hydrochloride 5 MG / ketrafen 20 MG Oral Tablet", "RXCUI": "900003", "TTY": "SCD",
                  "SBDs": [{"Name": "zolpanol hydrochloride 5 MG / ketrafen 20 MG Oral Tablet [Zolket]", "RXCUI": "900004",
                            "TTY": "SBD", "BNs": [{"Name": "Zolket", "RXCUI": "900005", "TTY": "BN"}]},
                           {"Name": "zolpanol hydrochloride 5 MG / ketrafen 20 MG Oral Tablet [Relief]", "RXCUI": "900006",
                            "TTY": "SBD", "BNs": [{"Name": "Relief", "RXCUI": "900007", "TTY": "BN"}]},
                           {"Name": "24 HR zolpanol hydrochloride 5 MG Extended Release Oral Tablet [Zolpa 24]", "RXCUI": "900008",
                            "TTY": "SBD", "BNs": [{"Name": "Zolpa 24", "RXCUI": "900009", "TTY": "BN"}]}]}]}]},
             {"Name": "ketrafen", "RXCUI": "900010", "TTY": "IN", "SCDCs": []}]
            """;

    @Test
    void brandsTakeTheIngredientsOfTheirClinicalDrugsWithoutSalts() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        new ObjectMapper().readTree(FIXTURE).forEach(records::add);
        List<RxNormLexiconBuilder.Row> rows = RxNormLexiconBuilder.build(records, Set.of("relief"));
        assertEquals(List.of(
                new RxNormLexiconBuilder.Row("ketrafen", "ketrafen", "900010", "IN"),
                new RxNormLexiconBuilder.Row("Zolket", "zolpanol/ketrafen", "900005", "BN"),
                new RxNormLexiconBuilder.Row("zolpanol", "zolpanol", "900001", "IN")), rows);
        // "Relief" is an English word; "Zolpa 24" has digits: both left out
    }

    @Test
    void aLeadingQuantityAndTheStrengthAreNoPartOfAnIngredient() {
        assertEquals("irinotecan/ketrafen", RxNormLexiconBuilder.ingredientsOf(
                "15 ML irinotecan hydrochloride 20 MG/ML / ketrafen 2 MG/ML Injection [Brandx]", Set.of("irinotecan", "ketrafen")));
        assertEquals("oxycodone", RxNormLexiconBuilder.base("oxycodone hydrochloride"));
    }

    @Test
    void generatedNamesExtendTheLexiconWithoutOverridingHandWrittenRows() {
        DrugLexicon lexicon = DrugLexicon.get();
        DrugLexicon.Drug zosyn = lexicon.exact("Zosyn");
        assertNotNull(zosyn);
        assertEquals("piperacillin/tazobactam", zosyn.normalized());
        assertEquals("74170", zosyn.rxcui());
        assertEquals("hydrocodone/acetaminophen", lexicon.exact("Norco").normalized());
        assertEquals("opioid", lexicon.exact("Norco").drugClass());
        assertNull(lexicon.exact("lipase"), "a laboratory analyte of the stop list");
        assertNull(lexicon.exact("relief"), "an English word");
    }
}
