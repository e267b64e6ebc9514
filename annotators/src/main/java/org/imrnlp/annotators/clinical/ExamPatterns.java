package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RuleIds;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;

/**
 * The exam finding rules of {@code clinical/exam-patterns.tsv}, {@code exam-triggers.tsv} and
 * {@code exam-results.tsv}, compiled once (each failing at once where no match can start, see
 * {@link StartChars#failingFast}); immutable and thread-safe.
 */
final class ExamPatterns {

    /** Test name of the trigger words that mark an examination sentence. */
    static final String CONTEXT = "context";
    /** Test name of the trigger words of signs seen on examination (edema, swelling), found only in an examination context. */
    static final String SIGN = "sign";
    /**
     * Test name of the trigger words of a general examination's organ statements ({@code Trachea is
     * midline}, {@code Regular rate and rhythm}), found only where signs count.
     */
    static final String SYSTEM = "system";
    /** Test name of the rules tried right after a finding for one more finding of its test. */
    static final String CONTINUE = "continue";
    /** Test name of the rules finding a prose opener naming the examined site ({@code Examination of the right elbow reveals}). */
    static final String OPENER = "opener";

    /**
     * One pattern.
     *
     * @param id     the rule id ({@link RuleIds})
     * @param test   the test it finds (a row's {@code trigger>test}: tried on the trigger words of
     *               one test, finding another)
     * @param result the fixed result, or {@code *} to read it from the match
     * @param groups the names of the pattern's named groups
     * @param needs  words (lower case) one of which every match holds; empty where the rule names none
     */
    record Rule(String id, String test, String result, Pattern pattern, Set<String> groups, List<String> needs) {

        /** The named group's text, or null if the pattern has no such group or it did not match. */
        String group(Matcher m, String name) {
            return groups.contains(name) ? m.group(name) : null;
        }

        /** Whether a match may lie in {@code lowerText} (lower case): it holds one of {@link #needs}, or there are none. */
        boolean mayMatch(String lowerText) {
            if (needs.isEmpty()) {
                return true;
            }
            for (String word : needs) {
                if (lowerText.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z]+)>");

    private static final Pattern MACRO = Pattern.compile("\\{([A-Z0-9]+)}");

    /** The rule file of exam patterns (in {@code clinical/}). */
    static final String PATTERNS = "exam-patterns.tsv";

    /** The trigger table: a phrase naming a test, to the test. */
    static final String TRIGGERS = "exam-triggers.tsv";

    private final Map<String, String> triggerTests;
    private final PhraseMatcher<String> triggers;
    private final Map<String, List<Rule>> rulesByTest;
    private final Map<String, String> results;
    private final Map<String, String> testNames;
    private final Pattern contextStop;
    private final Pattern studyWords;
    private final Pattern signCues;

    private ExamPatterns(RulePack pack, ClinicalVocabulary vocabulary) {
        triggerTests = Map.copyOf(ClinicalVocabulary.map(pack, TRIGGERS, "phrase", "test"));
        triggers = PhraseMatcher.of(triggerTests);
        Map<String, String> r = new HashMap<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "exam-results.tsv")) {
            r.put(PhraseMatcher.normalize(row.get("word")), row.get("result"));
        }
        results = Map.copyOf(r);
        Map<String, String> names = new HashMap<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "exam-test-names.tsv")) {
            names.put(PhraseMatcher.normalize(row.get("name")), row.get("test"));
        }
        testNames = Map.copyOf(names);
        Map<String, String> macros = new HashMap<>();
        macros.put("LAT", vocabulary.lateralityRegex());
        macros.put("SITEWORD", vocabulary.siteRegex());
        macros.put("LEVEL", "(?:" + ClinicalVocabulary.levelRegex() + ")");
        macros.put("RES", ClinicalVocabulary.alternation(r.keySet()));
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        List<TsvTable.Row> rows = ClinicalVocabulary.table(pack, PATTERNS);
        RuleIds.requireUnique(rows);
        for (TsvTable.Row row : rows) {
            String expanded = expand(row, macros);
            if (row.required("test").equals("define")) {
                macros.put(row.required("result"), expanded);
                continue;
            }
            String id = RuleIds.id(row);
            String before = row.get("test").equals(CONTINUE) ? "" : "(?<![A-Za-z0-9+])";
            Pattern p;
            try {
                p = StartChars.failingFast(Pattern.compile(before + "(?:" + expanded + ")(?![A-Za-z0-9])",
                        Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw row.error("bad pattern", e);
            }
            Set<String> groups = new HashSet<>();
            Matcher g = GROUP.matcher(expanded);
            while (g.find()) {
                groups.add(g.group(1));
            }
            String[] groupAndTest = row.get("test").split(">", 2);
            String test = groupAndTest[groupAndTest.length - 1];
            rules.computeIfAbsent(groupAndTest[0], k -> new ArrayList<>())
                    .add(new Rule(id, test, row.get("result"), p, Set.copyOf(groups), row.list("needs")));
        }
        rules.replaceAll((k, v) -> List.copyOf(v));
        rulesByTest = Map.copyOf(rules);
        contextStop = Pattern.compile("(?<![A-Za-z])"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "exam-context-stops.txt")) + "(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE);
        studyWords = Pattern.compile("(?<![A-Za-z])"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "exam-study-words.txt")) + "(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE);
        signCues = Pattern.compile("(?<![A-Za-z])"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "exam-sign-cues.txt")) + "(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE);
    }

    private static String expand(TsvTable.Row row, Map<String, String> macros) {
        Matcher m = MACRO.matcher(row.required("pattern"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw row.error("unknown macro " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace(" ?", "\\s*").replace(" ", "\\s+");
    }

    /** The shared instance of {@code pack}. */
    static ExamPatterns get(RulePack pack) {
        return pack.cached("clinical/exam-patterns", ExamPatterns.class,
                p -> new ExamPatterns(p, ClinicalVocabulary.get(p)));
    }

    PhraseMatcher<String> triggers() {
        return triggers;
    }

    /** The trigger phrases (their tests as values), as written in {@value #TRIGGERS}. */
    Map<String, String> triggerTests() {
        return triggerTests;
    }

    /** The rules of {@code test}, empty if none. */
    List<Rule> rules(String test) {
        return rulesByTest.getOrDefault(test, List.of());
    }

    /** The test a named test's written name stands for ({@code Patrick} is {@code faber}), or null. */
    String testName(String name) {
        return testNames.get(PhraseMatcher.normalize(name));
    }

    /**
     * The complaint words of {@code clinical/exam-context-stops.txt}: a sentence holding one does
     * not report an examination because of a finding before it.
     */
    Pattern contextStop() {
        return contextStop;
    }

    /**
     * The words of {@code clinical/exam-study-words.txt} naming an imaging or other study: a sentence
     * holding one reports no sign of an examination ({@code CT of the head shows no hemorrhage}).
     */
    Pattern studyWords() {
        return studyWords;
    }

    /**
     * The words of {@code clinical/exam-sign-cues.txt} that introduce a statement's signs ({@code no},
     * {@code without}): the organ examined is named before them.
     */
    Pattern signCues() {
        return signCues;
    }

    /** The result a result word stands for, or null. */
    String result(String word) {
        return word == null ? null : results.get(PhraseMatcher.normalize(word));
    }
}
