package org.imrnlp.annotators.medication;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.DoseKind;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.core.cas.DoseModifiers;
import org.imrnlp.models.drugs.DoseLexicon;
import org.imrnlp.models.drugs.DoseLexicon.DosePattern;
import org.imrnlp.type.MedicationAnnotation;

/**
 * Finds the dosing text of each {@link MedicationAnnotation} and attaches it with
 * {@link DoseModifiers#attach}: strength, amount, frequency, route, form, duration, quantity and
 * refills. Doses after a name belong to it while only dose words, the gap words of
 * {@code dose-gap-words.txt}, commas, hyphens, colons and parentheses stand between them, up to the next
 * medication and never across a sentence; a bare count ending a flattened table row is its quantity. Before a name: a route word ({@code intrathecal Clonidine}), or a
 * count, which is the quantity at the start of a request line or after a label
 * ({@code 60 TIZANIDINE HCL 2MG}, {@code Request: 60 Norco}) and otherwise the amount
 * ({@code two Norco a day}). A number without unit is a strength only right after the name
 * ({@code Klonopin .5 #30}, {@code Norco 10/325}); a percentage only with nothing but spaces before it. {@code Zanaflex (Tizanidine) 6mg} gives the
 * doses to the first name.
 */
@ResourceMetaData(name = "IMR-NLP doses")
@TypeCapability(inputs = {"org.imrnlp.type.OffsetMap", "org.imrnlp.type.MedicationAnnotation",
        "org.apache.ctakes.typesystem.type.textspan.Sentence"},
        outputs = {"org.apache.ctakes.typesystem.type.textsem.MedicationStrengthModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationDosageModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationFrequencyModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationRouteModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationFormModifier",
                "org.apache.ctakes.typesystem.type.textsem.MedicationDurationModifier",
                "org.imrnlp.type.QuantityModifier", "org.imrnlp.type.RefillsModifier"})
public class DoseAnnotator extends RulePackAnnotator {

    /** Longest run of gap text between a medication (or its last dose) and its next dose. */
    private static final int MAX_GAP = 40;
    /** How far after a medication its doses are searched. */
    private static final int LOOK_AHEAD = 200;
    /** How many words of a PRN indication ({@code prn muscle spasm}) may stand before the next dose. */
    private static final int MAX_INDICATION_WORDS = 3;
    /**
     * Units of a product's volume or weight: a volume, or a weight after a first dose, is the amount
     * applied or injected ({@code Kenalog-40 1 ml}, {@code lidocaine 1% 2 cc}, {@code Lovenox 40 mg in 0.4 ml}),
     * or, when large after a form word or {@code in}, the quantity dispensed ({@code Terocin lotion 120 ml},
     * {@code ... 0.2% in 240 g}).
     */
    private static final Set<String> PRODUCT_UNITS = Set.of("ml", "g");
    /** Smallest volume (ml) or weight (g) read as the size dispensed rather than one application ({@code apply 4 g}). */
    private static final double MIN_DISPENSED_SIZE = 15;
    /** Smallest volume or weight written as a product's first dose read as its size dispensed ({@code Fluriflex 180 gm}). */
    private static final double MIN_PRODUCT_SIZE = 60;
    /**
     * The unit of a strength whose parts carry different units, each written in its value
     * ({@code 600 mg/400 units}); attached as no unit.
     */
    private static final String UNITS_IN_VALUE = "";
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A list of slash-joined percentages ({@code 20%/10%/4%}). */
    private static final Pattern PERCENT_LIST = Pattern.compile("\\d*\\.?\\d+ ?%(?: ?/ ?\\d*\\.?\\d+ ?%)+");
    /** One percentage of a list, its number as group 1. */
    private static final Pattern PERCENT = Pattern.compile("(\\d*\\.?\\d+) ?%");
    /** What joins two parts of a multi-ingredient strength ({@code /}, {@code -}, {@code - } after a lost line break). */
    private static final Pattern PART_SEPARATOR = Pattern.compile(" ?/ ?|- ?(?=\\d)");
    /** Longest written unit of a strength before {@code of} ({@code 2 cc of lidocaine}). */
    private static final int MAX_UNIT = 12;
    /** Longest supply phrase before {@code of} and the name ({@code one month supply}). */
    private static final int MAX_SUPPLY = 25;
    /** Longest label before a request line's count ({@code Request:}, {@code Disputed item:}). */
    private static final int MAX_LABEL = 30;

    private DoseLexicon lexicon;
    /** Kind of the patterns of text passed over without a dose ({@code maximum 4 per day}). */
    private static final String SKIP = "skip";

    /** The dose kind of each of the lexicon's patterns; null for a {@value #SKIP} pattern. */
    private List<DoseKind> kinds;
    /** The group of a pattern that holds the dose's text when the rest of the match is context. */
    private static final String SPAN = "span";
    /** Whether each of the lexicon's patterns has a {@value #SPAN} group. */
    private boolean[] spanGroup;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = DoseLexicon.get(rulePack());
        kinds = lexicon.patterns().stream().map(p -> SKIP.equals(p.kind()) ? null
                : DoseKind.fromLabel(p.kind()).orElseThrow(
                        () -> new IllegalStateException("dose-patterns.tsv: unknown kind " + p.kind()))).toList();
        spanGroup = new boolean[lexicon.patterns().size()];
        for (int i = 0; i < spanGroup.length; i++) {
            spanGroup[i] = lexicon.patterns().get(i).pattern().pattern().contains("(?<" + SPAN + ">");
        }
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Med> meds = new ArrayList<>();
        for (MedicationAnnotation m : JCasUtil.select(jcas, MedicationAnnotation.class)) {
            meds.add(new Med(m, m.getBegin(), m.getEnd()));
        }
        if (meds.isEmpty()) {
            return;
        }
        List<int[]> sentences = new ArrayList<>();
        for (Sentence s : JCasUtil.select(jcas, Sentence.class)) {
            sentences.add(new int[] {s.getBegin(), s.getEnd()});
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
                int nextBegin = next < meds.size() ? meds.get(next).begin : text.length();
                annotate(jcas, text, sentence[0], sentence[1], sigBlockEnd(text, sentence[1], nextBegin),
                        meds.subList(first, next), matchers);
            }
        }
    }

    /**
     * Where the lines labelled {@code Sig:}, {@code Qty:}, {@code Refills:} ... that follow a medication's
     * sentence end ({@code sentenceEnd} if none), never beyond the next medication at {@code nextBegin}.
     */
    private int sigBlockEnd(String text, int sentenceEnd, int nextBegin) {
        int end = sentenceEnd;
        while (true) {
            int p = end;
            while (p < nextBegin && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            int e = p;
            while (e < nextBegin && Character.isLetter(text.charAt(e))) {
                e++;
            }
            int colon = skipSpaces(text, e);
            if (e == p || colon >= nextBegin || text.charAt(colon) != ':' || !lexicon.isSigLabel(text.substring(p, e))) {
                return end;
            }
            int lineEnd = text.indexOf('\n', colon);
            end = lineEnd < 0 || lineEnd > nextBegin ? nextBegin : lineEnd;
        }
    }

    private void annotate(JCas jcas, String text, int sentenceBegin, int sentenceEnd, int blockEnd,
                          List<Med> meds, Matchers matchers) {
        markAliases(text, meds);
        int previousEnd = -1;
        for (Med med : meds) {
            med.claimedFrom = attachBefore(jcas, text, sentenceBegin, previousEnd, med, matchers);
            previousEnd = med.end;
        }
        int chainStart = 0;
        for (int i = 1; i < meds.size(); i++) {
            if (!slashJoined(text, meds.get(i - 1), meds.get(i))) {
                chainStart = i;
            } else if (i + 1 == meds.size() || !slashJoined(text, meds.get(i), meds.get(i + 1))) {
                sharePercentages(jcas, text, meds.subList(chainStart, i + 1), sentenceEnd);
            }
        }
        for (int i = 0; i < meds.size(); i++) {
            Med med = meds.get(i);
            if (med.alias) {
                continue;
            }
            int limit = blockEnd;
            for (int j = i + 1; j < meds.size(); j++) {
                if (!meds.get(j).alias || meds.get(j).head != med) {
                    limit = meds.get(j).claimedFrom;
                    break;
                }
            }
            int lookAhead = med.end + (limit > sentenceEnd ? LOOK_AHEAD + (blockEnd - sentenceEnd) : LOOK_AHEAD);
            attachAfter(jcas, text, med, Math.min(limit, lookAhead), sentenceEnd, matchers);
        }
    }

    /**
     * The longest dose expression starting exactly at {@code at} (a pattern rather than a bare number on a tie),
     * or null. Only the patterns whose matches can begin with the character at {@code at} are tried.
     */
    private Candidate longestAt(String text, int at, int limit, Matchers matchers, Med med) {
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
                int begin = spanGroup[i] ? m.start(SPAN) : at;
                int end = spanGroup[i] ? m.end(SPAN) : m.end();
                best = better(text, best, new Candidate(kinds.get(i), begin, end, lexicon.value(p, m), null));
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
            best = strengthAt(text, at, limit, matchers, med, best);
        }
        return best;
    }

    /**
     * A strength at {@code at}: {@code 10/325 mg} is a combination; {@code 7.5-325 mg} too for a
     * combination product, while {@code 5-10 mg} of a single ingredient is a range ({@code 5-10}, {@code mg}).
     */
    private Candidate strengthAt(String text, int at, int limit, Matchers matchers, Med med, Candidate best) {
        Matcher strength = matchers.strength.region(at, limit);
        if (!strength.lookingAt()) {
            return best;
        }
        String first = number(strength.group(1));
        String unit = lexicon.unit(strength.group(2));
        String value = first;
        if (strength.group(3) != null) {
            String second = number(strength.group(3));
            String secondUnit = lexicon.unit(strength.group(4));
            boolean range = text.charAt(strength.start(3) - 1) == '-' && !med.combination();
            if (!range && unit != null && secondUnit != null && !unit.equals(secondUnit)) {
                value = withUnit(first, unit) + "/" + withUnit(second, secondUnit);
                unit = UNITS_IN_VALUE;
            } else {
                value = first + (range ? "-" : "/") + second;
                unit = unit != null ? unit : secondUnit;
            }
        }
        int end = strength.group(4) != null ? strength.end(4)
                : strength.group(3) != null ? strength.end(3) : unit != null ? strength.end(2) : strength.end(1);
        Candidate c = new Candidate(DoseKind.STRENGTH, at, end, value, unit);
        if (strength.group(3) != null && strength.group(2) == null && strength.group(4) == null && med.combination()) {
            Candidate more = moreParts(text, c, limit, matchers);
            c = more != null ? more : c;
        }
        return better(text, best, c);
    }

    /**
     * The strength of a product of three or more ingredients, parts joined by slashes or hyphens and
     * the unit after the last ({@code 320.5/30/16mg}, {@code 50-300-40-30 mg}; a space after a hyphen
     * lost to a line break too: {@code 320.5-30- 16mg}), extending the first two bare parts in
     * {@code c}; or null when no further part with a unit follows.
     */
    private Candidate moreParts(String text, Candidate c, int limit, Matchers matchers) {
        StringBuilder value = new StringBuilder(c.value());
        int p = c.end();
        while (true) {
            Matcher sep = PART_SEPARATOR.matcher(text).region(p, limit);
            if (!sep.lookingAt()) {
                return null;
            }
            Matcher part = matchers.strength.region(sep.end(), limit);
            if (!part.lookingAt()) {
                return null;
            }
            value.append('/').append(number(part.group(1)));
            if (part.group(2) != null) {
                return new Candidate(DoseKind.STRENGTH, c.begin(), part.end(2), value.toString(), lexicon.unit(part.group(2)));
            }
            p = part.end(1);
        }
    }

    /** A number with its unit as written in a strength of parts with different units ({@code 600 mg}, {@code 2.5%}). */
    private static String withUnit(String number, String unit) {
        return "%".equals(unit) ? number + unit : number + " " + unit;
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

    /**
     * A route word, a percentage ({@code 1% lidocaine}), a strength with its unit followed by
     * {@code of} ({@code 1 cc of Marcaine}, an amount for a volume), or a count right before the name;
     * returns where the claimed text starts.
     */
    private int attachBefore(JCas jcas, String text, int sentenceBegin, int previousEnd, Med med,
                             Matchers matchers) {
        int j = med.begin;
        while (j > sentenceBegin && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (j == med.begin) {
            return med.begin;
        }
        int percent = percentBefore(text, sentenceBegin, j, med, matchers);
        if (percent >= 0 && previousEnd >= 0 && previousEnd <= percent
                && text.substring(previousEnd, percent).isBlank()) {
            percent = -1;
        }
        if (percent >= 0) {
            Candidate c = strengthAt(text, percent, j, matchers, med, null);
            attach(jcas, med, DoseKind.STRENGTH, percent, j, c.value(), c.unit());
            j = percent;
            while (j > sentenceBegin && text.charAt(j - 1) == ' ') {
                j--;
            }
        }
        int of = strengthOf(jcas, text, sentenceBegin, j, med, matchers);
        if (of < 0) {
            of = supplyOf(jcas, text, sentenceBegin, j, med, matchers);
        }
        if (of >= 0) {
            return of;
        }
        if (percent >= 0) {
            return percent;
        }
        if (lexicon.canEndRoute(text.charAt(j - 1))) {
            Matcher route = matchers.route.region(Math.max(sentenceBegin, j - 20), j);
            while (route.find()) {
                if (route.end() == j && (route.start() == 0 || !Character.isLetterOrDigit(text.charAt(route.start() - 1)))) {
                    attach(jcas, med, DoseKind.ROUTE, route.start(), j, lexicon.route(route.group()), null);
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
        boolean originalLineStart = CleanTextView.startsOriginalLine(jcas, k);
        if (!originalLineStart && endsDoses(text, Math.max(sentenceBegin, previousEnd), k, matchers, med)) {
            return med.begin;
        }
        int lineStart = k;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String label = text.substring(lineStart, k).strip();
        boolean requestLine = originalLineStart || label.isEmpty()
                || label.endsWith(":") && label.length() <= MAX_LABEL && label.indexOf('.') < 0;
        attach(jcas, med, requestLine ? DoseKind.QUANTITY : DoseKind.AMOUNT, k, j, value, null);
        return k;
    }

    /**
     * Whether the word before a count at {@code k} is a dose of the medication before
     * ({@code Tramadol 50 mg 1 PO daily 30 Cyclobenzaprine ...}, a flattened table row): then the count
     * ends that row and is no amount of the next name.
     */
    private boolean endsDoses(String text, int from, int k, Matchers matchers, Med med) {
        int e = k;
        while (e > from && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > from && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b == e) {
            return false;
        }
        Candidate c = longestAt(text, b, e, matchers, med);
        return c != null && c.end() == e;
    }

    /**
     * Where a percentage ending at {@code j} begins ({@code 3 cc of 1% lidocaine}), or -1. The caller
     * leaves one that directly follows another name to that name ({@code Lidocaine 5% Gabapentin 6%}).
     */
    private int percentBefore(String text, int sentenceBegin, int j, Med med, Matchers matchers) {
        if (text.charAt(j - 1) != '%') {
            return -1;
        }
        int b = j - 1;
        while (b > sentenceBegin && (Character.isDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        if (b == j - 1 || !startsWord(text, sentenceBegin, b)) {
            return -1;
        }
        Candidate c = strengthAt(text, b, j, matchers, med, null);
        return c != null && c.end() == j && "%".equals(c.unit()) ? b : -1;
    }

    /**
     * Attaches a duration that {@code of} before {@code j} follows ({@code one month supply of},
     * {@code 14-day supply of}) and returns its begin; or -1.
     */
    private int supplyOf(JCas jcas, String text, int sentenceBegin, int j, Med med, Matchers matchers) {
        if (j - 3 < sentenceBegin || !text.regionMatches(true, j - 2, "of", 0, 2) || text.charAt(j - 3) != ' ') {
            return -1;
        }
        int e = j - 3;
        while (e > sentenceBegin && text.charAt(e - 1) == ' ') {
            e--;
        }
        for (int b = Math.max(sentenceBegin, e - MAX_SUPPLY); b < e; b++) {
            if (!startsWord(text, sentenceBegin, b) || !Character.isLetterOrDigit(text.charAt(b))) {
                continue;
            }
            Candidate c = longestAt(text, b, e, matchers, med);
            if (c != null && c.kind() == DoseKind.DURATION && c.end() == e) {
                attach(jcas, med, DoseKind.DURATION, b, e, c.value(), null);
                return b;
            }
        }
        return -1;
    }

    /** Attaches a strength with its unit that {@code of} before {@code j} follows, and returns its begin; or -1. */
    private int strengthOf(JCas jcas, String text, int sentenceBegin, int j, Med med,
                           Matchers matchers) {
        if (j - 3 < sentenceBegin || !text.regionMatches(true, j - 2, "of", 0, 2) || text.charAt(j - 3) != ' ') {
            return -1;
        }
        int e = j - 3;
        while (e > sentenceBegin && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > sentenceBegin && e - b < MAX_UNIT && !Character.isDigit(text.charAt(b - 1))
                && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > sentenceBegin && text.charAt(b - 1) == ' ') {
            b--;
        }
        int digits = b;
        while (b > sentenceBegin && (Character.isDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        if (b == digits || !startsWord(text, sentenceBegin, b)) {
            return -1;
        }
        Candidate c = strengthAt(text, b, e, matchers, med, null);
        if (c == null || c.end() != e || c.unit() == null) {
            return -1;
        }
        if ("ml".equals(c.unit())) {
            attach(jcas, med, DoseKind.AMOUNT, b, e, c.value(), "ml");
        } else {
            attach(jcas, med, DoseKind.STRENGTH, b, e, c.value(), c.unit());
        }
        return b;
    }

    /**
     * The doses after the name, while only gap words, spaces, commas, hyphens and colons stand between
     * them; after {@code PRN} also up to {@value #MAX_INDICATION_WORDS} words of its indication
     * ({@code prn muscle spasm, #90}), and after {@code for} as many words of the purpose when only the
     * quantity follows them ({@code 50 mg at bedtime for sleep, #30}).
     */
    private void attachAfter(JCas jcas, String text, Med med, int limit, int sentenceEnd,
                             Matchers matchers) {
        int pos = med.dosesFrom > 0 ? med.dosesFrom : med.end;
        boolean adjacent = true;
        boolean blank = true;
        int indication = 0;
        boolean afterFor = false;
        boolean purpose = false;
        DoseKind last = null;
        String lastUnit = null;
        boolean form = false;
        boolean in = false;
        int q = pos;
        while (q < limit && q - pos <= MAX_GAP) {
            char c = text.charAt(q);
            if (c == ' ' || c == ',' || c == '-' || c == ':' || c == '(' || c == ')' || q >= sentenceEnd
                    && Character.isWhitespace(c)) {
                blank &= c == ' ';
                if (c != ' ') {
                    indication = 0;
                }
                q++;
                continue;
            }
            int added = c == '+' && last == DoseKind.STRENGTH ? addedVitaminEnd(text, q, limit) : -1;
            if (added > 0) {
                q = added;
                continue;
            }
            Candidate candidate = c == '\n' ? null : longestAt(text, q, limit, matchers, med);
            if (candidate != null) {
                if (purpose && candidate.kind() != DoseKind.QUANTITY) {
                    return;
                }
                Matcher list = foreignStrengths(text, candidate, limit, med)
                        ? PERCENT_LIST.matcher(text).region(candidate.begin(), limit) : null;
                if (list != null && list.lookingAt()) {
                    last = DoseKind.STRENGTH;
                    lastUnit = "%";
                    pos = list.end();
                    q = pos;
                    adjacent = false;
                    blank = true;
                    continue;
                }
                if (list != null || !acceptable(text, candidate, blank, adjacent)) {
                    if (last != null && blank && trailingCount(text, candidate, limit)) {
                        attach(jcas, med, DoseKind.QUANTITY, candidate.begin(), candidate.end(),
                                candidate.value(), null);
                    }
                    return;
                }
                if (candidate.kind() == null) {
                    pos = candidate.end();
                    q = pos;
                    adjacent = false;
                    blank = true;
                    indication = 0;
                    continue;
                }
                DoseKind kind = candidate.kind();
                String unit = candidate.unit();
                if (kind == DoseKind.STRENGTH && unit != null && PRODUCT_UNITS.contains(unit)
                        && (last != null || "ml".equals(unit))) {
                    boolean dispensed = last == DoseKind.FORM && blank
                            || (in || form || "%".equals(lastUnit) && "g".equals(unit)) && dispensedSize(candidate, MIN_DISPENSED_SIZE);
                    kind = dispensed ? DoseKind.QUANTITY : DoseKind.AMOUNT;
                } else if (kind == DoseKind.STRENGTH && unit != null && PRODUCT_UNITS.contains(unit)
                        && dispensedSize(candidate, MIN_PRODUCT_SIZE)) {
                    kind = DoseKind.QUANTITY;
                }
                attach(jcas, med, kind, candidate.begin(), candidate.end(), candidate.value(), unit);
                last = kind;
                lastUnit = unit;
                form |= kind == DoseKind.FORM;
                in &= kind == DoseKind.FORM;
                pos = candidate.end();
                q = pos;
                adjacent = false;
                blank = true;
                indication = "PRN".equals(candidate.value()) ? MAX_INDICATION_WORDS : 0;
                afterFor = false;
                purpose = false;
                continue;
            }
            int e = q;
            while (e < limit && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == q || e < text.length() && Character.isDigit(text.charAt(e))) {
                return;
            }
            String word = text.substring(q, e);
            in |= "in".equalsIgnoreCase(word);
            if ("for".equalsIgnoreCase(word) && last != null && indication == 0) {
                indication = MAX_INDICATION_WORDS;
                afterFor = true;
            } else if (!lexicon.isGapWord(word)) {
                if (indication == 0) {
                    return;
                }
                indication--;
                purpose |= afterFor;
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

    /**
     * Gives each name of a slash-joined compound ({@code Flurbiprofen/Cyclobenzaprine/Menthol cream (20%/10%/4%)})
     * its own percentage from the list written after the last name, in order, when the list has exactly one
     * percentage per ingredient (a combination product takes as many as it has ingredients: {@code 20/10} with unit {@code %}).
     */
    private static void sharePercentages(JCas jcas, String text, List<Med> chain, int sentenceEnd) {
        int from = chain.get(chain.size() - 1).end;
        Matcher list = PERCENT_LIST.matcher(text).region(from, Math.min(sentenceEnd, from + MAX_GAP));
        if (!list.find()) {
            return;
        }
        List<int[]> pieces = new ArrayList<>();
        Matcher piece = PERCENT.matcher(text).region(list.start(), list.end());
        while (piece.find()) {
            pieces.add(new int[] {piece.start(), piece.end(), piece.start(1), piece.end(1)});
        }
        int ingredients = 0;
        for (Med med : chain) {
            ingredients += ingredients(med);
        }
        if (ingredients != pieces.size()) {
            return;
        }
        int next = 0;
        for (Med med : chain) {
            int n = ingredients(med);
            StringBuilder value = new StringBuilder();
            for (int k = next; k < next + n; k++) {
                value.append(k > next ? "/" : "").append(number(text.substring(pieces.get(k)[2], pieces.get(k)[3])));
            }
            attach(jcas, med, DoseKind.STRENGTH, pieces.get(next)[0], pieces.get(next + n - 1)[1], value.toString(), "%");
            next += n;
        }
    }

    /** Whether only a slash (and spaces) stands between two names ({@code Menthol/Camphor}). */
    private static boolean slashJoined(String text, Med a, Med b) {
        return b.begin - a.end <= 3 && b.begin > a.end && "/".equals(text.substring(a.end, b.begin).strip());
    }

    private static int ingredients(Med med) {
        String normalized = med.annotation.getNormalized();
        return normalized == null ? 1 : normalized.split("/").length;
    }

    /**
     * Whether a strength of several slash-joined numbers belongs to a compound's list of ingredients
     * rather than to {@code med}: percentages for a single ingredient ({@code Menthol cream (20%/10%/4%)} after
     * {@code Flurbiprofen/Cyclobenzaprine/}), or a list longer than the two numbers read
     * ({@code 20%/10%/4%}). No strength is then better than a wrong one; a percentage list is passed over
     * (its shares are given by {@link #sharePercentages}), so that a dispensed weight after it still counts.
     */
    private static boolean foreignStrengths(String text, Candidate c, int limit, Med med) {
        if (c.kind() != DoseKind.STRENGTH || c.value().indexOf('/') < 0) {
            return false;
        }
        int p = c.end();
        boolean longer = p + 1 < limit && text.charAt(p) == '/' && Character.isDigit(text.charAt(p + 1));
        return longer || c.unit() != null && c.unit().startsWith("%") && !med.combination();
    }

    /**
     * Whether a whole number without unit after the doses ends the item at a line break or where the
     * next medication's text begins: the count of a flattened table's quantity column
     * ({@code Norco 10/325 mg Q6H PRN 120}).
     */
    private static boolean trailingCount(String text, Candidate c, int limit) {
        if (c.unit() != null || !c.value().chars().allMatch(Character::isDigit) || "0".equals(c.value())) {
            return false;
        }
        int p = skipSpaces(text, c.end());
        return p >= limit || text.charAt(p) == '\n';
    }

    /**
     * Whether a volume or weight after a form word or a compound's percentage is big enough to be the
     * size dispensed ({@code Terocin lotion apply bid 120 ml}, {@code Camphor 2%, 180gm}), not one application.
     */
    private static boolean dispensedSize(Candidate c, double min) {
        return DECIMAL.matcher(c.value()).matches() && Double.parseDouble(c.value()) >= min;
    }

    /**
     * Whether a number without unit ends the item ({@code Klonopin .5 #30}, {@code Norco 10/325:}) or is
     * followed by the added vitamin of the product's name ({@code Os-Cal 500 + D}).
     */
    private static boolean endsItem(String text, int end) {
        int p = skipSpaces(text, end);
        return p >= text.length() || "#:,;)\n".indexOf(text.charAt(p)) >= 0
                || text.charAt(p) == '+' && addedVitaminEnd(text, p, text.length()) > 0;
    }

    /**
     * The end of {@code + D} or {@code +D3} at {@code plus}, the vitamin named after the strength of a
     * calcium product ({@code Os-Cal 500 + D}, {@code Caltrate 600+D3}); or -1.
     */
    private static int addedVitaminEnd(String text, int plus, int limit) {
        int p = skipSpaces(text, plus + 1);
        if (p >= limit || Character.toUpperCase(text.charAt(p)) != 'D') {
            return -1;
        }
        int e = p + 1;
        if (e < limit && text.charAt(e) == '3') {
            e++;
        }
        return e < limit && Character.isLetterOrDigit(text.charAt(e)) ? -1 : e;
    }

    /** Whether {@code b} is the sentence start or follows white space or an opening parenthesis. */
    private static boolean startsWord(String text, int sentenceBegin, int b) {
        return b == sentenceBegin || Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '(';
    }

    private static int skipSpaces(String text, int i) {
        int p = i;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    private static String number(String written) {
        String digits = written.replace(",", "");
        return digits.startsWith(".") ? "0" + digits : digits;
    }

    private static void attach(JCas jcas, Med med, DoseKind kind, int begin, int end, String value,
                               String unit) {
        DoseModifiers.attach(jcas, med.annotation, kind, begin, end, value, UNITS_IN_VALUE.equals(unit) ? null : unit);
    }

    private static final class Med {
        final MedicationAnnotation annotation;
        final int begin;
        final int end;
        boolean alias;
        Med head;
        int dosesFrom;
        int claimedFrom;

        Med(MedicationAnnotation annotation, int begin, int end) {
            this.annotation = annotation;
            this.begin = begin;
            this.end = end;
        }

        /** Whether the medication is a combination product ({@code hydrocodone/acetaminophen}). */
        boolean combination() {
            String normalized = annotation.getNormalized();
            return normalized != null && normalized.indexOf('/') >= 0;
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
