package org.imrnlp.annotators.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrnlp.annotators.context.ContextRule.Category;
import org.imrnlp.annotators.context.ContextRule.Direction;
import org.imrnlp.annotators.context.ContextRule.Kind;
import org.imrnlp.core.Assertion;
import org.imrnlp.models.PhraseMatcher.Match;
import org.imrnlp.models.RulePack;

/**
 * A ConText-style assertion engine (after Chapman et al.'s NegEx and ConText, with scope
 * behaviour on each rule as in medspaCy): it assesses targets of <b>one sentence</b> (the caller
 * splits sentences: the pipeline's Sentence annotations, or {@code SentenceSplitter} in
 * {@link ContextAssessor}). What a rule does is data ({@link ContextRules}); the algorithm is:
 * <ol>
 * <li><b>Find phrases.</b> At each word start, the longest rule phrase is a candidate. For each
 * target, candidates that overlap it are ignored, except a terminator that begins before it
 * ({@code on EMG} ends a scope before the EMG).</li>
 * <li><b>Resolve pseudo-triggers and overlaps.</b> A pseudo-trigger hides every candidate it
 * overlaps except a trigger that contains it whole; a backward trigger that a forward one starting
 * inside it overlaps is dropped ({@code were negative for}); the rest are taken longest first (on
 * a tie, a forward trigger first: in {@code was negative for} the cue is {@code negative for}).</li>
 * <li><b>Compute each trigger's scope.</b> Forward, up to the first of: the next phrase of a
 * category in the rule's {@code terminated_by} (a colon right after the trigger opens its list:
 * {@code Denies: fever}), a clause boundary it names ({@link ClauseBoundaries}), and its maximum
 * scope in words (the rule's {@code max_scope}, else {@link #maxWindow()}); a scope cut by the
 * window goes on over a list of targets that starts inside it. Backward likewise, from the
 * previous terminating phrase. A sentence-direction trigger covers the whole sentence. Two
 * negation forms are read from the phrases around them: a value after a field's colon
 * ({@code Fever: no}) negates the field and nothing after it, and a negation cue inside a target
 * ({@code Negative Tinel's sign}) is that target's own result and reaches no other target.</li>
 * <li><b>Assign.</b> Each trigger whose scope holds a target and that applies to the target's type
 * and the sentence's sections ({@code allowed_types}, {@code excluded_types}, {@code sections})
 * sets its category on it; the negation cue reported is the nearest one. A hypothetical is not also
 * historical. A target right before a document noun ({@link DocumentNouns}: {@code There are no
 * physical therapy progress notes}) is the document's subject, and no negation applies to it.</li>
 * </ol>
 * Pure Java, immutable and thread-safe.
 */
public final class ConTextEngine {

    /** The rules file of the {@code models} module. */
    public static final String RULES = "context-triggers.tsv";
    /** The trigger categories with their default {@code terminated_by}, in the {@code models} module. */
    public static final String CATEGORIES = "context-categories.tsv";
    /** The finite verbs that mark a new clause, in the {@code models} module. */
    public static final String CLAUSE_VERBS = "context-clause-verbs.txt";
    /** The exam results that make a coordinated clause one of its own, in the {@code models} module. */
    public static final String OWN_RESULTS = "context-own-results.txt";
    /** The exam results that, first after a comma, start a finding of their own, in the {@code models} module. */
    public static final String NEW_RESULTS = "context-new-results.txt";
    /** The words that go on with a negated list closed by {@code or}, in the {@code models} module. */
    public static final String LIST_CONTINUATIONS = "context-list-continuations.txt";
    /** The document nouns whose subject a negation of the document does not negate, in the {@code models} module. */
    public static final String DOCUMENT_NOUNS = "context-document-nouns.txt";
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
    private final ClauseBoundaries clauses;
    private final DocumentNouns documents;
    private final int maxWindow;

    /**
     * An engine with the given rules, clause boundaries, document nouns and default scope length in
     * words (at least 1).
     */
    public ConTextEngine(ContextRules rules, ClauseBoundaries clauses, DocumentNouns documents, int maxWindow) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clauses = Objects.requireNonNull(clauses, "clauses");
        this.documents = Objects.requireNonNull(documents, "documents");
        if (maxWindow < 1) {
            throw new IllegalArgumentException("maxWindow must be at least 1, not " + maxWindow);
        }
        this.maxWindow = maxWindow;
    }

    /** The engine with the project's rules and the default window. */
    public static ConTextEngine standard() {
        RulePack pack = RulePack.builtIn();
        return new ConTextEngine(rules(pack), clauses(pack), documents(pack), DEFAULT_MAX_WINDOW);
    }

    /** The rules of {@value #RULES} and {@value #CATEGORIES} in {@code pack}, loaded once per pack. */
    public static ContextRules rules(RulePack pack) {
        return pack.cached(RULES, ContextRules.class,
                p -> ContextRules.of(p.table(RULES), p.table(CATEGORIES)));
    }

    /** The clause boundaries of the word lists in {@code pack}, loaded once per pack. */
    public static ClauseBoundaries clauses(RulePack pack) {
        return pack.cached(CLAUSE_VERBS, ClauseBoundaries.class,
                p -> new ClauseBoundaries(p.lines(CLAUSE_VERBS), p.lines(OWN_RESULTS), p.lines(NEW_RESULTS),
                        p.lines(LIST_CONTINUATIONS)));
    }

    /** The document nouns of {@value #DOCUMENT_NOUNS} in {@code pack}, loaded once per pack. */
    public static DocumentNouns documents(RulePack pack) {
        return pack.cached(DOCUMENT_NOUNS, DocumentNouns.class, p -> new DocumentNouns(p.lines(DOCUMENT_NOUNS)));
    }

    /** The default scope length in words (of rules without {@code max_scope}). */
    public int maxWindow() {
        return maxWindow;
    }

    /** This engine with another default scope length. */
    public ConTextEngine withMaxWindow(int words) {
        return new ConTextEngine(rules, clauses, documents, words);
    }

    /** The context of one target {@code [begin, end)} of {@code sentence}, outside any section. */
    public ContextResult assess(CharSequence sentence, int begin, int end) {
        return assess(sentence, List.of(new Span(begin, end)), Set.of()).get(0);
    }

    /**
     * The context of each target of {@code sentence} (one sentence), in the order given.
     *
     * @param sections the ids of the sections the sentence is in (a rule with {@code sections}
     *                 applies only there; e.g. guideline phrasing is generic in a {@code rationale})
     */
    public List<ContextResult> assess(CharSequence sentence, List<Span> targets, Set<String> sections) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(sections, "sections");
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
            results.add(assign(target, selection, sections, documents.follows(text, target.end())));
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

    /** Steps 2 and 3 of the class comment: the accepted phrases and their scopes. */
    private Selection select(CharSequence sentence, List<Match<ContextRule>> candidates, List<Span> targets) {
        List<Match<ContextRule>> phrases = accept(candidates);
        int count = phrases.size();
        int[] forwardEnd = new int[count];
        int[] backwardBegin = new int[count];
        boolean[] postposed = new boolean[count];
        for (int i = 0; i < count; i++) {
            Match<ContextRule> m = phrases.get(i);
            ContextRule rule = m.value();
            if (rule.kind() != Kind.TRIGGER) {
                continue;
            }
            Set<String> by = rule.terminatedBy();
            int window = rule.maxScope() > 0 ? rule.maxScope() : maxWindow;
            int limit = forwardLimit(sentence, phrases, i);
            boolean commaClause = by.contains(ClauseBoundaries.COMMA_CLAUSE);
            boolean commaResult = by.contains(ClauseBoundaries.COMMA_RESULT);
            boolean andClause = by.contains(ClauseBoundaries.AND_CLAUSE);
            if (commaClause || commaResult) {
                limit = clauses.commaAfter(sentence, m.end(), m.begin(), limit, commaClause, commaResult);
            }
            if (andClause) {
                limit = clauses.andClauseAt(sentence, m.end(), limit);
            }
            if (by.contains(ClauseBoundaries.CLOSED_LIST)) {
                limit = clauses.closedListAt(sentence, m.end(), limit);
            }
            if (by.contains(ClauseBoundaries.COMMA_LABEL)) {
                limit = ClauseBoundaries.labelAt(sentence, m.end(), limit);
            }
            forwardEnd[i] = throughList(sentence, m.end(), windowEnd(sentence, m.end(), limit, window), limit, targets);
            int field = fieldColon(sentence, phrases, i, limit);
            postposed[i] = field >= 0;
            if (postposed[i]) {
                forwardEnd[i] = m.end();
            }
            int from = postposed[i] ? field : i;
            backwardBegin[i] = backwardBegin(sentence, phrases, from, rule, window);
            if (commaClause || andClause) {
                int floor = backwardBegin(sentence, phrases, from, rule, Integer.MAX_VALUE);
                backwardBegin[i] = clauses.clauseStartBefore(sentence, floor, backwardBegin[i], m.begin(), andClause);
            }
            if (rule.category() == Category.NEGATED) {
                ownedBy(m, targets, forwardEnd, backwardBegin, i);
            }
        }
        return new Selection(phrases, forwardEnd, backwardBegin, postposed);
    }

    /**
     * A negation cue inside a target ({@code targets} in text order) is that target's own result
     * ({@code Negative Tinel's sign}, {@code absent at the ankles}): its scopes end at the target's
     * bounds, so in {@code Negative Tinel's sign at the wrist and positive Phalen's test} the
     * Phalen's test is affirmed.
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

    /**
     * For a negation trigger that is the value of a field ({@code Fever: no}, {@code Clonus: absent},
     * {@code Edema: none.}): the index of the field's colon (the phrase right before the trigger),
     * when nothing but punctuation follows the trigger up to {@code limit} or the next comma;
     * else -1. Such a trigger negates the field's name, and nothing after it.
     */
    private static int fieldColon(CharSequence text, List<Match<ContextRule>> phrases, int i, int limit) {
        Match<ContextRule> m = phrases.get(i);
        if (i == 0 || m.value().category() != Category.NEGATED || m.value().direction() == Direction.SENTENCE) {
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
     * Where the forward scope of trigger {@code i} ends at the latest: the next phrase that
     * terminates it, or the sentence end. A colon right after the trigger opens its list and does
     * not end it: {@code No: nausea, vomiting}, {@code Denies: fever}.
     */
    private static int forwardLimit(CharSequence text, List<Match<ContextRule>> phrases, int i) {
        ContextRule rule = phrases.get(i).value();
        for (int j = i + 1; j < phrases.size(); j++) {
            Match<ContextRule> p = phrases.get(j);
            if (j == i + 1 && isColon(p) && onlySpace(text, phrases.get(i).end(), p.begin())) {
                continue;
            }
            if (rule.isTerminatedBy(p.value())) {
                return p.begin();
            }
        }
        return text.length();
    }

    /** End of a forward scope from {@code from}: {@code limit} or the end of {@code window} words, whichever is first. */
    private static int windowEnd(CharSequence text, int from, int limit, int window) {
        int words = 0;
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
                words++;
                if (words > window) {
                    return k;
                }
            }
        }
        return limit;
    }

    /**
     * Begin of the backward scope of {@code rule} from phrase {@code i}: after the previous phrase
     * that terminates it, the sentence start, or {@code window} words back.
     */
    private static int backwardBegin(CharSequence text, List<Match<ContextRule>> phrases, int i, ContextRule rule,
                                     int window) {
        int limit = 0;
        for (int j = i - 1; j >= 0; j--) {
            if (rule.isTerminatedBy(phrases.get(j).value())) {
                limit = phrases.get(j).end();
                break;
            }
        }
        int words = 0;
        for (int k = phrases.get(i).begin() - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c) && (k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
                words++;
                if (words > window) {
                    return k + 1;
                }
            }
        }
        return limit;
    }

    /**
     * Step 4 of the class comment: the assertion of one target from the accepted phrases; a target
     * right before a document noun ({@code documentSubject}) is never negated.
     */
    private static ContextResult assign(Span target, Selection selection, Set<String> sections,
                                        boolean documentSubject) {
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
            if (rule.kind() != Kind.TRIGGER || !rule.appliesTo(target.type(), sections)
                    || (documentSubject && rule.category() == Category.NEGATED)
                    || !inScope(m, selection.postposed()[i] ? Direction.BOTH : rule.direction(), target,
                            selection.forwardEnd()[i], selection.backwardBegin()[i])) {
                continue;
            }
            switch (rule.category()) {
                case NEGATED -> {
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
                case GENERIC -> generic = true;
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
     * A target span.
     *
     * @param begin offset of its first character
     * @param end   offset after its last character
     * @param type  its type in lower case ({@code procedure}, {@code symptom}: see
     *              {@link ContextRules#TARGET_TYPES}), or null when unknown; a rule's
     *              {@code allowed_types} and {@code excluded_types} are matched against it
     */
    public record Span(int begin, int end, String type) {
        public Span {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
            }
        }

        /** A target of unknown type. */
        public Span(int begin, int end) {
            this(begin, end, null);
        }
    }
}
