package org.imrnlp.annotators.text;

import java.util.Locale;
import java.util.Set;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.annotators.RulePackAnnotator;

/**
 * Splits the clean text into cTAKES {@link Sentence}s: at line breaks the clean-up kept
 * (headings, paragraphs, field lines) and at {@code . ? !} followed by a space and a capital,
 * digit or bracket, unless the word before the period is an abbreviation from
 * {@code abbreviations.txt}. Because clean-up joins PDF lines, a sentence never ends at a PDF
 * line end inside it. A sentence is at most {@value #MAX_SENTENCE_CHARS} characters: a longer run
 * without a sentence end (no real sentence of the shared letters and notes comes near it; a table
 * or hostile input does) is cut at its last white space before the limit, so that the engines
 * that work sentence by sentence stay linear in the length of the text.
 */
@ResourceMetaData(name = "IMR-NLP sentences")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap", outputs = "org.apache.ctakes.typesystem.type.textspan.Sentence")
public class SentenceAnnotator extends RulePackAnnotator {

    /** The longest sentence, in characters of the clean text. */
    public static final int MAX_SENTENCE_CHARS = 2000;

    private Set<String> abbreviations;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        abbreviations = rulePack().cached("abbreviations.txt", Set.class,
                pack -> Set.copyOf(pack.lines("abbreviations.txt").stream()
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        char[] text = jcas.getDocumentText().toCharArray();
        int number = 0;
        int start = 0;
        int lastSpace = -1;
        int length = text.length;
        for (int i = 0; i <= length; i++) {
            if (i == length || text[i] == '\n' || endsSentence(text, i)) {
                int end = i == length || text[i] == '\n' ? i : i + 1;
                number = add(jcas, text, start, end, number);
                start = end;
            } else if (i - start >= MAX_SENTENCE_CHARS) {
                int cut = lastSpace > start ? lastSpace : i;
                number = add(jcas, text, start, cut, number);
                start = cut;
            }
            if (i < length && text[i] == ' ') {
                lastSpace = i;
            }
        }
    }

    private static int add(JCas jcas, char[] text, int start, int end, int number) {
        int b = start;
        int e = end;
        while (b < e && Character.isWhitespace(text[b])) {
            b++;
        }
        while (e > b && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        if (b == e) {
            return number;
        }
        Sentence sentence = new Sentence(jcas, b, e);
        sentence.setSentenceNumber(number);
        sentence.addToIndexes();
        return number + 1;
    }

    private boolean endsSentence(char[] text, int i) {
        char c = text[i];
        if (c != '.' && c != '?' && c != '!') {
            return false;
        }
        int next = i + 1;
        while (next < text.length && (text[next] == '"' || text[next] == '\u201d' || text[next] == ')')) {
            next++;
        }
        if (next >= text.length || text[next] != ' ') {
            return false;
        }
        while (next < text.length && text[next] == ' ') {
            next++;
        }
        if (next >= text.length) {
            return true;
        }
        char following = text[next];
        boolean opens = Character.isUpperCase(following) || Character.isDigit(following) || following == '('
                || following == '"' || following == '\u201c' || following == '[' || following == '#';
        return opens && (c != '.' || !isAbbreviation(text, i));
    }

    private boolean isAbbreviation(char[] text, int period) {
        int start = period;
        while (start > 0 && (Character.isLetter(text[start - 1]) || text[start - 1] == '.')) {
            start--;
        }
        if (start == period) {
            return false;
        }
        String word = new String(text, start, period - start).toLowerCase(Locale.ROOT);
        return abbreviations.contains(word) || (word.length() == 1 && Character.isUpperCase(text[start]));
    }
}
