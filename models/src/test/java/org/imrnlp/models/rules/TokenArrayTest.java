package org.imrnlp.models.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenArrayTest {

    @Test
    void splitsWordsNumbersAndPunctuationWithTheirAttributes() {
        TokenArray t = TokenArray.tokenize("VAS 7.5/10 at L4-5,\nno");
        assertEquals("VAS|7.5|/|10|at|L4|-|5|,|no", String.join("|", texts(t)));
        assertEquals("vas", t.lower(0));
        assertEquals("XXX", t.shape(0));
        assertEquals("d.d", t.shape(1));
        assertEquals("Xd", t.shape(5));
        assertEquals(TokenArray.Kind.NUM, t.kind(1));
        assertEquals(7.5, t.number(1));
        assertTrue(Double.isNaN(t.number(0)));
        assertEquals(TokenArray.Kind.PUNCT, t.kind(2));
        assertEquals(TokenArray.Gap.NONE, t.gap(2));
        assertEquals(TokenArray.Gap.SPACE, t.gap(4));
        assertEquals(TokenArray.Gap.LINE, t.gap(9));
        assertEquals(4, t.begin(1));
        assertEquals(7, t.end(1));
    }

    @Test
    void shapesCutLongRunsAfterFourCharacters() {
        assertEquals("Xxxxx", TokenArray.shapeOf("Oswestry"));
        assertEquals("dddd/dd", TokenArray.shapeOf("20140/12"));
    }

    @Test
    void joinsTokensWithOneSpaceWhereWhiteSpaceWas() {
        TokenArray t = TokenArray.tokenize("with   the\nmedications 5 - 6/10");
        assertEquals("with the medications", t.join(0, 3));
        assertEquals("5 - 6/10", t.join(3, 8));
    }

    private static String[] texts(TokenArray t) {
        String[] s = new String[t.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = t.text(i);
        }
        return s;
    }
}
