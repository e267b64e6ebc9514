package org.imrnlp.annotators.text;

import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;

/**
 * Splits the clean text into cTAKES {@link Sentence}s with the project's one sentence rule,
 * {@link SentenceSplitter}: at line breaks the clean-up kept (headings, paragraphs, field lines)
 * and at {@code . ? !} followed by a space and a capital, digit or bracket, unless the word before
 * the period is an abbreviation. Because clean-up joins PDF lines, a sentence never ends at a PDF
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

    private SentenceSplitter splitter;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        splitter = SentenceSplitter.of(rulePack());
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        int number = 0;
        for (SentenceSplitter.Bounds b : splitter.split(jcas.getDocumentText(), MAX_SENTENCE_CHARS)) {
            Sentence sentence = new Sentence(jcas, b.begin(), b.end());
            sentence.setSentenceNumber(number++);
            sentence.addToIndexes();
        }
    }
}
