package org.imrnlp.annotators.medication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.DoseKind;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.core.cas.DoseModifiers;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.models.drugs.DoseLexicon;
import org.imrnlp.models.drugs.DoseLexicon.DosePattern;
import org.imrnlp.type.Medication;

/**
 * Finds the dosing text of each {@link Medication} and attaches it with
 * {@link DoseModifiers#attach}: strength, amount, frequency, route, form, duration, quantity and
 * refills. Doses after a name belong to it while only dose words, the gap words of
 * {@code dose-gap-words.txt}, commas and hyphens stand between them, up to the next medication
 * and never across a sentence. Before a name: a route word ({@code intrathecal Clonidine}), or a
 * count, which is the quantity at the start of a request line or after a label
 * ({@code 60 TIZANIDINE HCL 2MG}, {@code Request: 60 Norco}) and otherwise the amount
 * ({@code two Norco a day}). A number without unit is a strength only right after the name
 * ({@code Klonopin .5 #30}, {@code Norco 10/325}); a percentage only with nothing but spaces before it. {@code Zanaflex (Tizanidine) 6mg} gives the
 * doses to the first name.
 */
@ResourceMetaData(name = "IMR-NLP doses")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.imrnlp.type.Medication",
        "org.apache.ctakes.typesystem.type.textspan.Sentence"},
        outputs = {"org.apache.ctakes.typesystem.type.textsem.MedicationStrengthModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationDosageModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationFrequencyModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationRouteModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationFormModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationDurationModifier",
                "org.imrnlp.type.QuantityModifier", "org.imrnlp.type.RefillsModifier"})
public class DoseAnnotator extends JCasAnnotator_ImplBase {

    /** Longest run of gap text between a medication (or its last dose) and its next dose. */
    private static final int MAX_GAP = 40;
    /** How far before the first and after the last medication of a sentence doses are searched. */
    private static final int LOOK_BEHIND = 40;
    private static final int LOOK_AHEAD = 200;
    /** Longest label before a request line's count ({@code Request:}, {@code Disputed item:}). */
    private static final int MAX_LABEL = 30;

    private DoseLexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = DoseLexicon.get();
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CleanText clean = CleanTextView.get(jcas);
        String text = clean.text();
        List<Med> meds = new ArrayList<>();
        for (Medication m : JCasUtil.select(jcas, Medication.class)) {
            meds.add(new Med(m, clean.toClean(m.getBegin()), clean.toCleanEnd(m.getEnd())));
        }
        if (meds.isEmpty()) {
            return;
        }
        List<int[]> sentences = new ArrayList<>();
        for (Sentence s : JCasUtil.select(jcas, Sentence.class)) {
            sentences.add(new int[] {clean.toClean(s.getBegin()), clean.toCleanEnd(s.getEnd())});
        }
        if (sentences.isEmpty()) {
            sentences.add(new int[] {0, text.length()});
        }
        int next = 0;
        for (int[] sentence : sentences) {
            while (next < meds.size() && meds.get(next).begin < sentence[0]) {
                next++;
            }
            int first = next;
            while (next < meds.size() && meds.get(next).end <= sentence[1]) {
                next++;
            }
            if (next > first) {
                annotate(jcas, clean, text, sentence[0], sentence[1], meds.subList(first, next));
            }
        }
    }

    private void annotate(JCas jcas, CleanText clean, String text, int sentenceBegin, int sentenceEnd,
                          List<Med> meds) {
        int from = Math.max(sentenceBegin, meds.get(0).begin - LOOK_BEHIND);
        int to = Math.min(sentenceEnd, meds.get(meds.size() - 1).end + LOOK_AHEAD);
        List<Candidate> candidates = candidates(text, from, to, meds);
        markAliases(text, meds);
        for (Med med : meds) {
            int claimedFrom = attachBefore(jcas, clean, text, sentenceBegin, med);
            for (Candidate c : candidates) {
                c.claimed |= c.begin < med.begin && c.end > claimedFrom;
            }
        }
        for (int i = 0; i < meds.size(); i++) {
            Med med = meds.get(i);
            if (med.alias) {
                continue;
            }
            int limit = sentenceEnd;
            for (int j = i + 1; j < meds.size(); j++) {
                if (!meds.get(j).alias || meds.get(j).head != med) {
                    limit = meds.get(j).begin;
                    break;
                }
            }
            attachAfter(jcas, clean, text, med, candidates, limit);
        }
    }

    /** Every dose expression in {@code text[from, to)} outside the medication names, overlaps resolved. */
    private List<Candidate> candidates(String text, int from, int to, List<Med> meds) {
        List<Candidate> all = new ArrayList<>();
        Matcher strength = lexicon.strength().matcher(text).region(from, to);
        strength.useTransparentBounds(true);
        while (strength.find()) {
            String first = number(strength.group(1));
            String unit = lexicon.unit(strength.group(2));
            String value = first;
            if (strength.group(3) != null) {
                String secondUnit = lexicon.unit(strength.group(4));
                value = first + "/" + number(strength.group(3));
                String u = unit != null ? unit : secondUnit;
                unit = u == null ? null : u + "/" + (secondUnit != null ? secondUnit : u);
            }
            int end = strength.group(3) != null ? strength.end() : (unit != null ? strength.end(2) : strength.end(1));
            add(all, text, new Candidate(DoseKind.STRENGTH, strength.start(), end, value, unit, 1));
        }
        for (DosePattern p : lexicon.patterns()) {
            Matcher m = p.pattern().matcher(text).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() > m.start()) {
                    DoseKind kind = DoseKind.fromLabel(p.kind()).orElseThrow(
                            () -> new IllegalStateException("dose-patterns.tsv: unknown kind " + p.kind()));
                    add(all, text, new Candidate(kind, m.start(), m.end(), lexicon.value(p, m), null, 0));
                }
            }
        }
        Matcher form = lexicon.form().matcher(text).region(from, to);
        form.useTransparentBounds(true);
        while (form.find()) {
            add(all, text, new Candidate(DoseKind.FORM, form.start(), form.end(), lexicon.form(form.group()), null, 0));
        }
        Matcher route = lexicon.route().matcher(text).region(from, to);
        route.useTransparentBounds(true);
        while (route.find()) {
            add(all, text, new Candidate(DoseKind.ROUTE, route.start(), route.end(), lexicon.route(route.group()), null, 0));
        }
        all.removeIf(c -> meds.stream().anyMatch(m -> c.begin < m.end && m.begin < c.end));
        all.sort(Comparator.comparingInt(Candidate::begin).thenComparing(c -> -(c.end - c.begin))
                .thenComparingInt(Candidate::priority));
        List<Candidate> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : all) {
            if (c.begin >= lastEnd) {
                kept.add(c);
                lastEnd = c.end;
            }
        }
        return kept;
    }

    private static void add(List<Candidate> out, String text, Candidate c) {
        boolean startsWord = Character.isLetterOrDigit(text.charAt(c.begin));
        boolean endsWord = Character.isLetterOrDigit(text.charAt(c.end - 1));
        if (startsWord && c.begin > 0 && Character.isLetterOrDigit(text.charAt(c.begin - 1))) {
            return;
        }
        if (startsWord && c.begin > 0 && ".".indexOf(text.charAt(c.begin - 1)) >= 0 && c.kind == DoseKind.STRENGTH) {
            return;
        }
        if (endsWord && c.end < text.length() && Character.isLetterOrDigit(text.charAt(c.end))) {
            return;
        }
        out.add(c);
    }

    /** Marks {@code Tizanidine} in {@code Zanaflex (Tizanidine, generic)} as an alias of the name before it. */
    private static void markAliases(String text, List<Med> meds) {
        for (int i = 0; i + 1 < meds.size(); i++) {
            Med head = meds.get(i);
            Med alias = meds.get(i + 1);
            int p = skipSpaces(text, head.end);
            if (p >= text.length() || text.charAt(p) != '(' || skipSpaces(text, p + 1) != alias.begin
                    || !same(head, alias)) {
                continue;
            }
            int close = text.indexOf(')', alias.end);
            int open = text.indexOf('(', alias.end);
            if (close > 0 && close - alias.end <= MAX_GAP && (open < 0 || open > close)) {
                alias.alias = true;
                alias.head = head;
                head.dosesFrom = close + 1;
            }
        }
    }

    private static boolean same(Med a, Med b) {
        String x = a.annotation.getNormalized();
        return x != null && x.equals(b.annotation.getNormalized());
    }

    /** A route word or a count right before the name; returns where the claimed text starts. */
    private int attachBefore(JCas jcas, CleanText clean, String text, int sentenceBegin, Med med) {
        int j = med.begin;
        while (j > sentenceBegin && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (j == med.begin) {
            return med.begin;
        }
        Matcher route = lexicon.route().matcher(text).region(Math.max(sentenceBegin, j - 20), j);
        route.useTransparentBounds(true);
        while (route.find()) {
            if (route.end() == j && (route.start() == 0 || !Character.isLetterOrDigit(text.charAt(route.start() - 1)))) {
                attach(jcas, clean, med, DoseKind.ROUTE, route.start(), j, lexicon.route(route.group()), null);
                return route.start();
            }
        }
        int k = j;
        while (k > sentenceBegin && Character.isLetterOrDigit(text.charAt(k - 1))) {
            k--;
        }
        if (k == j || k > sentenceBegin && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
            return med.begin;
        }
        String token = text.substring(k, j);
        String value = lexicon.number(token);
        if (!value.chars().allMatch(Character::isDigit) || "0".equals(value)) {
            return med.begin;
        }
        int lineStart = k;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String label = text.substring(lineStart, k).strip();
        boolean requestLine = label.isEmpty()
                || label.endsWith(":") && label.length() <= MAX_LABEL && label.indexOf('.') < 0;
        attach(jcas, clean, med, requestLine ? DoseKind.QUANTITY : DoseKind.AMOUNT, k, j, value, null);
        return k;
    }

    /** The doses after the name, while only gap words stand between them. */
    private void attachAfter(JCas jcas, CleanText clean, String text, Med med, List<Candidate> candidates, int limit) {
        int pos = med.dosesFrom > 0 ? med.dosesFrom : med.end;
        boolean adjacent = true;
        for (Candidate c : candidates) {
            if (c.end <= pos) {
                continue;
            }
            if (c.begin < pos || c.end > limit || c.claimed) {
                return;
            }
            String gap = text.substring(pos, c.begin);
            boolean blank = gap.isBlank() && gap.indexOf('\n') < 0;
            if (!blank && !isGap(gap)) {
                return;
            }
            if (c.kind == DoseKind.STRENGTH && "%".equals(c.unit) && !blank) {
                return;
            }
            if (c.kind == DoseKind.STRENGTH && c.unit == null
                    && !(blank && adjacent && (c.value.contains("/") || endsItem(text, c.end)))) {
                return;
            }
            attach(jcas, clean, med, c.kind, c.begin, c.end, c.value, c.unit);
            c.claimed = true;
            pos = c.end;
            adjacent = false;
        }
    }

    private boolean isGap(String gap) {
        if (gap.length() > MAX_GAP || gap.indexOf('\n') >= 0) {
            return false;
        }
        int i = 0;
        while (i < gap.length()) {
            char c = gap.charAt(i);
            if (c == ' ' || c == ',' || c == '-') {
                i++;
            } else if (Character.isLetter(c)) {
                int b = i;
                while (i < gap.length() && Character.isLetter(gap.charAt(i))) {
                    i++;
                }
                if (!lexicon.isGapWord(gap.substring(b, i))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether a number without unit ends the item ({@code Klonopin .5 #30}, {@code Norco 10/325:}). */
    private static boolean endsItem(String text, int end) {
        int p = skipSpaces(text, end);
        return p >= text.length() || "#:,;)\n".indexOf(text.charAt(p)) >= 0;
    }

    private static int skipSpaces(String text, int i) {
        int p = i;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    private static String number(String written) {
        return written.startsWith(".") ? "0" + written : written;
    }

    private static void attach(JCas jcas, CleanText clean, Med med, DoseKind kind, int begin, int end, String value,
                               String unit) {
        DoseModifiers.attach(jcas, med.annotation, kind, clean.toOriginal(begin), clean.toOriginalEnd(end), value, unit);
    }

    private static final class Med {
        final Medication annotation;
        final int begin;
        final int end;
        boolean alias;
        Med head;
        int dosesFrom;

        Med(Medication annotation, int begin, int end) {
            this.annotation = annotation;
            this.begin = begin;
            this.end = end;
        }
    }

    private static final class Candidate {
        final DoseKind kind;
        final int begin;
        final int end;
        final String value;
        final String unit;
        final int priority;
        boolean claimed;

        Candidate(DoseKind kind, int begin, int end, String value, String unit, int priority) {
            this.kind = kind;
            this.begin = begin;
            this.end = end;
            this.value = value;
            this.unit = unit;
            this.priority = priority;
        }

        int begin() {
            return begin;
        }

        int priority() {
            return priority;
        }
    }
}
