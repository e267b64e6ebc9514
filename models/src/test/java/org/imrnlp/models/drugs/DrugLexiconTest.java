package org.imrnlp.models.drugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Integrity of the drug lexicon files and the look-ups built on them. */
class DrugLexiconTest {

    private static final TsvTable DRUGS = ResourceFiles.table("drugs.tsv");
    private static final TsvTable CLASSES = ResourceFiles.table("drug-classes.tsv");

    @Test
    void everyNameIsUniqueAcrossIngredientsBrandsAndSynonyms() {
        Map<String, String> owner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (TsvTable.Row row : DRUGS.rows()) {
            List<String> names = new ArrayList<>();
            names.add(row.get("ingredient"));
            names.addAll(row.list("brands"));
            names.addAll(row.list("synonyms"));
            for (String name : names) {
                String previous = owner.put(PhraseMatcher.normalize(name), row.get("ingredient"));
                if (previous != null) {
                    duplicates.add(name + " (" + previous + ", " + row.get("ingredient") + ")");
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void everyRowHasAnIngredientAndAKnownClass() {
        Set<String> classes = new HashSet<>();
        CLASSES.rows().forEach(r -> classes.add(r.get("class")));
        List<String> problems = new ArrayList<>();
        for (TsvTable.Row row : DRUGS.rows()) {
            String ingredient = row.get("ingredient");
            if (ingredient.isEmpty() || ingredient.contains("|") || ingredient.contains("//")) {
                problems.add("ingredient: " + ingredient);
            }
            if (row.get("class").isEmpty() || !classes.contains(row.get("class"))) {
                problems.add(ingredient + ": class '" + row.get("class") + "'");
            }
            if (!row.get("rxcui").isEmpty() && !row.get("rxcui").matches("\\d+")) {
                problems.add(ingredient + ": rxcui " + row.get("rxcui"));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCombinationIsMadeOfKnownIngredients() {
        Set<String> single = new HashSet<>();
        DRUGS.rows().stream().map(r -> r.get("ingredient")).filter(i -> !i.contains("/")).forEach(single::add);
        List<String> unknown = new ArrayList<>();
        for (TsvTable.Row row : DRUGS.rows()) {
            for (String part : row.get("ingredient").split("/")) {
                if (!single.contains(part)) {
                    unknown.add(row.get("ingredient") + ": " + part);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void coversAtLeastFourHundredGenericIngredients() {
        long single = DRUGS.rows().stream().filter(r -> !r.get("ingredient").contains("/")).count();
        assertTrue(single >= 400, "generic ingredients: " + single);
    }

    @Test
    void classPhrasesAreUniqueAndEveryClassIsUsed() {
        Set<String> phrases = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (TsvTable.Row row : CLASSES.rows()) {
            if (!phrases.add(PhraseMatcher.normalize(row.get("phrase")))) {
                problems.add("duplicate phrase " + row.get("phrase"));
            }
            if (row.get("class").isEmpty()) {
                problems.add("no class for " + row.get("phrase"));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void dosePatternsCompileAndNameKnownKinds() {
        Set<String> kinds = Set.of("strength", "amount", "frequency", "quantity", "refills", "form", "route",
                "duration", "skip");
        for (DoseLexicon.DosePattern p : DoseLexicon.get().patterns()) {
            assertTrue(kinds.contains(p.kind()), p.kind());
            assertTrue(p.pattern() instanceof Pattern);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "Zanaflex, tizanidine, muscle relaxant",
            "NORCO, hydrocodone/acetaminophen, opioid",
            "Butrans, buprenorphine, opioid",
            "Gralise, gabapentin, anticonvulsant",
            "Neurontin, gabapentin, anticonvulsant",
            "Vimovo, naproxen/esomeprazole, NSAID",
            "Arthrotec, diclofenac/misoprostol, NSAID",
            "klonopin, clonazepam, benzodiazepine",
            "Suboxone, buprenorphine/naloxone, opioid",
            "Ultram, tramadol, opioid",
            "Flexeril, cyclobenzaprine, muscle relaxant",
            "Robaxin, methocarbamol, muscle relaxant",
            "Cymbalta, duloxetine, antidepressant",
            "Celebrex, celecoxib, NSAID",
            "Lyrica, pregabalin, anticonvulsant",
            "Terocin, methyl salicylate/capsaicin/menthol/lidocaine, topical analgesic",
            "Lidoderm, lidocaine, local anesthetic",
            "Nucynta, tapentadol, opioid",
            "Prilosec, omeprazole, PPI",
            "Embeda, morphine/naltrexone, opioid",
            "DuoNeb, ipratropium/albuterol, bronchodilator",
            "Breo Ellipta, fluticasone/vilanterol, bronchodilator",
            "Trelegy, fluticasone/umeclidinium/vilanterol, bronchodilator",
            "Synera, lidocaine/tetracaine, local anesthetic",
            "Aggrenox, aspirin/dipyridamole, antiplatelet",
            "Tylenol PM, acetaminophen/diphenhydramine, analgesic",
            "Tylenol with Codeine #3, codeine/acetaminophen, opioid",
            "Fluriflex, flurbiprofen/cyclobenzaprine, topical analgesic",
            "TGHot, tramadol/gabapentin/menthol/camphor/capsaicin, topical analgesic",
            "Dendracin, methyl salicylate/menthol/capsaicin, topical analgesic",
            "Orphengesic Forte, orphenadrine/aspirin/caffeine, muscle relaxant",
            "Medrol Dosepak, methylprednisolone, corticosteroid",
            "losartan/hydrochlorothiazide, losartan/hydrochlorothiazide, angiotensin receptor blocker",
            "Sentra PM, sentra pm, medical food",
            "GABAdone, gabadone, medical food",
            "Os-Cal, calcium/vitamin d, supplement",
            "calcium with vitamin D, calcium/vitamin d, supplement",
            "vitamin D, vitamin d, vitamin",
    })
    void brandsMapToTheirGenerics(String name, String normalized, String drugClass) {
        DrugLexicon.Drug drug = DrugLexicon.get().exact(name);
        assertEquals(normalized + " / " + drugClass, drug.normalized() + " / " + drug.drugClass());
    }

    @ParameterizedTest
    @CsvSource({"TIZANDINE, tizanidine", "gabapentn, gabapentin", "cyclobenzeprine, cyclobenzaprine",
            "Neurontn, gabapentin", "oxycodon, oxycodone", "hydrocodon, hydrocodone", "Zanaflx, tizanidine",
            "duloxitine, duloxetine"})
    void misspelledNamesAreFoundByEditDistance(String word, String normalized) {
        assertEquals(normalized, DrugLexicon.get().fuzzy(word).normalized());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tension", "mention", "lotion", "motion", "session", "patient", "reflex", "ambient",
            "singular", "vector", "petrol", "augmenting", "Medical", "pain", "normal", "decreased", "release",
            "function", "continued", "medications", "treatment", "guidelines", "spasms", "exam"})
    void ordinaryWordsAreNeverMisspelledDrugs(String word) {
        assertNull(DrugLexicon.get().fuzzy(word), word);
    }

    @ParameterizedTest
    @CsvSource({"Norcco, hydrocodone/acetaminophen", "Advill, ibuprofen", "Motrn, ibuprofen", "XANAXX, alprazolam",
            "Mobicc, meloxicam", "Lasx, ", "norcco, ", "Alive, ", "Alert, ", "Baker, ", "Forte, ", "Ultra, ",
            "Lyric, ", "Actors, ", "Relax, ", "Petal, ", "Sienna, ", "Norco, "})
    void shortNamesMatchOneAddedOrDroppedLetterOfACapitalizedWord(String word, String normalized) {
        DrugLexicon.Drug drug = DrugLexicon.get().fuzzyShort(word);
        assertEquals(normalized, drug == null ? null : drug.normalized(), word);
    }
}
