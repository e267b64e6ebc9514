package org.imrnlp.annotators.medication;

import java.util.ArrayList;
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
    /** How far after a medication its doses are searched. */
    private static final int LOOK_AHEAD = 200;
    /** Longest label before a request line's count ({@code Request:}, {@code Disputed item:}). */
    private static final int MAX_LABEL = 30;

    private DoseLexicon lexicon;
    /** The dose kind of each of the lexicon's patterns. */
    private List<DoseKind> kinds;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = DoseLexicon.get();
        kinds = lexicon.patterns().stream().map(p -> DoseKind.fromLabel(p.kind()).orElseThrow(
                () -> new IllegalStateException("dose-patterns.tsv: unknown kind " + p.kind()))).toList();
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
        Matchers matchers = new Matchers(lexicon, text);
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
                annotate(jcas, clean, text, sentence[0], sentence[1], meds.subList(first, next), matchers);
            }
        }
    }

    private void annotate(JCas jcas, CleanText clean, String text, int sentenceBegin, int sentenceEnd,
                          List<Med> meds, Matchers matchers) {
        markAliases(text, meds);
        for (Med med : meds) {
            med.claimedFrom = attachBefore(jcas, clean, text, sentenceBegin, med, matchers);
        }
        for (int i = 0; i < meds.size(); i++) {
            Med med = meds.get(i);
            if (med.alias) {
                continue;
            }
            int limit = sentenceEnd;
            for (int j = i + 1; j < meds.size(); j++) {
                if (!meds.get(j).alias || meds.get(j).head != med) {
                    limit = meds.get(j).claimedFrom;
                    break;
                }
            }
            attachAfter(jcas, clean, text, med, Math.min(limit, med.end + LOOK_AHEAD), matchers);
        }
    }

    /**
     * The longest dose expression starting exactly at {@code at} (a pattern rather than a bare number on a tie),
     * or null. Only the patterns whose matches can begin with the character at {@code at} are tried.
     */
    private Candidate longestAt(String text, int at, int limit, Matchers matchers) {
        char first = text.charAt(at);
        Candidate best = null;
        List<DosePattern> patterns = lexicon.patterns();
        for (int i = 0; i < patterns.size(); i++) {
            DosePattern p = patterns.get(i);
            if (!p.starts().canStart(first)) {
                continue;
            }
            Matcher m = matchers.pattern(i).region(at, limit);
            if (m.lookingAt() && m.end() > at) {
                best = better(text, best, new Candidate(kinds.get(i), at, m.end(), lexicon.value(p, m), null));
            }
        }
        if (lexicon.formStarts().canStart(first)) {
            Matcher form = matchers.form.region(at, limit);
            if (form.lookingAt()) {
                best = better(text, best, new Candidate(DoseKind.FORM, at, form.end(), lexicon.form(form.group()), null));
            }
        }
        if (lexicon.routeStarts().canStart(first)) {
            Matcher route = matchers.route.region(at, limit);
            if (route.lookingAt()) {
                best = better(text, best, new Candidate(DoseKind.ROUTE, at, route.end(), lexicon.route(route.group()), null));
            }
        }
        if (lexicon.strengthStarts().canStart(first)) {
            best = strengthAt(text, at, limit, matchers, best);
        }
        return best;
    }

    private Candidate strengthAt(String text, int at, int limit, Matchers matchers, Candidate best) {
        Matcher strength = matchers.strength.region(at, limit);
        if (!strength.lookingAt()) {
            return best;
        }
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
        return better(text, best, new Candidate(DoseKind.STRENGTH, at, end, value, unit));
    }

    /** The longer of two candidates (the one found first on a tie), ignoring one that ends inside a word. */
    private static Candidate better(String text, Candidate best, Candidate c) {
        boolean endsInWord = c.end() < text.length() && Character.isLetterOrDigit(text.charAt(c.end()))
                && Character.isLetterOrDigit(text.charAt(c.end() - 1));
        if (endsInWord || best != null && best.end() >= c.end()) {
            return best;
        }
        return c;
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
    private int attachBefore(JCas jcas, CleanText clean, String text, int sentenceBegin, Med med, Matchers matchers) {
        int j = med.begin;
        while (j > sentenceBegin && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (j == med.begin) {
            return med.begin;
        }
        if (lexicon.canEndRoute(text.charAt(j - 1))) {
            Matcher route = matchers.route.region(Math.max(sentenceBegin, j - 20), j);
            while (route.find()) {
                if (route.end() == j && (route.start() == 0 || !Character.isLetterOrDigit(text.charAt(route.start() - 1)))) {
                    attach(jcas, clean, med, DoseKind.ROUTE, route.start(), j, lexicon.route(route.group()), null);
                    return route.start();
                }
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

    /** The doses after the name, while only gap words, spaces, commas and hyphens stand between them. */
    private void attachAfter(JCas jcas, CleanText clean, String text, Med med, int limit, Matchers matchers) {
        int pos = med.dosesFrom > 0 ? med.dosesFrom : med.end;
        boolean adjacent = true;
        boolean blank = true;
        int q = pos;
        while (q < limit && q - pos <= MAX_GAP) {
            char c = text.charAt(q);
            if (c == ' ' || c == ',' || c == '-') {
                blank &= c == ' ';
                q++;
                continue;
            }
            Candidate candidate = c == '\n' ? null : longestAt(text, q, limit, matchers);
            if (candidate != null) {
                if (!acceptable(text, candidate, blank, adjacent)) {
                    return;
                }
                attach(jcas, clean, med, candidate.kind(), candidate.begin(), candidate.end(), candidate.value(),
                        candidate.unit());
                pos = candidate.end();
                q = pos;
                adjacent = false;
                blank = true;
                continue;
            }
            int e = q;
            while (e < limit && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == q || e < text.length() && Character.isDigit(text.charAt(e))
                    || !lexicon.isGapWord(text.substring(q, e))) {
                return;
            }
            blank = false;
            q = e;
        }
    }

    /** A percentage needs nothing but spaces before it; a number without unit must follow the name directly. */
    private static boolean acceptable(String text, Candidate c, boolean blank, boolean adjacent) {
        if (c.kind() != DoseKind.STRENGTH) {
            return true;
        }
        if ("%".equals(c.unit())) {
            return blank;
        }
        return c.unit() != null || blank && adjacent && (c.value().contains("/") || endsItem(text, c.end()));
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
        int claimedFrom;

        Med(Medication annotation, int begin, int end) {
            this.annotation = annotation;
            this.begin = begin;
            this.end = end;
        }
    }

    private record Candidate(DoseKind kind, int begin, int end, String value, String unit) {
    }

    /** One matcher per dose pattern over one document's clean text, with transparent region bounds, made when first needed. */
    private static final class Matchers {
        final Matcher strength;
        final Matcher form;
        final Matcher route;
        private final List<DosePattern> patterns;
        private final Matcher[] matchers;
        private final String text;

        Matchers(DoseLexicon lexicon, String text) {
            this.text = text;
            strength = transparent(lexicon.strength().matcher(text));
            form = transparent(lexicon.form().matcher(text));
            route = transparent(lexicon.route().matcher(text));
            patterns = lexicon.patterns();
            matchers = new Matcher[patterns.size()];
        }

        Matcher pattern(int i) {
            if (matchers[i] == null) {
                matchers[i] = transparent(patterns.get(i).pattern().matcher(text));
            }
            return matchers[i];
        }

        private static Matcher transparent(Matcher m) {
            return m.useTransparentBounds(true).useAnchoringBounds(false);
        }
    }
}
