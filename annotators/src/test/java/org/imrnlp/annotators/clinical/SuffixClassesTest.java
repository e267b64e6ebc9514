package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.imrnlp.models.RulePack;
import org.junit.jupiter.api.Test;

/** Words classed by their ending ({@link SuffixClasses}). */
class SuffixClassesTest {

    private static final SuffixClasses CLASSES = SuffixClasses.get(RulePack.builtIn());

    /** The lexicon the first word of {@code text} heads by its ending, or null. */
    private static String lexiconOf(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        SuffixClasses.Hit hit = CLASSES.classOf(text, 0, end);
        return hit == null ? null : hit.lexicon();
    }

    @Test
    void surgicalAndImagingEndingsNameProcedures() {
        assertEquals("procedure", lexiconOf("pyeloplasty was done"));
        assertEquals("procedure", lexiconOf("Thoracentesis yielded fluid"));
        assertEquals("procedure", lexiconOf("venogram of the arm"));
        assertEquals("procedure", lexiconOf("ureteroscopy and stent"));
        assertEquals("imaging", CLASSES.classOf("lymphangiography", 0, 16).row().get("category"));
    }

    @Test
    void diseaseEndingsNameConditions() {
        assertEquals("diagnosis", lexiconOf("cholangitis was treated"));
        assertEquals("diagnosis", lexiconOf("hyperkalemia resolved"));
        assertEquals("diagnosis", lexiconOf("cardiomyopathy"));
    }

    @Test
    void ordinaryWordsShortWordsAndStoppedTermsAreNone() {
        assertNull(lexiconOf("program of exercise"));
        assertNull(lexiconOf("anatomy was distorted"));
        assertNull(lexiconOf("diagnosis of gout"));
        assertNull(lexiconOf("gram stain"));
        assertNull(lexiconOf("cyanosis or clubbing"));
    }

    @Test
    void aWordBeforeAnInstrumentOrPositionIsNone() {
        assertNull(lexiconOf("tenotomy scissors were used"));
        assertNull(lexiconOf("lithotomy position"));
        assertNull(lexiconOf("myringotomy site was dry"));
        assertEquals("procedure", lexiconOf("myringotomy was performed"));
        assertNull(lexiconOf("arthrotomy was closed"));
    }

    @Test
    void descriptiveAdjectivesModifyButHeadNothing() {
        assertEquals(true, CLASSES.modifies("perirectal", 0, 10));
        assertEquals(true, CLASSES.modifies("metastatic", 0, 10));
        assertEquals(true, CLASSES.modifies("nodular", 0, 7));
        assertEquals(false, CLASSES.modifies("several", 0, 7));
        assertEquals(false, CLASSES.modifies("medical", 0, 7));
        assertNull(lexiconOf("hemorrhagic contusions"));
    }
}
