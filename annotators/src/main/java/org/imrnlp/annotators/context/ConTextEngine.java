package org.imrnlp.annotators.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.imrnlp.annotators.context.ContextRule.Category;
import org.imrnlp.annotators.context.ContextRule.Direction;
import org.imrnlp.annotators.context.ContextRule.Kind;
import org.imrnlp.core.Assertion;
import org.imrnlp.models.PhraseMatcher.Match;
import org.imrnlp.models.ResourceFiles;

/**
 * A ConText-style assertion engine (after Chapman et al.'s NegEx and ConText): trigger phrases
 * with a category and a direction, pseudo-triggers that hide trigger words ({@code no increase},
 * {@code not medically necessary}), and terminators that end a scope ({@code but},
 * {@code which}, {@code ;}). A trigger's scope also ends at a sentence end inside the text and
 * after {@link #maxWindow()} words. Pure Java, immutable and thread-safe.
 *
 * <p>At each word start the longest phrase of the rules is a candidate; for each target, the
 * candidates that overlap it are ignored, except a terminator that begins before it ({@code on EMG}
 * ends a scope before the EMG); a pseudo-trigger hides every candidate it overlaps except a trigger
 * that contains it whole; a backward trigger that a forward one starting inside it overlaps is
 * dropped ({@code were negative for}); the remaining candidates are taken longest first (on a tie,
 * a forward trigger first: in {@code was negative for} the cue is {@code negative for}).
 *
 * <p>A scope (but a hypothetical's) also ends at a comma followed by a new clause ({@code Without
 * evidence of spasm, Flexeril is not indicated}): see {@link ContextRules#isClauseVerb}.
 */
public final class ConTextEngine {

    /** The rules file of the {@code models} module. */
    public static final String RULES = "context-triggers.tsv";
    /** The finite verbs that mark a new clause after a comma, in the {@code models} module. */
    public static final String CLAUSE_VERBS = "context-clause-verbs.txt";
    /** The exam results that make a coordinated clause one of its own, in the {@code models} module. */
    public static final String OWN_RESULTS = "context-own-results.txt";
    /** The exam results that, first after a comma, end a negation's scope, in the {@code models} module. */
    public static final String NEW_RESULTS = "context-new-results.txt";
    /** Default scope length in words. */
    public static final int DEFAULT_MAX_WINDOW = 12;

    private static final Comparator<Match<ContextRule>> LONGEST_FIRST = (a, b) -> {
        int longer = Integer.compare(b.end() - b.begin(), a.end() - a.begin());
        if (longer != 0) {
            return longer;
        }
        int forward = Boolean.compare(a.value().direction() != Direction.FORWARD,
                b.value().direction() != Direction.FORWARD);
        return forward != 0 ? forward : Integer.compare(a.begin(), b.begin());
    };

    private static final Pattern LIST_SEPARATORS = Pattern.compile("(?i)(?:[\\s,/]|\\band\\b|\\bor\\b)*");

    private final ContextRules rules;
    private final int maxWindow;

    /** An engine with the given rules and scope length in words (at least 1). */
    public ConTextEngine(ContextRules rules, int maxWindow) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (maxWindow < 1) {
            throw new IllegalArgumentException("maxWindow must be at least 1, not " + maxWindow);
        }
        this.maxWindow = maxWindow;
    }

    /** The engine with the project's rules and the default window. */
    public static ConTextEngine standard() {
        return new ConTextEngine(standardRules(), DEFAULT_MAX_WINDOW);
    }

    /** The project's rules from {@value #RULES}, loaded once and shared. */
    public static ContextRules standardRules() {
        return ResourceFiles.cached(RULES, ContextRules.class,
                name -> ContextRules.of(ResourceFiles.table(name), ResourceFiles.lines(CLAUSE_VERBS),
                        ResourceFiles.lines(OWN_RESULTS), ResourceFiles.lines(NEW_RESULTS)));
    }

    /** The scope length in words. */
    public int maxWindow() {
        return maxWindow;
    }

    /** This engine with another scope length. */
    public ConTextEngine withMaxWindow(int words) {
        return new ConTextEngine(rules, words);
    }

    /** The context of one target {@code [begin, end)} of {@code sentence}. */
    public ContextResult assess(CharSequence sentence, int begin, int end, boolean guidelineSection) {
        return assess(sentence, List.of(new Span(begin, end)), guidelineSection).get(0);
    }

    /**
     * The context of each target of {@code sentence}, in the order given.
     *
     * @param guidelineSection the sentence is in a guideline section (a decision rationale), where
     *                         guideline phrasing ({@code is recommended}, {@code should be})
     *                         makes a statement generic
     */
    public List<ContextResult> assess(CharSequence sentence, List<Span> targets, boolean guidelineSection) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(targets, "targets");
        for (Span t : targets) {
            if (t.end() > sentence.length()) {
                throw new IllegalArgumentException("target " + t + " outside a text of length " + sentence.length());
            }
        }
        CharSequence text = withoutQuotes(sentence);
        List<Span> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparingInt(Span::begin));
        List<Match<ContextRule>> candidates = candidates(text);
        List<ContextResult> results = new ArrayList<>(targets.size());
        if (!hasTrigger(candidates)) {
            targets.forEach(t -> results.add(ContextResult.AFFIRMED));
            return results;
        }
        Selection shared = null;
        for (Span target : targets) {
            Selection selection;
            if (overlapsAny(candidates, target)) {
                List<Match<ContextRule>> outside = new ArrayList<>(candidates);
                outside.removeIf(m -> m.begin() < target.end() && target.begin() < m.end()
                        && !(m.value().kind() == Kind.TERMINATOR && m.begin() < target.begin()));
                selection = select(text, outside, ordered);
            } else {
                if (shared == null) {
                    shared = select(text, candidates, ordered);
                }
                selection = shared;
            }
            results.add(assess(text, target, selection, guidelineSection, ownClause(text, target)));
        }
        return results;
    }

    /**
     * The accepted phrases of a sentence in text order, with the scope bounds of its triggers; a
     * postposed trigger ({@code Fever: no}) reaches backward whatever its direction.
     */
    private record Selection(List<Match<ContextRule>> phrases, int[] forwardEnd, int[] backwardBegin,
                             boolean[] postposed) {
    }

    private Selection select(CharSequence sentence, List<Match<ContextRule>> candidates, List<Span> targets) {
        List<Match<ContextRule>> phrases = accept(candidates);
        int count = phrases.size();
        int[] forwardEnd = new int[count];
        int[] backwardBegin = new int[count];
        boolean[] postposed = new boolean[count];
        for (int i = 0; i < count; i++) {
            Match<ContextRule> m = phrases.get(i);
            if (m.value().kind() == Kind.TRIGGER) {
                boolean clauseBound = m.value().category() != Category.HYPOTHETICAL;
                int limit = forwardLimit(sentence, phrases, i);
                if (clauseBound) {
                    limit = clauseCommaAfter(sentence, m.end(), m.begin(), limit, isNegation(m.value().category()));
                }
                if (isNegation(m.value().category())) {
                    limit = coordinatedClauseAt(sentence, m.begin(), m.end(), limit);
                }
                forwardEnd[i] = throughList(sentence, m.end(), forwardEnd(sentence, m.end(), limit), limit, targets);
                int field = fieldColon(sentence, phrases, i, limit);
                postposed[i] = field >= 0;
                if (postposed[i]) {
                    forwardEnd[i] = m.end();
                }
                backwardBegin[i] = backwardBegin(sentence, phrases, postposed[i] ? field : i);
                if (clauseBound) {
                    boolean coordinated = isNegation(m.value().category());
                    backwardBegin[i] = clauseBoundaryBefore(sentence, backwardBegin[i], m.begin(), coordinated);
                }
                if (isNegation(m.value().category())) {
                    ownedBy(m, targets, forwardEnd, backwardBegin, i);
                }
            }
        }
        return new Selection(phrases, forwardEnd, backwardBegin, postposed);
    }

    /**
     * A negation cue inside a target ({@code targets} in text order) is that target's own result ({@code Negative Tinel's sign},
     * {@code absent at the ankles}): its scopes end at the target's bounds, so in {@code Negative
     * Tinel's sign at the wrist and positive Phalen's test} the Phalen's test is affirmed.
     */
    private static void ownedBy(Match<ContextRule> m, List<Span> targets, int[] forwardEnd, int[] backwardBegin,
                                int i) {
        for (Span t : targets) {
            if (t.begin() > m.begin()) {
                break;
            }
            if (m.end() <= t.end()) {
                forwardEnd[i] = Math.min(forwardEnd[i], t.end());
                backwardBegin[i] = Math.max(backwardBegin[i], t.begin());
            }
        }
    }

    private static boolean isNegation(Category category) {
        return category == Category.NEGATED || category == Category.RESULT;
    }

    /**
     * For a negation trigger that is the value of a field ({@code Fever: no}, {@code Clonus: absent},
     * {@code Edema: none.}): the index of the field's colon (the phrase right before the trigger),
     * when nothing but punctuation follows the trigger up to {@code limit} or the next comma;
     * else -1. Such a trigger negates the field's name, and nothing after it.
     */
    private static int fieldColon(CharSequence text, List<Match<ContextRule>> phrases, int i, int limit) {
        Match<ContextRule> m = phrases.get(i);
        if (i == 0 || !isNegation(m.value().category()) || m.value().direction() == Direction.SENTENCE) {
            return -1;
        }
        Match<ContextRule> colon = phrases.get(i - 1);
        if (colon.value().kind() != Kind.TERMINATOR || !isColon(colon) || !onlySpace(text, colon.end(), m.begin())) {
            return -1;
        }
        for (int k = m.end(); k < limit && text.charAt(k) != ','; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return -1;
            }
        }
        return i - 1;
    }

    private static boolean isColon(Match<ContextRule> m) {
        return m.end() - m.begin() == 1 && m.phrase().equals(":");
    }

    private static boolean onlySpace(CharSequence text, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a trigger's forward scope from {@code from} ends at a comma that closes the trigger's
     * phrase: the first comma before {@code limit} followed by a new clause (for a trigger that
     * starts the sentence at {@code begin}, a comma after at least one word), else {@code limit}. In {@code Without evidence of spasm, Flexeril is not indicated}
     * the scope ends at the comma; in {@code No spasm, tenderness or guarding was noted} and
     * {@code Previously, he was treated with physical therapy} it does not (see
     * {@link #newClauseAfter}). Not used for hypotheticals: {@code If symptoms persist, an MRI will
     * be ordered} makes the MRI hypothetical.
     */
    private int clauseCommaAfter(CharSequence text, int from, int begin, int limit, boolean negation) {
        boolean word = !startsSentence(text, begin);
        for (int k = from; k < limit; k++) {
            word |= Character.isLetterOrDigit(text.charAt(k));
            if (word && text.charAt(k) == ',' && (newClauseAfter(text, k + 1, limit)
                    || (negation && newResultAfter(text, k + 1, limit)))) {
                return k;
            }
        }
        return limit;
    }

    /**
     * Where a negation's forward scope from {@code from} ends at an {@code and} (or the comma right
     * before it) that joins a new clause: the clause of the trigger (from its sentence start at
     * {@code begin}) already has its verb before the {@code and}, and the words after it hold a
     * verb of their own ({@link #newClauseAfter}); else {@code limit}. In {@code There is no
     * documentation of spasm, and tizanidine was prescribed} the tizanidine is affirmed; in
     * {@code No spasm and guarding were noted} the verb is the whole list's, and both are negated.
     */
    private int coordinatedClauseAt(CharSequence text, int begin, int from, int limit) {
        boolean verb = false;
        int comma = -1;
        int k = sentenceStart(text, begin);
        while (k < limit) {
            char c = text.charAt(k);
            if (!Character.isLetter(c)) {
                if (c == ',') {
                    comma = k;
                } else if (!Character.isWhitespace(c)) {
                    comma = -1;
                }
                k++;
                continue;
            }
            int e = wordEnd(text, k, limit);
            if (k >= from && verb && is(text, k, e, "and") && newClauseAfter(text, e, limit)) {
                return comma >= 0 ? comma : k;
            }
            verb |= rules.isClauseVerb(text, k, e);
            comma = -1;
            k = e;
        }
        return limit;
    }

    /** The offset after the sentence end before {@code begin}, or 0. */
    private static int sentenceStart(CharSequence text, int begin) {
        for (int k = begin - 1; k >= 0; k--) {
            if (isSentenceEnd(text, k)) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the first word from {@code from} is an exam result that starts a finding of its own
     * ({@link ContextRules#isNewResult}: {@code full}, {@code normal}) or a grade ({@code 2+},
     * {@code 5/5}): in {@code no tenderness, full range of motion} the negation ends at the comma.
     */
    private boolean newResultAfter(CharSequence text, int from, int limit) {
        int k = from;
        while (k < limit && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= limit) {
            return false;
        }
        if (Character.isDigit(text.charAt(k))) {
            return isGrade(text, k, limit) || isFifths(text, k, limit);
        }
        return rules.isNewResult(text, k, wordEnd(text, k, limit));
    }

    /** Whether a strength grade such as {@code 5/5} or {@code 4+/5} starts at {@code begin}. */
    private static boolean isFifths(CharSequence text, int begin, int limit) {
        int k = begin + 1;
        if (k < limit && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
            k++;
        }
        return k + 1 < limit && text.charAt(k) == '/' && text.charAt(k + 1) == '5';
    }

    /**
     * Whether the words from {@code from} to the next comma or {@code limit} hold a clause verb
     * ({@code is}, {@code cannot}, ...) before any list or relative word ({@code and}, {@code or},
     * {@code nor}, {@code that}): a new clause, not the next item of a list.
     */
    private boolean newClauseAfter(CharSequence text, int from, int limit) {
        int k = from;
        while (k < limit && text.charAt(k) != ',') {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int e = wordEnd(text, k, limit);
            if (isListWord(text, k, e)) {
                return false;
            }
            if (rules.isClauseVerb(text, k, e)) {
                return true;
            }
            k = e;
        }
        return false;
    }

    /**
     * Where a trigger's backward scope begins after a clause of its own: after the comma (for a
     * negation, also the {@code and}, {@code or}, {@code but}) nearest {@code to} (from
     * {@code begin}) whose preceding stretch (from the boundary before it) holds a clause verb or,
     * for a negation, a result of its own ({@code trace}, {@code 2+}), else {@code begin}. In
     * {@code Although the patient has spasm, tenderness was not documented} the spasm is outside
     * the scope; in {@code Deep tendon reflexes are trace at the knees and absent at the ankles}
     * the reflexes at the knees are.
     */
    private int clauseBoundaryBefore(CharSequence text, int begin, int to, boolean coordinated) {
        int stretchEnd = to;
        int boundary = -1;
        boolean verb = false;
        int k = to - 1;
        while (k >= begin) {
            char c = text.charAt(k);
            if (c == ',') {
                if (verb && boundary >= 0) {
                    return boundary;
                }
                boundary = k + 1;
                verb = false;
                k--;
                continue;
            }
            if ((boundary < 0 && !coordinated) || !Character.isLetterOrDigit(c)
                    || (k > begin && Character.isLetterOrDigit(text.charAt(k - 1)))) {
                k--;
                continue;
            }
            int e = wordEnd(text, k, stretchEnd);
            if (coordinated && isCoordinator(text, k, e)) {
                if (verb && boundary >= 0) {
                    return boundary;
                }
                boundary = e;
                verb = false;
            } else if (boundary >= 0 && (rules.isClauseVerb(text, k, e)
                    || (coordinated && (rules.isOwnResult(text, k, e) || isGrade(text, k, e))))) {
                verb = true;
            }
            k--;
        }
        return verb && boundary >= 0 ? boundary : begin;
    }

    private static boolean isCoordinator(CharSequence text, int begin, int end) {
        return is(text, begin, end, "and") || is(text, begin, end, "or") || is(text, begin, end, "but");
    }

    /** Whether {@code text[begin, end)} is the lower-case ASCII {@code word}, ignoring case, without copying. */
    private static boolean is(CharSequence text, int begin, int end, String word) {
        if (end - begin != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(begin + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is a grade such as {@code 2+} or {@code 1+}. */
    private static boolean isGrade(CharSequence text, int begin, int end) {
        int e = begin;
        while (e < text.length() && Character.isDigit(text.charAt(e))) {
            e++;
        }
        return e > begin && e < text.length() && text.charAt(e) == '+';
    }

    /** Whether only white space and punctuation come before {@code begin} in its sentence. */
    private static boolean startsSentence(CharSequence text, int begin) {
        for (int k = begin - 1; k >= 0 && !isSentenceEnd(text, k); k--) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int wordEnd(CharSequence text, int from, int limit) {
        int e = from;
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isListWord(CharSequence text, int begin, int end) {
        String w = text.subSequence(begin, end).toString().toLowerCase(Locale.ROOT);
        return w.equals("and") || w.equals("or") || w.equals("nor") || w.equals("that");
    }

    /**
     * A forward scope cut by the window goes on over a list of targets that starts inside it: each
     * next target joined to the last one in scope by list separators only ({@code ,}, {@code and},
     * {@code or}, {@code /}), up to {@code limit} (the next terminator or sentence end).
     */
    private static int throughList(CharSequence text, int from, int end, int limit, List<Span> targets) {
        if (end >= limit) {
            return end;
        }
        int last = -1;
        for (Span t : targets) {
            if (t.begin() < from) {
                continue;
            }
            if (t.begin() < end) {
                last = Math.max(last, t.end());
            } else if (last >= 0 && t.begin() < limit && onlyListSeparators(text, last, t.begin())) {
                end = Math.min(limit, Math.max(end, t.end()));
                last = Math.max(last, t.end());
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether only list separators stand between {@code begin} and {@code end}; overlapping targets ({@code begin >= end}) are adjacent. */
    private static boolean onlyListSeparators(CharSequence text, int begin, int end) {
        if (begin >= end) {
            return true;
        }
        String gap = text.subSequence(begin, end).toString();
        return LIST_SEPARATORS.matcher(gap).matches();
    }

    /** The sentence with quotation marks as spaces (same offsets), so that quotes do not split phrases. */
    private static CharSequence withoutQuotes(CharSequence sentence) {
        String s = sentence.toString();
        return s.indexOf('"') < 0 && s.indexOf('\u201c') < 0 && s.indexOf('\u201d') < 0 ? s
                : s.replace('"', ' ').replace('\u201c', ' ').replace('\u201d', ' ');
    }

    /**
     * The assertion of one target from the accepted phrases. A hypothetical is not also historical:
     * in {@code if the patient has failed conservative care} nothing has happened yet.
     */
    private static ContextResult assess(CharSequence text, Span target, Selection selection, boolean guidelineSection,
                                        boolean ownClause) {
        List<Match<ContextRule>> phrases = selection.phrases();
        boolean negated = false;
        boolean uncertain = false;
        boolean conditional = false;
        boolean historical = false;
        boolean generic = false;
        boolean family = false;
        boolean other = false;
        Match<ContextRule> cue = null;
        int cueDistance = Integer.MAX_VALUE;
        for (int i = 0; i < phrases.size(); i++) {
            Match<ContextRule> m = phrases.get(i);
            ContextRule rule = m.value();
            if (rule.kind() != Kind.TRIGGER || (rule.category() == Category.GUIDELINE && !guidelineSection)
                    || !inScope(m, selection.postposed()[i] ? Direction.BOTH : rule.direction(), target,
                            selection.forwardEnd()[i], selection.backwardBegin()[i])) {
                continue;
            }
            if ((rule.category() == Category.RESULT && target.test())
                    || (ownClause && isNegation(rule.category()) && !leadsInto(text, m, target))) {
                continue;
            }
            switch (rule.category()) {
                case NEGATED, RESULT -> {
                    negated = true;
                    int distance = m.begin() >= target.end() ? m.begin() - target.end() : target.begin() - m.end();
                    if (distance < cueDistance) {
                        cueDistance = distance;
                        cue = m;
                    }
                }
                case UNCERTAIN -> uncertain = true;
                case HYPOTHETICAL -> {
                    uncertain = true;
                    conditional = true;
                }
                case HISTORICAL -> historical = true;
                case FAMILY -> family = true;
                case OTHER -> other = true;
                case GENERIC, GUIDELINE -> generic = true;
            }
        }
        historical &= !conditional;
        if (!negated && !uncertain && !historical && !generic && !family && !other) {
            return ContextResult.AFFIRMED;
        }
        Assertion.Subject subject = family ? Assertion.Subject.FAMILY
                : other ? Assertion.Subject.OTHER : Assertion.Subject.PATIENT;
        return new ContextResult(new Assertion(negated, uncertain, historical, generic, subject), conditional,
                cue == null ? -1 : cue.begin(), cue == null ? -1 : cue.end());
    }

    /**
     * Whether the target is a clause of its own, a finding with its verb and result inside it
     * ({@code range of motion was full}, {@code Straight leg raise was negative}): no negation
     * outside it reaches it, so in {@code There was no tenderness, and range of motion was full}
     * the range of motion is affirmed.
     */
    private static boolean ownClause(CharSequence text, Span target) {
        int k = target.begin();
        while (k < target.end()) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int e = wordEnd(text, k, target.end());
            if (k > target.begin() && (is(text, k, e, "is") || is(text, k, e, "are") || is(text, k, e, "was")
                    || is(text, k, e, "were"))) {
                return true;
            }
            k = e;
        }
        return false;
    }

    /**
     * Whether a forward trigger opens the target's own clause: nothing but words other than
     * {@code and}, {@code or}, {@code but} lies between them, so in {@code No tenderness was
     * noted} the finding with its verb is negated.
     */
    private static boolean leadsInto(CharSequence text, Match<ContextRule> trigger, Span target) {
        if (trigger.end() > target.begin()) {
            return false;
        }
        int k = trigger.end();
        while (k < target.begin()) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                int e = wordEnd(text, k, target.begin());
                if (isCoordinator(text, k, e)) {
                    return false;
                }
                k = e;
            } else if (Character.isWhitespace(c) || c == '-') {
                k++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean inScope(Match<ContextRule> trigger, Direction direction, Span target, int forwardEnd,
                                   int backwardBegin) {
        if (direction == Direction.SENTENCE) {
            return true;
        }
        boolean forward = direction != Direction.BACKWARD
                && target.begin() >= trigger.end() && target.begin() < forwardEnd;
        boolean backward = direction != Direction.FORWARD
                && target.end() <= trigger.begin() && target.end() > backwardBegin;
        return forward || backward;
    }

    /**
     * The longest phrase of the rules at each word start of {@code text}: each character that is
     * not white space and does not continue a run of letters and digits.
     */
    private List<Match<ContextRule>> candidates(CharSequence text) {
        int n = text.length();
        List<Match<ContextRule>> candidates = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i++);
            if (Character.isWhitespace(c)) {
                continue;
            }
            Match<ContextRule> m = rules.longestAt(text, i - 1, n);
            if (m != null) {
                candidates.add(m);
            }
            if (Character.isLetterOrDigit(c)) {
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return candidates;
    }

    /** The candidates that are kept, ordered by position (see the class comment). */
    private static List<Match<ContextRule>> accept(List<Match<ContextRule>> candidates) {
        List<Match<ContextRule>> pseudos = new ArrayList<>();
        List<Match<ContextRule>> others = new ArrayList<>();
        for (Match<ContextRule> m : candidates) {
            (m.value().kind() == Kind.PSEUDO ? pseudos : others).add(m);
        }
        if (others.isEmpty()) {
            return List.of();
        }
        pseudos.removeIf(p -> insideTrigger(p, others));
        others.removeIf(b -> givesWayForward(b, others));
        List<Match<ContextRule>> accepted = new ArrayList<>();
        pseudos.sort(LONGEST_FIRST);
        others.sort(LONGEST_FIRST);
        addNonOverlapping(pseudos, accepted);
        addNonOverlapping(others, accepted);
        accepted.sort(Comparator.comparingInt(Match::begin));
        return accepted;
    }

    private static boolean insideTrigger(Match<ContextRule> pseudo, List<Match<ContextRule>> others) {
        for (Match<ContextRule> o : others) {
            if (o.value().kind() == Kind.TRIGGER && o.begin() <= pseudo.begin() && o.end() >= pseudo.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} is a backward trigger overlapped by a forward trigger that starts inside it
     * ({@code were negative} in {@code were negative for}): the forward reading wins.
     */
    private static boolean givesWayForward(Match<ContextRule> m, List<Match<ContextRule>> others) {
        if (m.value().kind() != Kind.TRIGGER || m.value().direction() != Direction.BACKWARD) {
            return false;
        }
        for (Match<ContextRule> o : others) {
            if (o.value().kind() == Kind.TRIGGER && o.value().direction() == Direction.FORWARD
                    && o.begin() > m.begin() && o.begin() < m.end() && o.end() > m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a trigger is among {@code phrases} (without one, every target is affirmed). */
    private static boolean hasTrigger(List<Match<ContextRule>> phrases) {
        for (Match<ContextRule> m : phrases) {
            if (m.value().kind() == Kind.TRIGGER) {
                return true;
            }
        }
        return false;
    }

    private static void addNonOverlapping(List<Match<ContextRule>> candidates, List<Match<ContextRule>> accepted) {
        for (Match<ContextRule> m : candidates) {
            boolean free = true;
            for (Match<ContextRule> a : accepted) {
                if (m.begin() < a.end() && a.begin() < m.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                accepted.add(m);
            }
        }
    }

    private static boolean overlapsAny(List<Match<ContextRule>> phrases, Span t) {
        for (Match<ContextRule> m : phrases) {
            if (m.begin() < t.end() && t.begin() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the forward scope of phrase {@code i} ends at the latest: next terminator or sentence
     * end. A colon right after the trigger opens its list and does not end it: {@code No: nausea,
     * vomiting}, {@code Denies: fever}.
     */
    private static int forwardLimit(CharSequence text, List<Match<ContextRule>> phrases, int i) {
        int limit = text.length();
        for (int j = i + 1; j < phrases.size(); j++) {
            Match<ContextRule> p = phrases.get(j);
            if (j == i + 1 && isColon(p) && onlySpace(text, phrases.get(i).end(), p.begin())) {
                continue;
            }
            if (p.value().kind() == Kind.TERMINATOR) {
                limit = phrases.get(j).begin();
                break;
            }
        }
        for (int k = phrases.get(i).end(); k < limit; k++) {
            if (isSentenceEnd(text, k)) {
                return k;
            }
        }
        return limit;
    }

    /** End of a forward scope from {@code from}: {@code limit} or the window end, whichever is first. */
    private int forwardEnd(CharSequence text, int from, int limit) {
        int words = 0;
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
                words++;
                if (words > maxWindow) {
                    return k;
                }
            }
        }
        return limit;
    }

    /** Begin of the backward scope of phrase {@code i}: previous terminator, sentence start or window. */
    private int backwardBegin(CharSequence text, List<Match<ContextRule>> phrases, int i) {
        int limit = 0;
        for (int j = i - 1; j >= 0; j--) {
            if (phrases.get(j).value().kind() == Kind.TERMINATOR) {
                limit = phrases.get(j).end();
                break;
            }
        }
        int words = 0;
        for (int k = phrases.get(i).begin() - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if (isSentenceEnd(text, k)) {
                return k + 1;
            }
            if (Character.isLetterOrDigit(c) && (k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
                words++;
                if (words > maxWindow) {
                    return k + 1;
                }
            }
        }
        return limit;
    }

    private static boolean isSentenceEnd(CharSequence text, int k) {
        char c = text.charAt(k);
        if (c == '\n') {
            return true;
        }
        if ((c != '.' && c != '?' && c != '!') || k + 1 >= text.length()
                || !Character.isWhitespace(text.charAt(k + 1))) {
            return false;
        }
        int next = k + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
    }

    /**
     * A target span.
     *
     * @param begin offset of its first character
     * @param end   offset after its last character
     * @param test  the target is a test or other procedure: a result said of it ({@code The EMG was
     *              negative}) does not negate it, since it was done
     */
    public record Span(int begin, int end, boolean test) {
        public Span {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
            }
        }

        /** A target that is not a test. */
        public Span(int begin, int end) {
            this(begin, end, false);
        }
    }
}
