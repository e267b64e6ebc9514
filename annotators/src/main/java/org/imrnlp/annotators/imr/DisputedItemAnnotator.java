package org.imrnlp.annotators.imr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;
import org.imrnlp.type.DisputedItemAnnotation;
import org.imrnlp.type.MedicationAnnotation;
import org.imrnlp.type.ProcedureAnnotation;

/**
 * Finds the disputed items of an IMR letter: one {@link DisputedItemAnnotation} per item line of a
 * {@code decisions} section (patterns in {@code imr-items.tsv}, all three letter layouts), with
 * the item as requested, the decision (from {@code Upheld}/{@code Overturned} on the line, else
 * from the last "is (not) medically necessary" phrase of its rationale, {@code imr-decisions.tsv}),
 * the guidelines the expert reviewer and the claims administrator relied on
 * ({@code imr-guidelines.tsv}), the pages cited, the rationale span, and links to the
 * {@link MedicationAnnotation} and {@link ProcedureAnnotation} annotations inside the item text. Needs the sections
 * of the section annotator and runs after the medication and procedure annotators.
 *
 * <p>An item's rationale is the first {@code rationale} section after its line and before the
 * next item. Where all items are listed together before any rationale (layout c), the k-th
 * rationale after the list belongs to the k-th item. Guidelines are looked for between the item
 * line and its rationale, and in the rationale when none was found there; failing both, the
 * guideline names the rationale cites in its own words ({@code imr-guideline-names.tsv}).
 *
 * <p>Summary outcome lines ({@code 1) MAXIMUS ... has determined the request for X is not medically
 * necessary and appropriate}, 2013-2014 letters) give the items, each once, only when a letter has
 * no item lines; otherwise they give an item its decision when its rationale states none.
 */
@ResourceMetaData(name = "IMR-NLP disputed items")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.apache.ctakes.typesystem.type.textspan.Segment",
        "org.imrnlp.type.MedicationAnnotation", "org.imrnlp.type.ProcedureAnnotation"},
        outputs = "org.imrnlp.type.DisputedItemAnnotation")
public class DisputedItemAnnotator extends RulePackAnnotator {

    private static final String DECISIONS_RESOURCE = "imr-decisions.tsv";
    private static final String DECISIONS = "decisions";
    private static final String RATIONALE = "rationale";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");
    /** Every summary outcome line contains it ({@code imr-items.tsv}, layout summary). */
    private static final String SUMMARY_CUE = "has determined";

    private ItemLines itemLines;
    private GuidelineCitations citations;
    private GuidelineNames guidelineNames;
    private DecisionPhrases decisionPhrases;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        itemLines = ItemLines.get(rulePack());
        citations = rulePack().cached(GuidelineCitations.RESOURCE, GuidelineCitations.class,
                GuidelineCitations::load);
        guidelineNames = rulePack().cached(GuidelineNames.RESOURCE, GuidelineNames.class, GuidelineNames::load);
        decisionPhrases = rulePack().cached(DECISIONS_RESOURCE, DecisionPhrases.class, DecisionPhrases::load);
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Range> decisions = new ArrayList<>();
        List<Range> rationales = new ArrayList<>();
        for (Segment segment : jcas.getAnnotationIndex(Segment.class)) {
            Range range = new Range(segment.getBegin(), segment.getEnd());
            if (DECISIONS.equals(segment.getId())) {
                decisions.add(range);
            } else if (RATIONALE.equals(segment.getId())) {
                rationales.add(range);
            }
        }
        List<Found> items = new ArrayList<>();
        for (Range range : decisions) {
            findItems(text, range, items);
        }
        List<Found> summaries = findSummaries(text);
        if (items.isEmpty()) {
            items = summaries;
        } else {
            items = withSummaryDecisions(text, items, summaries, rationales);
        }
        if (items.isEmpty()) {
            return;
        }
        List<IdentifiedAnnotation> requestable = new ArrayList<>();
        jcas.getAnnotationIndex(MedicationAnnotation.class).forEach(requestable::add);
        jcas.getAnnotationIndex(ProcedureAnnotation.class).forEach(requestable::add);
        boolean listed = isList(items, rationales);
        int firstAfterList = firstAtOrAfter(rationales, items.get(items.size() - 1).end);
        for (int i = 0; i < items.size(); i++) {
            Found item = items.get(i);
            int nextItem = i + 1 < items.size() ? items.get(i + 1).begin : text.length();
            Range rationale;
            if (listed) {
                int k = firstAfterList + i;
                rationale = k < rationales.size() ? rationales.get(k) : null;
            } else {
                int k = firstAtOrAfter(rationales, item.end);
                rationale = k < rationales.size() && rationales.get(k).begin < nextItem ? rationales.get(k) : null;
            }
            add(jcas, item, rationale, listed, nextItem, requestable);
        }
    }

    private void findItems(String text, Range range, List<Found> items) {
        boolean first = true;
        int start = range.begin;
        while (start < range.end) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 || newline > range.end ? range.end : newline;
            int b = skipSpace(text, start, stop);
            int e = stop;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                String line = text.substring(b, e);
                ItemLines.Item item = itemLines.match(line);
                int offset = b;
                int colon = line.indexOf(':');
                if (item == null && first && colon >= 0) {
                    offset = skipSpace(text, b + colon + 1, e);
                    item = itemLines.match(text.substring(offset, e));
                }
                if (item != null && !item.summary()) {
                    items.add(new Found(offset + item.spanBegin(), offset + item.spanEnd(),
                            offset + item.itemBegin(), offset + item.itemEnd(), item.decision()));
                }
                first = false;
            }
            start = stop + 1;
        }
    }

    /**
     * The summary outcome lines of the whole letter, each item once (the first line naming it),
     * with the decision of its own words.
     */
    private List<Found> findSummaries(String text) {
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(SUMMARY_CUE, from)) >= 0) {
            int b = text.lastIndexOf('\n', at) + 1;
            int newline = text.indexOf('\n', at);
            int e = newline < 0 ? text.length() : newline;
            from = e;
            b = skipSpace(text, b, e);
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            ItemLines.Item item = itemLines.matchSummary(text.substring(b, e));
            if (item != null && seen.add(key(text, b + item.itemBegin(), b + item.itemEnd()))) {
                found.add(new Found(b + item.spanBegin(), b + item.spanEnd(), b + item.itemBegin(),
                        b + item.itemEnd(), decisionPhrases.last(text, b + item.spanBegin(), b + item.spanEnd())));
            }
        }
        return found;
    }

    /**
     * The items with, where the rationale states no decision, the decision of the summary line
     * naming the same item (the same words, or the same position when both lists are equally long).
     */
    private List<Found> withSummaryDecisions(String text, List<Found> items, List<Found> summaries,
                                             List<Range> rationales) {
        if (summaries.isEmpty()) {
            return items;
        }
        Map<String, String> byItem = new HashMap<>();
        for (Found s : summaries) {
            byItem.put(key(text, s.itemBegin, s.itemEnd), s.decision);
        }
        List<Found> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Found item = items.get(i);
            String decision = item.decision;
            if (decision == null) {
                int next = i + 1 < items.size() ? items.get(i + 1).begin : text.length();
                int k = firstAtOrAfter(rationales, item.end);
                Range rationale = k < rationales.size() && rationales.get(k).begin < next ? rationales.get(k) : null;
                if (rationale == null || decisionPhrases.last(text, rationale.begin, rationale.end) == null) {
                    decision = byItem.get(key(text, item.itemBegin, item.itemEnd));
                    if (decision == null && summaries.size() == items.size()) {
                        decision = summaries.get(i).decision;
                    }
                }
            }
            result.add(decision == item.decision ? item
                    : new Found(item.begin, item.end, item.itemBegin, item.itemEnd, decision));
        }
        return result;
    }

    /** An item's words compared across lines: lower case, white space collapsed, end punctuation dropped. */
    private static String key(String text, int begin, int end) {
        return TRAILING.matcher(SPACES.matcher(text.substring(begin, end)).replaceAll(" "))
                .replaceFirst("").toLowerCase(Locale.ROOT);
    }

    private static boolean isList(List<Found> items, List<Range> rationales) {
        if (items.size() < 2) {
            return false;
        }
        for (int i = 0; i + 1 < items.size(); i++) {
            int k = firstAtOrAfter(rationales, items.get(i).end);
            if (k < rationales.size() && rationales.get(k).begin < items.get(i + 1).begin) {
                return false;
            }
        }
        return true;
    }

    private static int firstAtOrAfter(List<Range> ranges, int offset) {
        int k = 0;
        while (k < ranges.size() && ranges.get(k).begin < offset) {
            k++;
        }
        return k;
    }

    private void add(JCas jcas, Found found, Range rationale, boolean listed, int nextItem,
                     List<IdentifiedAnnotation> requestable) {
        String text = jcas.getDocumentText();
        DisputedItemAnnotation item = new DisputedItemAnnotation(jcas, found.begin, found.end);
        AssertionCodes.setDefaults(item);
        item.setItem(SPACES.matcher(text.substring(found.itemBegin, found.itemEnd)).replaceAll(" "));
        int rationaleBegin = -1;
        if (rationale != null) {
            int colon = text.indexOf(':', rationale.begin);
            int lineEnd = text.indexOf('\n', rationale.begin);
            rationaleBegin = colon >= 0 && (lineEnd < 0 || colon < lineEnd)
                    ? skipSpace(text, colon + 1, rationale.end) : rationale.begin;
            if (rationaleBegin < rationale.end) {
                item.setRationale(new Annotation(jcas, rationaleBegin,
                        rationale.end));
            }
        }
        String decision = found.decision != null ? found.decision.toUpperCase(Locale.ROOT)
                : rationale != null ? decisionPhrases.last(text, rationaleBegin, rationale.end)
                : decisionPhrases.last(text, found.begin, found.end);
        item.setDecision(decision);
        GuidelineCitations.Citations cited = listed ? null
                : citations.find(text, found.end, rationale != null ? rationale.begin : nextItem);
        if ((cited == null || cited.expert() == null) && rationale != null) {
            GuidelineCitations.Citations inRationale = citations.find(text, rationale.begin, rationale.end);
            cited = cited == null ? inRationale : new GuidelineCitations.Citations(inRationale.expert(),
                    cited.claims() != null ? cited.claims() : inRationale.claims(), inRationale.pages());
        }
        if (cited == null) {
            cited = new GuidelineCitations.Citations(null, null, null);
        }
        String guideline = cited.expert();
        if (guideline == null && rationaleBegin >= 0) {
            guideline = guidelineNames.cited(text, rationaleBegin, rationale.end);
        }
        item.setGuideline(guideline);
        item.setClaimsAdministratorGuideline(cited.claims());
        item.setPages(cited.pages());
        int itemBegin = found.itemBegin;
        int itemEnd = found.itemEnd;
        List<IdentifiedAnnotation> links = new ArrayList<>();
        for (IdentifiedAnnotation a : requestable) {
            if (a.getBegin() >= itemBegin && a.getEnd() <= itemEnd) {
                links.add(a);
            }
        }
        links.sort((a, b) -> Integer.compare(a.getBegin(), b.getBegin()));
        FSArray<IdentifiedAnnotation> requested = new FSArray<>(jcas, links.size());
        for (int i = 0; i < links.size(); i++) {
            requested.set(i, links.get(i));
        }
        item.setRequested(requested);
        item.addToIndexes();
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private record Range(int begin, int end) {
    }

    private record Found(int begin, int end, int itemBegin, int itemEnd, String decision) {
    }

    /** The decision phrases of {@code imr-decisions.tsv} (each names medical necessity). Immutable and shared. */
    static final class DecisionPhrases {
        private static final String MEDICAL = "medical";
        private final List<Pattern> patterns;
        private final List<String> decisions;

        private DecisionPhrases(List<Pattern> patterns, List<String> decisions) {
            this.patterns = patterns;
            this.decisions = decisions;
        }

        static DecisionPhrases load(RulePack pack) {
            List<Pattern> patterns = new ArrayList<>();
            List<String> decisions = new ArrayList<>();
            for (TsvTable.Row row : pack.table(DECISIONS_RESOURCE).rows()) {
                patterns.add(StartChars.failingFast(row.compile(row.required("pattern"), Pattern.CASE_INSENSITIVE)));
                decisions.add(row.get("decision"));
            }
            return new DecisionPhrases(List.copyOf(patterns), List.copyOf(decisions));
        }

        /**
         * The decision of the last phrase in {@code text[from, to)}, or null. Every phrase speaks
         * of medical necessity, so only the sentence around the last "medical" is searched first.
         */
        String last(String text, int from, int to) {
            int anchor = to;
            while ((anchor = lastIndexOfMedical(text, from, anchor)) >= 0) {
                int sentenceStart = Math.max(from, text.lastIndexOf(". ", anchor) + 1);
                int sentenceEnd = text.indexOf(". ", anchor);
                String decision = lastIn(text, sentenceStart, sentenceEnd < 0 || sentenceEnd > to ? to : sentenceEnd + 1);
                if (decision != null) {
                    return decision;
                }
                anchor = sentenceStart - 1;
            }
            return null;
        }

        private String lastIn(String text, int from, int to) {
            String decision = null;
            int best = -1;
            for (int p = 0; p < patterns.size(); p++) {
                Matcher m = patterns.get(p).matcher(text).region(from, to);
                while (m.find()) {
                    if (m.start() > best) {
                        best = m.start();
                        decision = decisions.get(p);
                    }
                }
            }
            return decision;
        }

        private static int lastIndexOfMedical(String text, int from, int before) {
            for (int i = Math.min(before, text.length()) - MEDICAL.length(); i >= from; i--) {
                if ((text.charAt(i) == 'm' || text.charAt(i) == 'M') && text.regionMatches(true, i, MEDICAL, 0, MEDICAL.length())) {
                    return i;
                }
            }
            return -1;
        }
    }
}
