package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.type.ExamFindingAnnotation;
import org.imrnlp.type.SymptomAnnotation;

/**
 * Finds exam findings with their result: range of motion, straight leg raise, tenderness, spasm
 * (in sentences that report an examination), reflexes and plantar reflex, sensation, strength,
 * gait, named special tests (Spurling, Phalen, Tinel, ...), other signs, and the overall result of
 * a named region's or system's examination. Spasm and signs seen on examination (edema, swelling,
 * erythema) count in an examination section too, and on a line under an exam label (a body site or
 * a system: {@code Skin:}) signs also as a field of their own ({@code Edema: none}); a site label ({@code Cervical spine: ROM flexion 40}) gives its site to
 * the findings of the line that name none, and so does a prose opener ({@code Examination of the right elbow reveals ...},
 * {@code On examination of the lumbar spine, there is ...}, {@code Range of motion of the right shoulder included ...}) to the findings
 * after it in its sentence. A finding of a general examination that names no site takes its organ
 * word's or its system label's ({@link ExamSystemSites}: {@code Pupils are equal}, {@code ABDOMEN: Soft}). A sentence is tried only with the patterns of the tests its trigger words name; the trigger words come from the scan
 * the clinical annotators share ({@link MentionFinder#scan}).
 */
@ResourceMetaData(name = "IMR-NLP exam findings")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.ReviewerCredentialAnnotation",
                "org.imrnlp.type.LexiconMatch", "org.imrnlp.type.SymptomAnnotation"},
        outputs = {"org.imrnlp.type.ExamFindingAnnotation", "org.imrnlp.type.ExamFindingAnnotation:test",
                "org.imrnlp.type.ExamFindingAnnotation:result", "org.imrnlp.type.ExamFindingAnnotation:value",
                "org.imrnlp.type.ExamFindingAnnotation:bodySite", "org.imrnlp.type.ExamFindingAnnotation:laterality"})
public class ExamFindingAnnotator extends RulePackAnnotator {

    /** How far before the first trigger word of a test its findings may begin. */
    private static final int LOOK_BEHIND = 60;
    /** How far before its sentence an organ statement's rules look for a system label's colon. */
    private static final int LABEL_BEHIND = 40;
    /** How far after the last trigger word of a test its findings may end. */
    private static final int LOOK_AHEAD = 160;
    private static final Pattern GRADE_NUMBER = Pattern.compile("([0-5])");
    private static final Pattern OUT_OF_FIVE = Pattern.compile("([0-5])[+-]?(?:\\s*-\\s*[0-5][+-]?)?\\s*(?:/|of|out of|over)\\s*5");
    private static final Pattern MEASURED_OF_NORMAL = Pattern.compile("(-?\\d{1,3}) ?/ ?(\\d{1,3})(?: ?°| degrees?)?");
    /** Where a list of named tests sharing one result splits: {@code Hawkins and Neer}, {@code Rovsing or psoas}. */
    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+|\\s*/\\s*)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A dermatome named by its level ({@code L5 dermatome}): the site of a sensory finding. */
    private static final Pattern LEVEL = Pattern.compile(ClinicalVocabulary.levelRegex(), Pattern.CASE_INSENSITIVE);
    private static final Pattern DERMATOME = Pattern.compile("(" + ClinicalVocabulary.levelRegex() + "(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)"
            + ClinicalVocabulary.levelRegex() + ")*)\\s+dermatomes?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR = Pattern.compile("\\s*[,;]?\\s*(?:(?:and|but)\\s+)?");
    /** Tests that name no body site, so a site label over their line gives them none ({@code Lumbar spine: SLR negative}). */
    private static final Set<String> SITELESS_TESTS = Set.of("straight leg raise", "gait", "plantar reflex", "romberg", "waddell", "hoffmann", "babinski");
    /**
     * What joins a finding to the one before it when it belongs to the same site
     * ({@code tenderness to the right shoulder| with |restricted range of motion}).
     */
    private static final Pattern WITH = Pattern.compile("\\s*,?\\s*(?:and\\s+)?with\\s+(?:(?:associated|some|mild|moderate|severe|a|an)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** The test whose sentences may open with the site of the motions after it ({@code Range of motion of the right shoulder included ...}). */
    private static final String ROM = "range of motion";
    private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
    /** A test word after a named test's name ({@code Allen's sign}), not part of the name. */
    private static final Pattern TEST_WORD = Pattern.compile("\\s+(?:signs?|tests?|testing|maneuvers?)$");
    /**
     * Sections whose lines a system label makes examination ({@code EYES: The conjunctiva was
     * clear}): an examination and a section of an unknown heading ({@code MULTISYSTEM EXAM}); not a
     * review of systems ({@code HEENT: no headache}), a radiology report's {@code CHEST:}, or text
     * before the first heading.
     */
    private static final Set<String> EXAMINABLE = Set.of(SectionSpans.EXAM, "other");
    private ExamPatterns patterns;
    private MentionFinder finder;
    private ClinicalVocabulary vocabulary;
    private ExamSystemSites systemSites;

    /**
     * A finding; for a list of named tests sharing one result, {@code parts} holds each written
     * name and {@code partBegins} where it begins (else both null).
     */
    private record Found(int begin, int end, String test, String result, String value, int sentenceEnd, String[] parts,
            int[] partBegins, boolean sign) {

        Found(int begin, int end, String test, String result, String value, int sentenceEnd) {
            this(begin, end, test, result, value, sentenceEnd, null, null, false);
        }

        Found from(int newBegin, String newTest) {
            return new Found(newBegin, end, newTest, result, value, sentenceEnd, null, null, sign);
        }

        /** This finding as one of spasm or a sign, which takes the place of a symptom over its words. */
        Found asSign() {
            return new Found(begin, end, test, result, value, sentenceEnd, parts, partBegins, true);
        }
    }

    /** A prose opener naming the examined site: the site's span, where the opener ends and its sentence's end. */
    private record Opener(int siteBegin, int siteEnd, int end, int sentenceEnd) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        patterns = ExamPatterns.get(rulePack());
        finder = MentionFinder.get(rulePack());
        vocabulary = ClinicalVocabulary.get(rulePack());
        systemSites = ExamSystemSites.get(rulePack());
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String t = jcas.getDocumentText();
        Sentences sentences = Sentences.of(jcas);
        ReviewerText reviewer = ReviewerText.of(jcas);
        SectionSpans examSection = SectionSpans.of(jcas, SectionSpans.EXAM);
        SectionSpans reviewOfSystems = SectionSpans.of(jcas, SectionSpans.REVIEW_OF_SYSTEMS);
        SectionSpans examinable = SectionSpans.of(jcas, EXAMINABLE);
        List<Found> found = new ArrayList<>();
        List<Opener> openers = new ArrayList<>();
        int sentence = -2;
        Map<String, int[]> tests = new LinkedHashMap<>();
        int[] findingSentence = {-3};
        for (PhraseMatcher.Match<String> trigger : LexiconMatches.of(jcas).examTriggers()) {
            if (reviewer.contains(trigger.begin())) {
                continue;
            }
            int index = sentences.indexOf(trigger.begin());
            if (index != sentence) {
                match(t, sentences, examSection, reviewOfSystems, examinable, sentence, tests, found, openers, findingSentence);
                tests.clear();
                sentence = index;
            }
            int[] window = tests.computeIfAbsent(trigger.value(), k -> new int[] {trigger.begin(), trigger.end()});
            window[1] = trigger.end();
        }
        match(t, sentences, examSection, reviewOfSystems, examinable, sentence, tests, found, openers, findingSentence);
        found.sort(Comparator.comparingInt((Found f) -> f.end - f.begin).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.stream().noneMatch(k -> k.begin < f.end && f.begin < k.end)) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Found::begin));
        dropSymptomsUnder(jcas, kept);
        for (int i = 0; i < kept.size(); i++) {
            Found f = kept.get(i);
            if (reviewer.contains(f.begin)) {
                continue;
            }
            if (f.parts != null) {
                addEachNamedTest(jcas, f, openers);
            } else {
                for (String test : tests(f.test)) {
                    add(jcas, f, test, openers);
                }
            }
            int next = i + 1 < kept.size() ? kept.get(i + 1).begin : f.sentenceEnd;
            for (Found c = continuation(t, f, Math.min(next, f.sentenceEnd)); c != null;
                    c = continuation(t, c, Math.min(next, f.sentenceEnd))) {
                for (String test : tests(c.test)) {
                    add(jcas, c, test, openers);
                }
            }
        }
        siteAcrossWith(jcas, t);
    }

    /**
     * Gives a finding joined by {@code with} to the finding before it that finding's site and side
     * where it names no site of its own ({@code tenderness to the right shoulder with restricted range
     * of motion}: shoulder, right; decisions-gold: a site joined by {@code with} gives the bodySite).
     * Tests that name no site keep none.
     */
    private static void siteAcrossWith(JCas jcas, String t) {
        ExamFindingAnnotation previous = null;
        for (ExamFindingAnnotation e : jcas.getAnnotationIndex(ExamFindingAnnotation.class)) {
            if (previous != null && e.getBodySite() == null && previous.getBodySite() != null
                    && previous.getEnd() <= e.getBegin() && !SITELESS_TESTS.contains(e.getTest())
                    && Regions.in(WITH, t, previous.getEnd(), e.getBegin()).matches()) {
                e.setBodySite(previous.getBodySite());
                if (e.getLaterality() == null) {
                    e.setLaterality(previous.getLaterality());
                }
            }
            previous = e;
        }
    }

    /**
     * Removes the symptoms that spasm or a sign found on examination overlaps: in an examination
     * context they are exam findings (decisions-clinical), and the symptom annotator, which runs
     * first, cannot see every such context (a sentence after a tenderness finding).
     */
    private static void dropSymptomsUnder(JCas jcas, List<Found> kept) {
        List<int[]> signs = new ArrayList<>();
        for (Found f : kept) {
            if (f.sign) {
                signs.add(new int[] {f.begin, f.end});
            }
        }
        if (signs.isEmpty()) {
            return;
        }
        List<SymptomAnnotation> drop = new ArrayList<>();
        for (SymptomAnnotation s : jcas.getAnnotationIndex(SymptomAnnotation.class)) {
            for (int[] span : signs) {
                if (s.getBegin() < span[1] && span[0] < s.getEnd()) {
                    drop.add(s);
                    break;
                }
            }
        }
        drop.forEach(SymptomAnnotation::removeFromIndexes);
    }

    /**
     * One finding per named test of a list sharing one result (decisions-gold): the first spans the
     * whole phrase, each later one runs from its own name to the end ({@code Lhermitte's and
     * Hoffmann's sign was negative} + {@code Hoffmann's sign was negative}).
     */
    private void addEachNamedTest(JCas jcas, Found f, List<Opener> openers) {
        Set<String> done = new java.util.HashSet<>();
        for (int i = 0; i < f.parts.length; i++) {
            int begin = i == 0 ? f.begin : f.partBegins[i];
            for (String test : testName(f.parts[i]).split(";")) {
                if (done.add(test + "@" + begin)) {
                    add(jcas, f.from(begin, test), test, openers);
                }
            }
        }
    }

    private void add(JCas jcas, Found f, String test, List<Opener> openers) {
        String t = jcas.getDocumentText();
        ExamFindingAnnotation e = new ExamFindingAnnotation(jcas, f.begin, f.end);
        e.setTest(test);
        e.setResult(f.result);
        e.setValue(f.value);
        boolean sited = !SITELESS_TESTS.contains(test);
        String site = bodySite(t, f);
        if (site == null && sited) {
            site = systemSites.organSite(t, f.begin, f.end);
        }
        String side = vocabulary.laterality(t, f.begin, f.end);
        int[] label = side == null || site == null ? vocabulary.siteLabel(t, f.end) : null;
        int[] nearest = label != null ? systemSites.nearestLabel(t, f.begin) : null;
        if (nearest != null && nearest[0] > label[0]) {
            label = null; // another label (Abd:, CV:) stands between the site label and the finding
        }
        if (label != null && sited) {
            String labelSite = vocabulary.bodySite(t, label[0], label[1]);
            if (site == null || site.equals(labelSite)) {
                site = labelSite;
                side = side != null ? side : vocabulary.laterality(t, label[0], label[1]);
            }
        }
        Opener opener = (site == null || side == null) && sited ? opener(openers, f.begin) : null;
        if (opener != null) {
            side = side != null ? side : vocabulary.laterality(t, opener.siteBegin, opener.siteEnd);
            site = site != null ? site : vocabulary.bodySite(t, opener.siteBegin, opener.siteEnd);
        }
        if (site == null && test.equals("other") && "abnormal".equals(f.result)) {
            int subject = subjectStart(t, f.begin);
            int end = subjectEnd(t, subject, f.begin);
            site = systemSites.organSite(t, subject, end);
            site = site != null ? site : vocabulary.bodySite(t, subject, end);
            side = side == null && site != null ? vocabulary.laterality(t, subject, end) : side;
        }
        if (site == null && sited) {
            site = systemSites.labelSite(t, f.begin);
        }
        e.setBodySite(site);
        e.setLaterality(side);
        AssertionCodes.setDefaults(e);
        e.addToIndexes();
    }

    /**
     * Where the part of a sentence before a sign begins, which names the organ or body part it
     * examines ({@code The extremities showed no edema}: extremity; {@code Sclerae are white without
     * icterus}: sclera): after the last line break, sentence end, semicolon or label colon, at most {@link #LOOK_BEHIND} back.
     */
    private static int subjectStart(String t, int begin) {
        int from = Math.max(0, begin - LOOK_BEHIND);
        for (int i = begin - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (c == '\n' || c == ';' || c == ':' || c == '.' && !(i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return from;
    }

    /** Where the subject before a sign ends: at the last cue introducing signs ({@code no}, {@code without}), else at the sign. */
    private int subjectEnd(String t, int subject, int sign) {
        int end = sign;
        for (Matcher cue = Regions.in(patterns.signCues(), t, subject, sign); cue.find(); ) {
            end = cue.start();
        }
        return end;
    }

    /** The last prose opener before {@code begin} in its sentence, or null. */
    private static Opener opener(List<Opener> openers, int begin) {
        Opener last = null;
        for (Opener o : openers) {
            if (o.end <= begin && begin < o.sentenceEnd) {
                last = o;
            }
        }
        return last;
    }

    /** The body sites of a finding, dermatomes first ({@code C6 dermatome, C7 dermatome, hand}). */
    private String bodySite(String t, Found f) {
        String site = vocabulary.bodySite(t, f.begin, f.end);
        Matcher d = Regions.in(DERMATOME, t, f.begin, f.end);
        if (!d.find()) {
            return site;
        }
        StringBuilder sites = new StringBuilder();
        for (Matcher level = LEVEL.matcher(d.group(1)); level.find(); ) {
            sites.append(sites.isEmpty() ? "" : ", ").append(ClinicalVocabulary.normalizeLevel(level.group())).append(" dermatome");
        }
        return site == null ? sites.toString() : sites + ", " + site;
    }

    /**
     * The tests a finding's test name stands for: one, several where its alias names several
     * ({@code anterior drawer;posterior drawer}), or each of a list sharing one result
     * ({@code hawkins and neer}).
     */
    private List<String> tests(String name) {
        if (name.indexOf(';') >= 0) {
            return List.of(name.split(";"));
        }
        if (!NAME_LIST.matcher(name).find() || patterns.testName(name) != null) {
            return List.of(name);
        }
        List<String> tests = new ArrayList<>();
        for (String part : NAME_LIST.split(name)) {
            for (String test : testName(part).split(";")) {
                if (!tests.contains(test)) {
                    tests.add(test);
                }
            }
        }
        return tests;
    }

    private String testName(String written) {
        String name = POSSESSIVE.matcher(TEST_WORD.matcher(SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(""))
                .replaceAll("");
        String known = patterns.testName(name);
        return known != null ? known : name;
    }

    /** One more finding of {@code f}'s test right after it ({@code and negative at the left elbow}), or null. */
    private Found continuation(String t, Found f, int limit) {
        if (f.end >= limit) {
            return null;
        }
        for (ExamPatterns.Rule rule : patterns.rules(ExamPatterns.CONTINUE)) {
            Matcher m = Regions.in(rule.pattern(), t, f.end, limit);
            if (m.lookingAt()) {
                Found c = finding(rule, f.test, m, f.sentenceEnd);
                Matcher connector = Regions.in(CONNECTOR, t, f.end, m.end());
                int begin = connector.lookingAt() ? connector.end() : f.end;
                return new Found(begin, m.end(), c.test, c.result, c.value, f.sentenceEnd);
            }
        }
        return null;
    }

    /**
     * Tries the rules of each test whose trigger words {@code tests} holds (with the begin of the
     * first and the end of the last) on the sentence, from {@link #LOOK_BEHIND} characters before
     * the first trigger to {@link #LOOK_AHEAD} characters after the last; a rule only where that
     * text holds one of the words its matches need.
     */
    private void match(String t, Sentences sentences, SectionSpans examSection, SectionSpans reviewOfSystems,
            SectionSpans examinable, int sentence, Map<String, int[]> tests, List<Found> found, List<Opener> openers,
            int[] findingSentence) {
        if (sentence == -2 || tests.isEmpty()) {
            return;
        }
        int sb = sentence < 0 ? 0 : sentences.beginAt(sentence);
        int se = sentence < 0 ? t.length() : sentences.endAt(sentence);
        boolean examined = tests.containsKey(ExamPatterns.CONTEXT) || examSection.contains(sb)
                || examinable.contains(sb) && systemSites.examLabelHeads(t, firstTrigger(tests));
        boolean exam = examined;
        int before = found.size();
        for (Map.Entry<String, int[]> trigger : tests.entrySet()) {
            if (!gated(trigger.getKey())) {
                tryRules(t, sb, se, trigger.getKey(), trigger.getValue(), found, openers);
            }
        }
        boolean findings = found.subList(before, found.size()).stream().anyMatch(f -> !f.test.equals("other"));
        if (!exam && (findings || findingSentence[0] == sentence - 1) && !reviewOfSystems.contains(sb)
                && !Regions.in(patterns.contextStop(), t, sb, se).find()) {
            exam = true;
        }
        if (exam && (findings || tests.containsKey(ExamPatterns.CONTEXT))) {
            findingSentence[0] = sentence;
        }
        int gatedFrom = found.size();
        for (Map.Entry<String, int[]> trigger : tests.entrySet()) {
            String test = trigger.getKey();
            if (!gated(test)) {
                continue;
            }
            if (!exam && (reviewOfSystems.contains(sb) || !vocabulary.examLabel(t, trigger.getValue()[0])
                    && !(test.equals(ExamPatterns.SIGN) && ClinicalVocabulary.namesField(t, trigger.getValue()[1])))) {
                continue;
            }
            if (!examined && test.equals("spasm") && ClinicalVocabulary.namesField(t, trigger.getValue()[1])) {
                continue; // a Spasm: field may be a review of systems (decisions-clinical)
            }
            tryRules(t, sb, se, test, trigger.getValue(), found, openers);
        }
        // a sign in a clause naming a study is the study's finding, not the examination's (decisions-gold)
        found.subList(gatedFrom, found.size()).removeIf(f -> namesStudy(t, sb, f.begin));
    }

    /**
     * Whether the clause before a sign names an imaging or other study ({@code CT of the head shows
     * no hemorrhage}): from its sentence's start {@code sb}, or the last period before it.
     */
    private boolean namesStudy(String t, int sb, int sign) {
        int from = Math.max(sb, t.lastIndexOf('.', sign - 1) + 1);
        return Regions.in(patterns.studyWords(), t, from, sign).find();
    }

    /** Where the first of a sentence's trigger words begins. */
    private static int firstTrigger(Map<String, int[]> tests) {
        int first = Integer.MAX_VALUE;
        for (int[] span : tests.values()) {
            first = Math.min(first, span[0]);
        }
        return first;
    }

    /** Whether the findings of {@code test} count only in an examination context (spasm, signs, organ statements). */
    private static boolean gated(String test) {
        return test.equals("spasm") || test.equals(ExamPatterns.SIGN) || test.equals(ExamPatterns.SYSTEM);
    }

    /** Tries the rules of {@code test} around its trigger words {@code span} in the sentence {@code sb}..{@code se}. */
    private void tryRules(String t, int sb, int se, String test, int[] span, List<Found> found, List<Opener> openers) {
        int from = Math.max(sb, span[0] - LOOK_BEHIND);
        if (from == sb && test.equals(ExamPatterns.SYSTEM)) {
            from = Math.max(0, sb - LABEL_BEHIND); // a system label may end the sentence before ("LUNGS:| Clear.")
        }
        int to = Math.min(se, span[1] + LOOK_AHEAD);
        String window = t.substring(from, to).toLowerCase(Locale.ROOT);
        if (test.equals(ExamPatterns.CONTEXT) || test.equals(ROM)) {
            findOpeners(t, from, to, sb, se, window, openers);
        }
        for (ExamPatterns.Rule rule : patterns.rules(test)) {
            if (!rule.mayMatch(window)) {
                continue;
            }
            Matcher m = Regions.in(rule.pattern(), t, from, to)
                    .useTransparentBounds(from > sb || to < se || test.equals(ExamPatterns.SYSTEM));
            while (m.find()) {
                if (m.end() > m.start()) {
                    Found f = finding(rule, rule.test(), m, se);
                    found.add(gated(test) ? f.asSign() : f);
                }
            }
        }
    }

    /** Adds the prose openers naming an examined site between {@code from} and {@code to} (in the sentence {@code sb}..{@code se}). */
    private void findOpeners(String t, int from, int to, int sb, int se, String window, List<Opener> openers) {
        for (ExamPatterns.Rule rule : patterns.rules(ExamPatterns.OPENER)) {
            if (!rule.mayMatch(window)) {
                continue;
            }
            Matcher m = Regions.in(rule.pattern(), t, from, to).useTransparentBounds(from > sb || to < se);
            while (m.find()) {
                openers.add(new Opener(m.start("site"), m.end("site"), m.end(), se));
            }
        }
    }

    private Found finding(ExamPatterns.Rule rule, String ruleTest, Matcher m, int sentenceEnd) {
        int begin = m.start();
        int end = m.end();
        String span = rule.group(m, "span");
        if (span != null) {
            begin = m.start("span");
            end = m.end("span");
        }
        String test = ruleTest;
        String name = rule.group(m, "name");
        String[] parts = null;
        int[] partBegins = null;
        if (name != null) {
            test = testName(name);
            if (test.indexOf(';') < 0 && patterns.testName(test) == null && NAME_LIST.matcher(test).find()) {
                List<String> written = new ArrayList<>();
                List<Integer> begins = new ArrayList<>();
                int at = 0;
                for (Matcher sep = NAME_LIST.matcher(name); sep.find(); at = sep.end()) {
                    written.add(name.substring(at, sep.start()));
                    begins.add(m.start("name") + at);
                }
                written.add(name.substring(at));
                begins.add(m.start("name") + at);
                parts = written.toArray(new String[0]);
                partBegins = begins.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        String value = rule.group(m, "val");
        String degrees = rule.group(m, "deg");
        String result = rule.result().equals("*") ? patterns.result(rule.group(m, "res")) : rule.result();
        if (value != null) {
            value = SPACES.matcher(value).replaceAll(" ");
            if (test.equals("reflex")) {
                String word = patterns.result(value);
                result = word != null ? word : reflexResult(value);
                value = word != null ? null : value.replace(" ", "");
            } else {
                result = valueResult(test, value, result);
            }
        }
        if (name != null && "decreased".equals(result)) {
            result = "negative";
        }
        if (value == null && degrees != null) {
            value = SPACES.matcher(degrees).replaceAll(" ");
        }
        return new Found(begin, end, test, result == null || result.isEmpty() ? null : result, value, sentenceEnd, parts, partBegins, false);
    }

    /**
     * The result a measured value gives: strength {@code 5/5} normal, below decreased; a range of
     * motion written as measured/normal ({@code 45/60}) decreased when short of normal; Waddell
     * signs {@code 0/5} negative, more positive. Other values keep the rule's result.
     */
    private static String valueResult(String test, String value, String result) {
        Matcher fifths = OUT_OF_FIVE.matcher(value);
        if (test.equals("strength")) {
            return fifths.matches() ? (fifths.group(1).equals("5") && !value.contains("-") ? "normal" : "decreased") : null;
        }
        if (test.equals("waddell") && fifths.matches()) {
            return fifths.group(1).equals("0") ? "negative" : "positive";
        }
        Matcher measured = MEASURED_OF_NORMAL.matcher(value);
        if (test.equals("range of motion") && measured.matches()) {
            return Integer.parseInt(measured.group(1)) < Integer.parseInt(measured.group(2)) ? "decreased" : "normal";
        }
        return result;
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
