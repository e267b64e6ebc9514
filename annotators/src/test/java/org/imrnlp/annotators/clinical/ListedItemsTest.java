package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.imrnlp.models.RulePack;
import org.junit.jupiter.api.Test;

/** The noun-phrase items of heading lists ({@link ListedItems}), on one-section texts written for the test. */
class ListedItemsTest {

    private static final ListedItems ITEMS = ListedItems.get(RulePack.builtIn());

    /** The items of kind {@code kind} of {@code text} read as one section, as their texts. */
    private static List<String> items(String text, ListedItems.Kind kind) {
        List<String> out = new ArrayList<>();
        for (int[] item : ITEMS.items(text, List.<int[]>of(new int[] {0, text.length()}), kind)) {
            out.add(text.substring(item[0], item[1]));
        }
        return out;
    }

    @Test
    void anItemOnTheHeadingLineIsTheMentionWithoutItsFullStop() {
        assertEquals(List.of("Retained hardware in the left distal tibia"),
                items("PREOPERATIVE DIAGNOSIS: , Retained hardware in the left distal tibia.", ListedItems.Kind.DIAGNOSIS));
    }

    @Test
    void numberedItemsOfAOneLineNoteAreEachAMentionWithoutCodesOrCues() {
        assertEquals(List.of("Chronic pilonidal sinus", "Morbid obesity", "iron overload"),
                items("DISCHARGE DIAGNOSES:,1.  Chronic pilonidal sinus (685.1).,2.  Morbid obesity.,"
                        + "3.  History of iron overload.", ListedItems.Kind.DIAGNOSIS));
    }

    @Test
    void onlyTheFirstSentenceOfAnItemCountsAndAnExplanationStaysOut() {
        assertEquals(List.of("Gastric outlet narrowing"),
                items("IMPRESSION:,1.  Gastric outlet narrowing secondary to scarring.  Biopsies were taken.",
                        ListedItems.Kind.DIAGNOSIS));
    }

    @Test
    void placeholdersNormalStatementsAndProseAreNoItems() {
        assertEquals(List.of(), items("POSTOPERATIVE DIAGNOSIS: , Same.", ListedItems.Kind.DIAGNOSIS));
        assertEquals(List.of(), items("IMPRESSION: , Normal study of the abdomen.", ListedItems.Kind.DIAGNOSIS));
        assertEquals(List.of(), items("IMPRESSION: , No acute intracranial process.", ListedItems.Kind.DIAGNOSIS));
        assertEquals(List.of(), items("PROCEDURE: , The patient was placed supine and prepped.", ListedItems.Kind.PROCEDURE));
    }

    @Test
    void procedureHeadingsListProceduresAndACptCodeStaysOut() {
        assertEquals(List.of("Excision of sebaceous cyst, left upper back", "Layered closure of the wound"),
                items("PROCEDURES PERFORMED:,1.  CPT code 11402 - Excision of sebaceous cyst, left upper back.,"
                        + "2.  Layered closure of the wound.", ListedItems.Kind.PROCEDURE));
        assertEquals(List.of(), items("PROCEDURES PERFORMED: , Excision of sebaceous cyst.", ListedItems.Kind.DIAGNOSIS));
    }

    @Test
    void historyListsSplitAtCommasAndAProseSentenceIsNoList() {
        assertEquals(List.of("hypothyroidism", "gout", "benign essential tremor"),
                items("PAST MEDICAL HISTORY: , Significant for hypothyroidism, gout, and benign essential tremor.",
                        ListedItems.Kind.DIAGNOSIS));
        assertEquals(List.of("Asthma off and on since childhood", "gout"),
                items("PAST MEDICAL HISTORY: , Asthma off and on since childhood, gout.", ListedItems.Kind.DIAGNOSIS));
        assertEquals(List.of(), items("PAST MEDICAL HISTORY: , Further, he was born at term without problems.",
                ListedItems.Kind.DIAGNOSIS));
    }

    @Test
    void aFieldOfAnotherKindEndsTheList() {
        assertEquals(List.of("Arthroscopic debridement of the right knee"),
                items("PROCEDURE: , Arthroscopic debridement of the right knee.,TOURNIQUET TIME: , 24 minutes.,"
                        + "Medial meniscal fragments.", ListedItems.Kind.PROCEDURE));
    }

    @Test
    void aSectionWithAnotherHeadingHasNoItems() {
        assertEquals(List.of(), items("SOCIAL HISTORY: , Retired machinist.", ListedItems.Kind.DIAGNOSIS));
    }
}
