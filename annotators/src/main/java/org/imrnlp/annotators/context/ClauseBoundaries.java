package org.imrnlp.annotators.context;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clause boundaries of a sentence that are no single phrase, found with word lists of the
 * {@code models} module: where a trigger whose {@code terminated_by} names them stops.
 * <ul>
 * <li>{@value #COMMA_CLAUSE}: a comma followed by a new clause, that is a clause verb
 * ({@code context-clause-verbs.txt}) before any {@code and, or, nor, that} and the next comma
 * ({@code Without evidence of spasm, Flexeril is not indicated}); backward, a comma after a stretch
 * holding a clause verb ({@code Although the patient has spasm, tenderness was not documented}).</li>
 * <li>{@value #AND_CLAUSE}: an {@code and} (or the comma before it) joining a new clause when the
 * trigger's clause already has its verb ({@code There is no spasm, and tizanidine was prescribed});
 * backward, an {@code and, or, but} or comma after a stretch holding a clause verb or an exam
 * result of its own ({@code context-own-results.txt}, grades such as {@code 2+}: {@code Reflexes are
 * trace at the knees and absent at the ankles}).</li>
 * <li>{@value #COMMA_RESULT}: a comma followed by an exam result that starts a finding of its own
 * ({@code context-new-results.txt}, grades such as {@code 5/5}: {@code no tenderness, full range of
 * motion}).</li>
 * <li>{@value #CLOSED_LIST}: a comma after a list that an {@code or} or {@code nor} has closed, when no
 * later {@code or}/{@code nor} goes on with it: in {@code no ecchymosis or effusion, tenderness at the
 * epicondyle} the tenderness is a new finding (the {@code or} must come before any comma of the
 * scope), while {@code no fever or chills, sweats, or weight loss}
 * stays one list, and so does {@code denies nausea or vomiting, any heartburn}
 * ({@code context-list-continuations.txt}).</li>
 * <li>{@value #COMMA_LABEL}: a comma followed by a label, a few words ending in a colon
 * ({@code no deficit, Known spine trauma: ...}): the next item of an indication list or a template.</li>
 * </ul>
 * Offsets are in one sentence. Immutable and thread-safe.
 */
public final class ClauseBoundaries {

    /** A comma followed by (or, backward, closing) a clause with its own verb. */
    public static final String COMMA_CLAUSE = "comma-clause";
    /** A coordinator joining a clause with its own verb (or, backward, its own exam result). */
    public static final String AND_CLAUSE = "and-clause";
    /** A comma followed by an exam result that starts a finding of its own. */
    public static final String COMMA_RESULT = "comma-result";
    /** A comma after a list closed by {@code or} or {@code nor}. */
    public static final String CLOSED_LIST = "closed-list";
    /** A comma followed by a label that ends in a colon. */
    public static final String COMMA_LABEL = "comma-label";
    /** The boundary names. */
    public static final Set<String> NAMES = Set.of(COMMA_CLAUSE, AND_CLAUSE, COMMA_RESULT, CLOSED_LIST, COMMA_LABEL);
    /** The most words a label before its colon has. */
    static final int MAX_LABEL_WORDS = 5;

    private final Set<String> clauseVerbs;
    private final Set<String> ownResults;
    private final Set<String> newResults;
    private final Set<String> listContinuations;

    /** Boundaries from the clause verbs, own results, new results and list continuations (one word each). */
    public ClauseBoundaries(Collection<String> clauseVerbs, Collection<String> ownResults,
                            Collection<String> newResults, Collection<String> listContinuations) {
        this.clauseVerbs = lowerCase(clauseVerbs);
        this.ownResults = lowerCase(ownResults);
        this.newResults = lowerCase(newResults);
        this.listContinuations = lowerCase(listContinuations);
    }

    private static Set<String> lowerCase(Collection<String> words) {
        Set<String> set = new TreeSet<>();
        for (String w : words) {
            set.add(w.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }

    /**
     * Where a forward scope from {@code from} (the end of a trigger starting at {@code begin}) ends
     * at a comma before {@code limit}: the first comma followed by a new clause (when
     * {@code newClause}) or a new result (when {@code newResult}); for a trigger that starts the
     * sentence, only a comma after at least one word counts ({@code No spasm, tenderness or
     * guarding was noted} is one list). Else {@code limit}.
     */
    int commaAfter(CharSequence text, int from, int begin, int limit, boolean newClause, boolean newResult) {
        boolean word = !startsSentence(text, begin);
        for (int k = from; k < limit; k++) {
            word |= Character.isLetterOrDigit(text.charAt(k));
            if (word && text.charAt(k) == ',' && ((newClause && newClauseAfter(text, k + 1, limit))
                    || (newResult && newResultAfter(text, k + 1, limit)))) {
                return k;
            }
        }
        return limit;
    }

    /**
     * Where a forward scope from {@code from} ends at a comma after a list closed by {@code or} or
     * {@code nor} before any comma (the trigger's first pair: in {@code denies rash, oral or nasal
     * ulcer, seizure} the {@code or} is inside one item of a longer list) that no later {@code or}/{@code nor} before {@code limit} continues and whose next
     * word is no list continuation ({@code context-list-continuations.txt}: {@code any}); else
     * {@code limit}.
     */
    int closedListAt(CharSequence text, int from, int limit) {
        boolean closed = false;
        int k = from;
        while (k < limit) {
            char c = text.charAt(k);
            if (c == ',') {
                if (!closed) {
                    return limit;
                }
                if (!disjunctionIn(text, k + 1, limit) && !continuesList(text, k + 1, limit)) {
                    return k;
                }
            }
            if (!Character.isLetter(c)) {
                k++;
                continue;
            }
            int e = wordEnd(text, k, limit);
            closed |= isDisjunction(text, k, e);
            k = e;
        }
        return limit;
    }

    private boolean continuesList(CharSequence text, int from, int limit) {
        int k = from;
        while (k < limit && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < limit && listContinuations.contains(word(text, k, wordEnd(text, k, limit)));
    }

    private static boolean disjunctionIn(CharSequence text, int from, int limit) {
        int k = from;
        while (k < limit) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int e = wordEnd(text, k, limit);
            if (isDisjunction(text, k, e)) {
                return true;
            }
            k = e;
        }
        return false;
    }

    private static boolean isDisjunction(CharSequence text, int begin, int end) {
        return is(text, begin, end, "or") || is(text, begin, end, "nor");
    }

    /**
     * Where a forward scope from {@code from} ends at a comma followed by a label: at most
     * {@value #MAX_LABEL_WORDS} words and a colon (which may lie beyond {@code limit}, the colon being
     * a terminator itself), with no other punctuation between; else {@code limit}.
     */
    static int labelAt(CharSequence text, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == ',' && labelAfter(text, k + 1)) {
                return k;
            }
        }
        return limit;
    }

    private static boolean labelAfter(CharSequence text, int from) {
        int words = 0;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ':') {
                return words > 0;
            }
            if (Character.isLetterOrDigit(c)) {
                if (k == from || !Character.isLetterOrDigit(text.charAt(k - 1))) {
                    words++;
                }
            } else if (!Character.isWhitespace(c) && c != '-' && c != '\'') {
                return false;
            }
            if (words > MAX_LABEL_WORDS) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where a forward scope from {@code from} ends at an {@code and} (or the comma right before it)
     * that joins a new clause: the sentence already has its verb before the {@code and}, and the
     * words after it hold one of their own; else {@code limit}. In {@code No spasm and guarding
     * were noted} the verb is the whole list's, and the scope goes on.
     */
    int andClauseAt(CharSequence text, int from, int limit) {
        boolean verb = false;
        int comma = -1;
        int k = 0;
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
            verb |= isClauseVerb(text, k, e);
            comma = -1;
            k = e;
        }
        return limit;
    }

    /**
     * Where a backward scope that may reach back to {@code begin} from a trigger at {@code to}
     * begins after a clause of its own: after the comma (with {@code coordinated}, also the
     * {@code and, or, but}) nearest {@code to} whose preceding stretch holds a clause verb (with
     * {@code coordinated}, also an own result or a grade); else {@code begin}. The verb may lie
     * before {@code begin} (a scope cut by its window), down to {@code floor} (the previous
     * terminating phrase): in {@code X-rays of the shoulder revealed arthrosis and x-rays of the hip
     * were unremarkable} the arthrosis is outside the scope however long the sentence.
     */
    int clauseStartBefore(CharSequence text, int floor, int begin, int to, boolean coordinated) {
        int boundary = -1;
        boolean verb = false;
        int k = to - 1;
        while (k >= floor && (k >= begin || boundary >= 0)) {
            char c = text.charAt(k);
            if (c == ',') {
                if (verb && boundary >= 0) {
                    return boundary;
                }
                if (k < begin) {
                    break;
                }
                boundary = k + 1;
                verb = false;
                k--;
                continue;
            }
            if ((boundary < 0 && !coordinated) || !Character.isLetterOrDigit(c)
                    || (k > floor && Character.isLetterOrDigit(text.charAt(k - 1)))) {
                k--;
                continue;
            }
            int e = wordEnd(text, k, to);
            if (coordinated && isCoordinator(text, k, e)) {
                if (verb && boundary >= 0) {
                    return boundary;
                }
                if (k < begin) {
                    break;
                }
                boundary = e;
                verb = false;
            } else if (boundary >= 0 && (isClauseVerb(text, k, e)
                    || (coordinated && (isOwnResult(text, k, e) || isGrade(text, k, e))))) {
                verb = true;
            }
            k--;
        }
        return verb && boundary >= 0 ? boundary : begin;
    }

    /**
     * Whether the words from {@code from} to the next comma or {@code limit} hold a clause verb
     * before any list or relative word ({@code and, or, nor, that}): a new clause, not the next
     * item of a list.
     */
    private boolean newClauseAfter(CharSequence text, int from, int limit) {
        int k = from;
        while (k < limit && text.charAt(k) != ',') {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int e = wordEnd(text, k, limit);
            if (is(text, k, e, "and") || is(text, k, e, "or") || is(text, k, e, "nor") || is(text, k, e, "that")) {
                return false;
            }
            if (isClauseVerb(text, k, e)) {
                return true;
            }
            k = e;
        }
        return false;
    }

    /** Whether the first word from {@code from} is a new result ({@code full}, {@code normal}) or a grade ({@code 2+}, {@code 5/5}). */
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
        return newResults.contains(word(text, k, wordEnd(text, k, limit)));
    }

    private boolean isClauseVerb(CharSequence text, int begin, int end) {
        return clauseVerbs.contains(word(text, begin, end));
    }

    private boolean isOwnResult(CharSequence text, int begin, int end) {
        return ownResults.contains(word(text, begin, end));
    }

    private static String word(CharSequence text, int begin, int end) {
        return text.subSequence(begin, end).toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a strength grade such as {@code 5/5} or {@code 4+/5} starts at {@code begin}. */
    private static boolean isFifths(CharSequence text, int begin, int limit) {
        int k = begin + 1;
        if (k < limit && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
            k++;
        }
        return k + 1 < limit && text.charAt(k) == '/' && text.charAt(k + 1) == '5';
    }

    /** Whether a grade such as {@code 2+} starts at {@code begin}. */
    private static boolean isGrade(CharSequence text, int begin, int end) {
        int e = begin;
        while (e < text.length() && Character.isDigit(text.charAt(e))) {
            e++;
        }
        return e > begin && e < text.length() && text.charAt(e) == '+';
    }

    /** Whether only white space and punctuation come before {@code begin}. */
    private static boolean startsSentence(CharSequence text, int begin) {
        for (int k = begin - 1; k >= 0; k--) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
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

    private static int wordEnd(CharSequence text, int from, int limit) {
        int e = from;
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }
}
