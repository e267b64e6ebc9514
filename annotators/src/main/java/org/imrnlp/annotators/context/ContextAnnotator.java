package org.imrnlp.annotators.context;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.ctakes.typesystem.type.textsem.EventMention;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.imrnlp.annotators.RulePackAnnotator;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.Assertion;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.TsvTable;
import org.imrnlp.type.DiagnosisAnnotation;
import org.imrnlp.type.ExamFindingAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.NegatedStatementAnnotation;
import org.imrnlp.type.ProcedureAnnotation;
import org.imrnlp.type.SymptomAnnotation;

/**
 * Sets the assertion status (cTAKES {@code polarity}, {@code uncertainty}, {@code conditional},
 * {@code historyOf}, {@code generic}, {@code subject}) of every medication, diagnosis, symptom,
 * exam finding and procedure, sentence by sentence, with the {@link ConTextEngine}, and adds one
 * {@link NegatedStatementAnnotation} (cue to target) per negated annotation. The engine gets each Sentence
 * (the pipeline's one sentence definition), the ids of the Segments it begins in (rules may apply
 * only in some sections: guideline phrasing is generic in a {@code rationale}) and each target's
 * type ({@code medication}, {@code diagnosis}, {@code symptom}, {@code examfinding},
 * {@code procedure}: rules may name the types they apply to). In a
 * clinical note's section whose heading is listed in {@code context-section-assertions.tsv}
 * (a past medical history, a family history), every mention is historical, or about the family.
 * In an IMR letter's decisions and rationale, every mention of a sentence that names no patient,
 * record or request is generic ({@link GuidelineSentences}).
 * Runs last.
 */
@ResourceMetaData(name = "IMR-NLP assertion context")
@TypeCapability(
        inputs = {"org.apache.ctakes.typesystem.type.textspan.Sentence",
                "org.apache.ctakes.typesystem.type.textspan.Segment", "org.imrnlp.type.OffsetMap",
                "org.imrnlp.type.MedicationAnnotation", "org.imrnlp.type.DiagnosisAnnotation", "org.imrnlp.type.SymptomAnnotation",
                "org.imrnlp.type.ExamFindingAnnotation", "org.imrnlp.type.ProcedureAnnotation"},
        outputs = {"org.imrnlp.type.NegatedStatementAnnotation",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:polarity",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:uncertainty",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:conditional",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:historyOf",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:generic",
                "org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation:subject"})
public class ContextAnnotator extends RulePackAnnotator {

    /** Scope length of a trigger, in words. */
    public static final String PARAM_MAX_WINDOW = "maxWindow";
    @ConfigurationParameter(name = PARAM_MAX_WINDOW, mandatory = false,
            defaultValue = "" + ConTextEngine.DEFAULT_MAX_WINDOW)
    private int maxWindow;

    /** Resource of the section headings that set an assertion. */
    static final String SECTION_ASSERTIONS = "context-section-assertions.tsv";

    private ConTextEngine engine;
    private Pattern historicalHeadings;
    private Pattern familyHeadings;

    private GuidelineSentences guidelineSentences;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            engine = new ConTextEngine(ConTextEngine.rules(rulePack()), ConTextEngine.clauses(rulePack()),
                    ConTextEngine.documents(rulePack()), maxWindow);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ResourceInitializationException(e);
        }
        historicalHeadings = sectionHeadings(rulePack().table(SECTION_ASSERTIONS), "historical");
        familyHeadings = sectionHeadings(rulePack().table(SECTION_ASSERTIONS), "family");
        guidelineSentences = GuidelineSentences.of(rulePack());
    }

    /** One regular expression for the headings of {@link #SECTION_ASSERTIONS} that set {@code assertion}. */
    private static Pattern sectionHeadings(TsvTable table, String assertion) throws ResourceInitializationException {
        List<String> patterns = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String value = row.get("assertion");
            if (!value.equals("historical") && !value.equals("family")) {
                throw new ResourceInitializationException(new IllegalStateException(SECTION_ASSERTIONS
                        + ": assertion must be historical or family: " + value));
            }
            if (value.equals(assertion)) {
                patterns.add("(?:" + row.get("heading") + ")");
            }
        }
        return Pattern.compile(patterns.isEmpty() ? "(?!)" : String.join("|", patterns), Pattern.CASE_INSENSITIVE);
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Segment> named = new ArrayList<>();
        for (Segment segment : jcas.getAnnotationIndex(Segment.class)) {
            if (segment.getId() != null) {
                named.add(segment);
            }
        }
        List<IdentifiedAnnotation> clinical = clinical(jcas);
        int next = 0;
        for (Sentence sentence : jcas.getAnnotationIndex(Sentence.class)) {
            int begin = sentence.getBegin();
            int end = sentence.getEnd();
            while (next < clinical.size() && clinical.get(next).getBegin() < begin) {
                next++;
            }
            List<IdentifiedAnnotation> targets = covered(clinical, next, end);
            if (targets.isEmpty()) {
                continue;
            }
            Set<String> sections = sectionIds(named, begin);
            assess(jcas, text, sentence, targets, sections);
            if (guidelineSentences.isGuideline(text.substring(begin, Math.min(end, text.length())), sections)) {
                targets.forEach(a -> a.setGeneric(true));
            }
        }
        applySectionAssertions(jcas, clinical);
    }

    /** The ids of the segments that the sentence beginning at {@code begin} begins in. */
    private static Set<String> sectionIds(List<Segment> named, int begin) {
        Set<String> ids = Set.of();
        for (Segment segment : named) {
            if (segment.getBegin() <= begin && begin < segment.getEnd()) {
                ids = ids.isEmpty() ? new HashSet<>() : ids;
                ids.add(segment.getId());
            }
        }
        return ids;
    }

    /**
     * Marks the mentions of past-history sections historical and of family-history sections the
     * family's, and not historical (a family history is not the patient's past).
     */
    private void applySectionAssertions(JCas jcas, List<IdentifiedAnnotation> clinical) {
        for (Segment segment : jcas.getAnnotationIndex(Segment.class)) {
            String heading = segment.getPreferredText();
            if (heading == null) {
                continue;
            }
            boolean historical = historicalHeadings.matcher(heading).matches();
            boolean family = !historical && familyHeadings.matcher(heading).matches();
            if (!historical && !family) {
                continue;
            }
            for (IdentifiedAnnotation a : clinical) {
                if (a.getBegin() >= segment.getBegin() && a.getEnd() <= segment.getEnd()) {
                    if (!historical) {
                        a.setSubject(AssertionCodes.SUBJECT_FAMILY);
                        a.setHistoryOf(AssertionCodes.ABSENT);
                    } else {
                        a.setHistoryOf(AssertionCodes.PRESENT);
                    }
                }
            }
        }
    }

    private void assess(JCas jcas, String text, Sentence sentence,
                        List<IdentifiedAnnotation> targets, Set<String> sections) {
        int sb = sentence.getBegin();
        int se = Math.max(sb, Math.min(sentence.getEnd(), text.length()));
        String sentenceText = text.substring(sb, se);
        List<ConTextEngine.Span> spans = new ArrayList<>(targets.size());
        for (IdentifiedAnnotation a : targets) {
            int b = Math.min(Math.max(a.getBegin() - sb, 0), sentenceText.length());
            int e = Math.min(Math.max(a.getEnd() - sb, b), sentenceText.length());
            spans.add(new ConTextEngine.Span(b, e, targetType(a)));
        }
        List<ContextResult> results = engine.assess(sentenceText, spans, sections);
        for (int i = 0; i < targets.size(); i++) {
            IdentifiedAnnotation a = targets.get(i);
            int list = listHead(targets, i);
            ContextResult r = results.get(list < 0 ? i : list);
            apply(a, r);
            if (r.hasCue() && list < 0) {
                ConTextEngine.Span span = spans.get(i);
                int cueBegin = sb + r.cueBegin();
                int cueEnd = sb + r.cueEnd();
                NegatedStatementAnnotation statement = new NegatedStatementAnnotation(jcas, Math.min(cueBegin, a.getBegin()),
                        Math.max(cueEnd, a.getEnd()));
                statement.setCue(sentenceText.substring(r.cueBegin(), r.cueEnd()));
                statement.setTarget(a);
                statement.setTargetText(sentenceText.substring(span.begin(), span.end()));
                statement.addToIndexes();
            }
        }
    }

    /** The target type of a clinical annotation as the rules name it ({@link ContextRules#TARGET_TYPES}). */
    private static String targetType(IdentifiedAnnotation a) {
        if (a instanceof MedicationAnnotation) {
            return "medication";
        }
        if (a instanceof DiagnosisAnnotation) {
            return "diagnosis";
        }
        if (a instanceof SymptomAnnotation) {
            return "symptom";
        }
        return a instanceof ExamFindingAnnotation ? "examfinding" : "procedure";
    }

    /**
     * For a later named test of a list sharing one result ({@code Adson's and Wright's maneuver} in
     * {@code negative Spurling's, Adson's and Wright's maneuver}: an exam finding that ends with an
     * earlier, longer one), the index of that first finding, whose assertion it shares; else -1.
     */
    private static int listHead(List<IdentifiedAnnotation> targets, int i) {
        IdentifiedAnnotation a = targets.get(i);
        if (!(a instanceof ExamFindingAnnotation)) {
            return -1;
        }
        int head = -1;
        for (int j = 0; j < targets.size(); j++) {
            IdentifiedAnnotation o = targets.get(j);
            if (o instanceof ExamFindingAnnotation && o.getEnd() == a.getEnd() && o.getBegin() < a.getBegin()
                    && (head < 0 || o.getBegin() < targets.get(head).getBegin())) {
                head = j;
            }
        }
        return head;
    }

    private static void apply(IdentifiedAnnotation a, ContextResult r) {
        Assertion assertion = r.assertion();
        a.setPolarity(assertion.negated() ? AssertionCodes.NEGATED : AssertionCodes.AFFIRMED);
        a.setUncertainty(assertion.uncertain() ? AssertionCodes.PRESENT : AssertionCodes.ABSENT);
        a.setConditional(r.conditional());
        a.setHistoryOf(assertion.historical() ? AssertionCodes.PRESENT : AssertionCodes.ABSENT);
        a.setGeneric(assertion.generic());
        a.setSubject(switch (assertion.subject()) {
            case PATIENT -> AssertionCodes.SUBJECT_PATIENT;
            case FAMILY -> AssertionCodes.SUBJECT_FAMILY;
            case OTHER -> AssertionCodes.SUBJECT_OTHER;
        });
    }

    /**
     * The clinical annotations (the ones that get an assertion), in annotation index order. All
     * five types are cTAKES event mentions, so only the event mention index is read.
     */
    private static List<IdentifiedAnnotation> clinical(JCas jcas) {
        List<IdentifiedAnnotation> clinical = new ArrayList<>();
        for (EventMention a : jcas.getAnnotationIndex(EventMention.class)) {
            if (a instanceof MedicationAnnotation || a instanceof DiagnosisAnnotation || a instanceof SymptomAnnotation
                    || a instanceof ExamFindingAnnotation || a instanceof ProcedureAnnotation) {
                clinical.add(a);
            }
        }
        return clinical;
    }

    /**
     * The annotations of {@code clinical} from index {@code from} (the first one that begins in
     * the sentence) that end by {@code sentenceEnd}: those the sentence covers, in index order.
     */
    private static List<IdentifiedAnnotation> covered(List<IdentifiedAnnotation> clinical, int from,
                                                      int sentenceEnd) {
        List<IdentifiedAnnotation> covered = List.of();
        for (int k = from; k < clinical.size() && clinical.get(k).getBegin() <= sentenceEnd; k++) {
            IdentifiedAnnotation a = clinical.get(k);
            if (a.getEnd() <= sentenceEnd) {
                if (covered.isEmpty()) {
                    covered = new ArrayList<>();
                }
                covered.add(a);
            }
        }
        return covered;
    }
}
