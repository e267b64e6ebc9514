package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.text.CleanViewAnnotator;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;
import org.imrnlp.type.PainScore;

/**
 * Finds pain ratings: {@code 8/10}, {@code 7-8/10}, {@code 6 out of 10}, {@code VAS 7},
 * {@code 6 on a scale of 0 to 10}, with the condition they were rated under when written right
 * after them ({@code 3/10 in intensity with medications}) or right before them ({@code without
 * medications it is 8/10}: the condition sets the context, the span stays on the rating). Dates
 * ({@code 2/10/07}, {@code seen on 8/10}), dose ratios ({@code 10/325}), counts ({@code 4/10
 * sessions}), other scales ({@code Oswestry 40/100}) and values above the scale are not ratings.
 * Context phrases come from {@code clinical/pain-score-contexts.txt}, the words that rule a
 * rating out from {@code clinical/pain-score-stops.tsv}.
 */
@ResourceMetaData(name = "IMR-NLP pain scores")
@TypeCapability(outputs = {"org.imrnlp.type.PainScore", "org.imrnlp.type.PainScore:value",
        "org.imrnlp.type.PainScore:scale", "org.imrnlp.type.PainScore:context"})
public class PainScoreAnnotator extends CleanViewAnnotator {

    /** A rating: {@code 8}, {@code 7.5}, {@code 6-7}, {@code 10+} (the top of the scale and beyond). */
    private static final String NUMBER = "(\\d{1,2}(?:\\.\\d)?\\+?(?:\\s?-\\s?\\d{1,2}(?:\\.\\d)?\\+?)?)";
    /** The value and separator right before a scale: {@code 8/}, {@code 6 out of }. */
    private static final Pattern BEFORE_SCALE = Pattern.compile(
            "(?<![\\d/.#$])" + NUMBER + "(?:\\s?/\\s?|\\s+out\\s+of\\s+)$", Pattern.CASE_INSENSITIVE);
    /** What may not follow a scale: more digits, a date's slash, a decimal, a unit. */
    private static final Pattern NOT_AFTER_SCALE = Pattern.compile("[\\d/]|\\.\\d|\\s*(?:mg|mcg|ml|%)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAS = Pattern.compile(
            "VAS(?:\\s*(?:pain|score|level|rating|of|was|is|=|:))*\\s*" + NUMBER + "(?![\\d/]|\\.\\d)");
    /** A rating on a scale written out: {@code 6 on a scale of 0 to 10}, {@code 5 on a 0-10 scale}. */
    private static final Pattern WRITTEN_SCALE = Pattern.compile("(?<![\\d/.#$])" + NUMBER
            + "\\s+(?:on|out\\s+of)\\s+(?:a|the)\\s+(?:(?:pain\\s+)?scale\\s+(?:of\\s+|from\\s+)?(?:0|1|zero|one)\\s*(?:-|to)\\s*10"
            + "|(?:(?:0|1)\\s*-\\s*)?10(?:\\s*-\\s*|\\s+)point\\s+(?:pain\\s+)?scale|(?:0|1)\\s*-\\s*10\\s+(?:pain\\s+)?scale)(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    /** The verbs that give a rating, in a scale written before it. */
    private static final String RATES = "(?:rates|rate|rated|reports|reported|describes|described|states|stated|puts|grades|graded)";
    /**
     * A scale written before its rating: {@code On a scale of 0 to 10, her pain is 8},
     * {@code Using a 0-10 scale, he rates his pain as a 7}. Tried from the word {@code scale} back.
     */
    private static final Pattern SCALE_FIRST = Pattern.compile(("(?<![A-Za-z])(?:on|using|with|in) (?:a|the) "
            + "(?:(?:0|1|zero|one) ?(?:-|to) ?10(?: ?- ?point)? (?:pain )?scale|(?:pain )?scale (?:of |from )?(?:0|1|zero|one) ?(?:-|to) ?10)"
            + "(?:,? (?:with )?(?:0|zero) (?:being|=|as) (?:no pain|none)(?: and)?)?(?:,? (?:with )?10 (?:being|=|as) (?:the )?worst(?: pain)?(?: imaginable)?)?"
            + ",? (?:(?:he|she|the patient|patient|they|the claimant)(?: currently| now| today)? )?(?:(?:" + RATES + ") )?"
            + "(?:(?:(?:his|her|their|the|patient's|the patient's) )?"
            + "(?:(?:(?:low|lower|mid|upper) )?(?:back|neck|knee|shoulder|leg|arm|wrist|hand|hip|foot|ankle|elbow) )?"
            + "(?:pain(?: (?:level|score|intensity|rating))?|it) (?:(?:is|was|as|at|of|to be|averages|averaged) )?"
            + "|(?<=" + RATES + "\\s)(?:(?:at|as) )?)(?:(?:currently|now|today|about|approximately) )*(?:an? )?"
            + NUMBER + "(?![\\d/]|\\.\\d| ?%)").replace(" ?", "\\s*").replace(" ", "\\s+"),
            Pattern.CASE_INSENSITIVE);
    /** How far before the word {@code scale} a scale written before its rating may begin. */
    private static final int SCALE_LOOK_BEHIND = 24;
    /** How far before a rating its condition or another scale's name is looked for. */
    private static final int LOOK_BEHIND = 48;
    private static final Pattern CLEAN_NUMBER = Pattern.compile("\\s+");

    private Pattern context;
    private Stops stops;

    /** The compiled {@code pain-score-stops.tsv} and the context phrase written before a rating. */
    private record Stops(Pattern countAfter, Pattern dateBefore, Pattern otherScale, Pattern contextBefore) {
    }

    @Override
    public void initialize(UimaContext uimaContext) throws ResourceInitializationException {
        super.initialize(uimaContext);
        context = ResourceFiles.cached("clinical/pain-score-contexts.txt", Pattern.class, name -> {
            List<String> phrases = ResourceFiles.lines(name);
            return Pattern.compile("(?:\\s+in\\s+intensity)?(?:,?\\s+(" + ClinicalVocabulary.alternation(phrases)
                    + ")(?![A-Za-z])(?!\\s*\\d))?(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
        });
        stops = ResourceFiles.cached("clinical/pain-score-stops.tsv", Stops.class, name -> {
            Map<String, List<String>> kinds = new HashMap<>();
            for (TsvTable.Row row : ResourceFiles.table(name).rows()) {
                kinds.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("phrase"));
            }
            List<String> contexts = ResourceFiles.lines("clinical/pain-score-contexts.txt");
            return new Stops(
                    Pattern.compile("\\s+(?:of\\s+)?(?:(?:the|his|her|approved|authorized|certified|prescribed|requested"
                            + "|scheduled|completed|physical|therapy|chiropractic|acupuncture|PT|aquatic|massage)\\s+){0,3}"
                            + ClinicalVocabulary.alternation(kinds.get("count-after")) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("(?<![A-Za-z])" + ClinicalVocabulary.alternation(kinds.get("date-before"))
                            + "\\s*:?\\s*$", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("(?<![A-Za-z])" + ClinicalVocabulary.alternation(kinds.get("other-scale"))
                            + "(?![A-Za-z])[^.;\\n]*$", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("(?<![A-Za-z])(" + ClinicalVocabulary.alternation(contexts)
                            + ")(?:[\\s,:]+(?:it|pain|the|is|was|at|as|rated|a|of|to)(?![A-Za-z])){0,3}[\\s,:]*$",
                            Pattern.CASE_INSENSITIVE));
        });
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String t = jcas.getDocumentText();
        Matcher before = BEFORE_SCALE.matcher(t);
        Matcher notAfter = NOT_AFTER_SCALE.matcher(t);
        Matcher after = context.matcher(t);
        int previous = 0;
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
            int begin = before.start();
            if (!notRating(t, begin, scaleEnd)) {
                previous = add(jcas, after, begin, scaleEnd, before.group(1), t.substring(i, scaleEnd), previous);
            }
        }
        Matcher vas = VAS.matcher(t);
        for (int at = t.indexOf("VAS"); at >= 0 && vas.find(at); at = t.indexOf("VAS", vas.end())) {
            if (vas.start() == 0 || !Character.isLetter(t.charAt(vas.start() - 1))) {
                add(jcas, after, vas.start(), vas.end(), vas.group(1), "VAS", 0);
            }
        }
        Matcher written = WRITTEN_SCALE.matcher(t);
        Matcher first = SCALE_FIRST.matcher(t);
        for (int at = t.indexOf("scale"); at >= 0; at = t.indexOf("scale", at + 1)) {
            if (written.region(Math.max(0, at - 40), Math.min(t.length(), at + 30)).find() && written.end() >= at
                    && !notRating(t, written.start(), written.end())) {
                add(jcas, after, written.start(), written.end(), written.group(1), "10", 0);
                at = written.end();
            } else if (scaleFirst(first, t, at) && !notRating(t, first.start(), first.end())) {
                add(jcas, after, first.start(), first.end(), first.group(1), "10", 0);
                at = first.end();
            }
        }
    }

    /** Whether a scale written before its rating, with the word {@code scale} at {@code at}, starts shortly before it. */
    private static boolean scaleFirst(Matcher first, String t, int at) {
        int from = Math.max(0, at - SCALE_LOOK_BEHIND);
        first.region(from, Math.min(t.length(), at + 120)).useTransparentBounds(true);
        while (first.find()) {
            if (first.start() > at) {
                return false;
            }
            if (first.end() > at) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rating-like {@code t[begin, end)} is a date, a count or a score of another scale. */
    private boolean notRating(String t, int begin, int end) {
        int from = Math.max(0, begin - LOOK_BEHIND);
        return Regions.in(stops.dateBefore, t, from, begin).find()
                || Regions.in(stops.otherScale, t, from, begin).find()
                || Regions.in(stops.countAfter, t, end, t.length()).lookingAt();
    }

    /**
     * Adds the rating {@code [begin, end)} with the condition after or before it (not before
     * {@code previous}, the end of the rating before it); returns the end of the added span, or
     * {@code previous} when the value is above the scale.
     */
    private int add(JCas jcas, Matcher after, int begin, int end, String number, String scale,
            int previous) {
        String value = CLEAN_NUMBER.matcher(number).replaceAll("");
        if (!withinScale(value, scale)) {
            return previous;
        }
        int last = end;
        String ctx = null;
        after.region(end, jcas.getDocumentText().length());
        if (after.lookingAt()) {
            last = after.end();
            if (after.group(1) != null) {
                ctx = CLEAN_NUMBER.matcher(after.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
            }
        }
        Matcher pre = Regions.in(stops.contextBefore, jcas.getDocumentText(), Math.max(previous, begin - LOOK_BEHIND), begin);
        if (ctx == null && pre.find()) {
            ctx = CLEAN_NUMBER.matcher(pre.group(1).toLowerCase(Locale.ROOT)).replaceAll(" ");
        }
        PainScore p = new PainScore(jcas, begin, last);
        p.setValue(value);
        p.setScale(scale);
        p.setContext(ctx);
        AssertionCodes.setDefaults(p);
        p.addToIndexes();
        return last;
    }

    private static boolean withinScale(String value, String scale) {
        double max = scale.equals("100") ? 100 : 10;
        for (String part : value.split("-")) {
            if (Double.parseDouble(part.replace("+", "")) > max) {
                return false;
            }
        }
        return true;
    }
}
