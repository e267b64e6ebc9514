package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.type.ExamFinding;

/**
 * Finds exam findings with their result: range of motion, straight leg raise, tenderness, spasm
 * (in sentences that report an examination), reflexes and plantar reflex, sensation, strength,
 * gait, named special tests (Spurling, Phalen, Tinel, ...) and other signs. A sentence is tried
 * only with the patterns of the tests its trigger words name; the trigger words come from the scan
 * the clinical annotators share ({@link MentionFinder#scan}).
 */
@ResourceMetaData(name = "IMR-NLP exam findings")
@TypeCapability(inputs = "org.apache.ctakes.typesystem.type.textspan.Sentence",
        outputs = {"org.imrnlp.type.ExamFinding", "org.imrnlp.type.ExamFinding:test",
                "org.imrnlp.type.ExamFinding:result", "org.imrnlp.type.ExamFinding:value",
                "org.imrnlp.type.ExamFinding:bodySite", "org.imrnlp.type.ExamFinding:laterality"})
public class ExamFindingAnnotator extends JCasAnnotator_ImplBase {

    private static final Pattern GRADE_NUMBER = Pattern.compile("([0-5])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s?$");

    private ExamPatterns patterns;
    private MentionFinder finder;
    private ClinicalVocabulary vocabulary;

    private record Found(int begin, int end, String test, String result, String value) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        patterns = ExamPatterns.get();
        finder = MentionFinder.get();
        vocabulary = ClinicalVocabulary.get();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CleanText clean = CleanTextView.get(jcas);
        String t = clean.text();
        Sentences sentences = Sentences.of(jcas, clean);
        List<Found> found = new ArrayList<>();
        int sentence = -2;
        Set<String> tests = new LinkedHashSet<>();
        for (PhraseMatcher.Match<String> trigger : finder.scan(t, sentences).examTriggers()) {
            int index = sentences.indexOf(trigger.begin());
            if (index != sentence) {
                match(t, sentences, sentence, tests, found);
                tests.clear();
                sentence = index;
            }
            tests.add(trigger.value());
        }
        match(t, sentences, sentence, tests, found);
        found.sort(Comparator.comparingInt((Found f) -> f.end - f.begin).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.stream().noneMatch(k -> k.begin < f.end && f.begin < k.end)) {
                kept.add(f);
            }
        }
        ReviewerText reviewer = ReviewerText.of(jcas, clean);
        for (Found f : kept) {
            if (reviewer.contains(f.begin)) {
                continue;
            }
            ExamFinding e = new ExamFinding(jcas, clean.toOriginal(f.begin), clean.toOriginalEnd(f.end));
            e.setTest(f.test);
            e.setResult(f.result);
            e.setValue(f.value);
            e.setBodySite(vocabulary.bodySite(t, f.begin, f.end));
            e.setLaterality(vocabulary.laterality(t, f.begin, f.end));
            AssertionCodes.setDefaults(e);
            e.addToIndexes();
        }
    }

    private void match(String t, Sentences sentences, int sentence, Set<String> tests, List<Found> found) {
        if (sentence == -2 || tests.isEmpty()) {
            return;
        }
        int sb = sentence < 0 ? 0 : sentences.beginAt(sentence);
        int se = sentence < 0 ? t.length() : sentences.endAt(sentence);
        boolean exam = tests.contains(ExamPatterns.CONTEXT);
        for (String test : tests) {
            if (test.equals("spasm") && !exam) {
                continue;
            }
            for (ExamPatterns.Rule rule : patterns.rules(test)) {
                Matcher m = rule.pattern().matcher(t).region(sb, se);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        found.add(finding(rule, m));
                    }
                }
            }
        }
    }

    private Found finding(ExamPatterns.Rule rule, Matcher m) {
        int begin = m.start();
        int end = m.end();
        String span = rule.group(m, "span");
        if (span != null) {
            begin = m.start("span");
            end = m.end("span");
        }
        String test = rule.test();
        String name = rule.group(m, "name");
        if (name != null) {
            test = POSSESSIVE.matcher(SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll("");
        }
        String value = rule.group(m, "val");
        String result = rule.result().equals("*") ? patterns.result(rule.group(m, "res")) : rule.result();
        if (value != null) {
            value = SPACES.matcher(value).replaceAll(" ");
            if (test.equals("reflex")) {
                String word = patterns.result(value);
                result = word != null ? word : reflexResult(value);
                value = word != null ? null : value.replace(" ", "");
            } else if (test.equals("strength")) {
                result = value.startsWith("5/") ? "normal" : "decreased";
            }
        }
        return new Found(begin, end, test, result == null || result.isEmpty() ? null : result, value);
    }

    /** {@code +1}, {@code 1+}, {@code 1/4}: decreased; 2: normal; 3, 4: increased; 0: decreased. */
    private static String reflexResult(String grade) {
        Matcher d = GRADE_NUMBER.matcher(grade);
        if (!d.find()) {
            return null;
        }
        int n = Integer.parseInt(d.group(1));
        return n == 2 ? "normal" : n > 2 ? "increased" : "decreased";
    }
}
