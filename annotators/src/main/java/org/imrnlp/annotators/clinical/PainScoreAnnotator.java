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
    /** The value and separator right before a scale: {@code 8/}, {@code 6 out of }. */
    private static final Pattern BEFORE_SCALE = Pattern.compile(
            "(?<![\\d/.#$])" + NUMBER + "(?:\\s?/\\s?|\\s+out\\s+of\\s+)$", Pattern.CASE_INSENSITIVE);
    /** What may not follow a scale: more digits, a date's slash, a decimal, a unit. */
    private static final Pattern NOT_AFTER_SCALE = Pattern.compile("[\\d/]|\\.\\d|\\s*(?:mg|mcg|ml|%)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAS = Pattern.compile(
            "VAS(?:\\s+(?:score|of|was|is|=|:))*\\s*" + NUMBER + "(?![\\d/]|\\.\\d)");
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
        Matcher before = BEFORE_SCALE.matcher(t);
        Matcher notAfter = NOT_AFTER_SCALE.matcher(t);
        Matcher after = context.matcher(t);
        for (int i = t.indexOf("10"); i >= 0; i = t.indexOf("10", i + 1)) {
            int scaleEnd = i + 2;
            if (scaleEnd < t.length() && t.charAt(scaleEnd) == '0') {
                scaleEnd++;
            }
            if (i > 0 && Character.isDigit(t.charAt(i - 1))
                    || scaleEnd < t.length() && notAfter.region(scaleEnd, t.length()).lookingAt()
                    || !before.region(Math.max(0, i - 24), i).find()) {
                continue;
            }
            add(jcas, clean, after, before.start(), scaleEnd, before.group(1), t.substring(i, scaleEnd));
        }
        Matcher vas = VAS.matcher(t);
        for (int at = t.indexOf("VAS"); at >= 0 && vas.find(at); at = t.indexOf("VAS", vas.end())) {
            if (vas.start() == 0 || !Character.isLetter(t.charAt(vas.start() - 1))) {
                add(jcas, clean, after, vas.start(), vas.end(), vas.group(1), "VAS");
            }
        }
    }

    private void add(JCas jcas, CleanText clean, Matcher after, int begin, int end, String number, String scale) {
        String value = CLEAN_NUMBER.matcher(number).replaceAll("");
        if (!withinScale(value, scale)) {
            return;
        }
        int last = end;
        String ctx = null;
        after.region(end, clean.text().length());
        if (after.lookingAt()) {
            last = after.end();
            if (after.group(1) != null) {
                ctx = CLEAN_NUMBER.matcher(after.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
            }
        }
        PainScore p = new PainScore(jcas, clean.toOriginal(begin), clean.toOriginalEnd(last));
        p.setValue(value);
        p.setScale(scale);
        p.setContext(ctx);
        AssertionCodes.setDefaults(p);
        p.addToIndexes();
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
