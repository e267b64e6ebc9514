package org.imrnlp.annotators.clinical;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.type.PainScore;

/**
 * Finds pain ratings: {@code 8/10}, {@code 7-8/10}, {@code 6 out of 10}, {@code VAS 7}, with the
 * condition they were rated under when written right after them ({@code 3/10 in intensity with
 * medications}). Dates ({@code 2/10/07}), dose ratios ({@code 10/325}) and values above the
 * scale are not ratings. Context phrases come from {@code clinical/pain-score-contexts.txt}.
 */
@ResourceMetaData(name = "IMR-NLP pain scores")
@TypeCapability(outputs = {"org.imrnlp.type.PainScore", "org.imrnlp.type.PainScore:value",
        "org.imrnlp.type.PainScore:scale", "org.imrnlp.type.PainScore:context"})
public class PainScoreAnnotator extends JCasAnnotator_ImplBase {

    private static final String NUMBER = "(\\d{1,2}(?:\\.\\d)?(?:\\s?-\\s?\\d{1,2}(?:\\.\\d)?)?)";
    private static final Pattern SCORE = Pattern.compile(
            "(?<![\\d/.#$])" + NUMBER + "\\s?/\\s?(10|100)(?![\\d/]|\\.\\d)(?!\\s*(?:mg|mcg|ml|%))"
            + "|(?<![\\d/.#$])" + NUMBER + "\\s+out\\s+of\\s+(10|100)(?![\\d/]|\\.\\d)"
            + "|(?<![A-Za-z])(VAS)(?:\\s+(?:score|of|was|is|=|:))*\\s*" + NUMBER + "(?![\\d/]|\\.\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLEAN_NUMBER = Pattern.compile("\\s+");

    private Pattern context;

    @Override
    public void initialize(UimaContext uimaContext) throws ResourceInitializationException {
        super.initialize(uimaContext);
        context = ResourceFiles.cached("clinical/pain-score-contexts.txt", Pattern.class, name -> {
            List<String> phrases = ResourceFiles.lines(name);
            return Pattern.compile("(?:\\s+in\\s+intensity)?(?:,?\\s+(" + ClinicalVocabulary.alternation(phrases)
                    + "))?(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
        });
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CleanText clean = CleanTextView.get(jcas);
        String t = clean.text();
        Matcher m = SCORE.matcher(t);
        Matcher after = context.matcher(t);
        while (m.find()) {
            String value;
            String scale;
            if (m.group(1) != null) {
                value = m.group(1);
                scale = m.group(2);
            } else if (m.group(3) != null) {
                value = m.group(3);
                scale = m.group(4);
            } else {
                value = m.group(6);
                scale = "VAS";
            }
            value = CLEAN_NUMBER.matcher(value).replaceAll("");
            if (!withinScale(value, scale)) {
                continue;
            }
            int end = m.end();
            String ctx = null;
            after.region(end, t.length());
            if (after.lookingAt()) {
                end = after.end();
                if (after.group(1) != null) {
                    ctx = CLEAN_NUMBER.matcher(after.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
                }
            }
            PainScore p = new PainScore(jcas, clean.toOriginal(m.start()), clean.toOriginalEnd(end));
            p.setValue(value);
            p.setScale(scale);
            p.setContext(ctx);
            AssertionCodes.setDefaults(p);
            p.addToIndexes();
        }
    }

    private static boolean withinScale(String value, String scale) {
        double max = scale.equals("100") ? 100 : 10;
        for (String part : value.split("-")) {
            if (Double.parseDouble(part) > max) {
                return false;
            }
        }
        return true;
    }
}
