package org.imrnlp.annotators.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrnlp.models.FirstLetters;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RuleIds;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * The data behind {@link DateAnnotator}: month names ({@code months.tsv}), date-of-injury
 * triggers ({@code date-of-injury-triggers.tsv}, {@code date-of-injury-events.tsv}), the phrases
 * that mark a document about a work injury ({@code date-of-injury-work-cues.txt}), role
 * triggers ({@code date-roles.tsv}) and the subjects that make a role trigger a verb of telling
 * ({@code date-role-subjects.txt}), compiled. Immutable and shared.
 */
final class DateRules {

    static final String MONTHS = "months.tsv";
    static final String INJURY = "date-of-injury-triggers.tsv";
    static final String ROLES = "date-roles.tsv";
    static final String INJURY_EVENTS = "date-of-injury-events.tsv";
    static final String WORK_CUES = "date-of-injury-work-cues.txt";
    static final String ROLE_SUBJECTS = "date-role-subjects.txt";
    /** The scope of a row that dates an injury only in a document about a work injury. */
    private static final String WORK_DOCUMENT = "work-document";
    /** The guard of a row that no role trigger may precede anywhere in the date's clause. */
    private static final String CLAUSE = "clause";
    private static final String STRONG = "strong";
    private static final String WEAK = "weak";
    private static final String SINGLE = "single";

    final Map<String, Integer> months;
    private final FirstLetters monthStarts;
    /** A spelled-out date starting with its month: {@code October 17, 2013}, {@code October of 2013}. */
    final Pattern monthFirst;
    /** A spelled-out date starting with its day: {@code 17 October 2013}. */
    final Pattern dayFirst;
    /** Each ends where a date of injury starts. */
    final List<Injury> injury;
    /** Each ends where a date written before its injury event starts ({@code On 2/2/2010, she injured}). */
    final List<Pattern> injuryEventBefore;
    /** Each starts where a date written before its injury event ends. */
    final List<InjuryEvent> injuryEventAfter;
    /** Phrases that mark a document about a work injury ({@code workers' compensation}, {@code DOI}). */
    final PhraseMatcher<Boolean> workCues;
    /** Role trigger words and phrases. */
    final PhraseMatcher<RoleTrigger> roles;
    /** Lower-case words that, right before a role trigger, make it a verb ({@code she reports}). */
    final Set<String> roleSubjects;

    private DateRules(Map<String, Integer> months, Pattern monthFirst, Pattern dayFirst, List<Injury> injury,
                      List<Pattern> injuryEventBefore, List<InjuryEvent> injuryEventAfter,
                      PhraseMatcher<Boolean> workCues, PhraseMatcher<RoleTrigger> roles, Set<String> roleSubjects) {
        this.workCues = workCues;
        this.roleSubjects = roleSubjects;
        this.injuryEventBefore = injuryEventBefore;
        this.injuryEventAfter = injuryEventAfter;
        this.months = months;
        this.monthStarts = FirstLetters.of(months.keySet());
        this.monthFirst = monthFirst;
        this.dayFirst = dayFirst;
        this.injury = injury;
        this.roles = roles;
    }

    /** Whether a word starting with {@code c} can be a month name (false only where it cannot). */
    boolean mayStartMonth(char c) {
        return monthStarts.mayStart(c);
    }

    static DateRules load(RulePack pack) {
        Map<String, Integer> months = new HashMap<>();
        for (TsvTable.Row row : pack.table(MONTHS).rows()) {
            months.put(row.get("name").toLowerCase(Locale.ROOT), Integer.parseInt(row.get("number")));
        }
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(?:" + String.join("|", names) + ")";
        String day = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
        String year = "(?:1[89]\\d\\d|20\\d\\d)";
        Pattern monthFirst = Pattern.compile("(?:"
                + "(?<m1>" + month + ")\\.?\\s+(?<d1>" + day + "),?\\s+(?<y1>" + year + ")"
                + "|(?<m3>" + month + ")\\.?(?:\\s+of)?,?\\s+(?<y3>" + year + ")"
                + ")(?![\\w/-])", Pattern.CASE_INSENSITIVE);
        Pattern dayFirst = Pattern.compile("(?<d2>" + day + ")\\s+(?<m2>" + month + ")\\.?,?\\s+(?<y2>" + year
                + ")(?![\\w/-])", Pattern.CASE_INSENSITIVE);
        List<Injury> injury = new ArrayList<>();
        List<TsvTable.Row> injuryRows = pack.table(INJURY).rows();
        RuleIds.requireUnique(injuryRows);
        for (TsvTable.Row row : injuryRows) {
            injury.add(new Injury(RuleIds.id(row), row.required("anchor"), row.compile("(?:" + row.required("pattern")
                    + ")[\\s:,(]*$", Pattern.CASE_INSENSITIVE), workDocumentOnly(row), guardsClause(row)));
        }
        List<Pattern> before = new ArrayList<>();
        List<InjuryEvent> after = new ArrayList<>();
        List<TsvTable.Row> eventRows = pack.table(INJURY_EVENTS).rows();
        RuleIds.requireUnique(eventRows);
        for (TsvTable.Row row : eventRows) {
            RuleIds.id(row);
            Pattern pattern = row.compile(row.required("pattern"), Pattern.CASE_INSENSITIVE);
            switch (row.get("part")) {
                case "before" -> before.add(pattern);
                case "after" -> after.add(new InjuryEvent(pattern, workDocumentOnly(row)));
                default -> throw row.error("unknown part " + row.get("part") + " (before or after)");
            }
        }
        Map<String, RoleTrigger> roles = new HashMap<>();
        for (TsvTable.Row row : pack.table(ROLES).rows()) {
            String kind = row.get("kind");
            if (!kind.equals(STRONG) && !kind.equals(WEAK) && !kind.equals(SINGLE)) {
                throw row.error("unknown kind " + kind + " (strong, weak or single)");
            }
            roles.put(row.get("phrase"), new RoleTrigger(row.get("role"), kind.equals(WEAK), kind.equals(SINGLE)));
        }
        Map<String, Boolean> workCues = new HashMap<>();
        for (String cue : pack.lines(WORK_CUES)) {
            workCues.put(cue, Boolean.TRUE);
        }
        Set<String> roleSubjects = new HashSet<>();
        for (String subject : pack.lines(ROLE_SUBJECTS)) {
            roleSubjects.add(subject.toLowerCase(Locale.ROOT));
        }
        return new DateRules(Map.copyOf(months), monthFirst, dayFirst, List.copyOf(injury), List.copyOf(before),
                List.copyOf(after), PhraseMatcher.of(workCues), PhraseMatcher.of(roles), Set.copyOf(roleSubjects));
    }

    /** Whether a row's guard is {@code clause} (else empty: only the words of its match are checked). */
    private static boolean guardsClause(TsvTable.Row row) {
        String guard = row.has("guard") ? row.get("guard") : "";
        if (!guard.isEmpty() && !guard.equals(CLAUSE)) {
            throw row.error("unknown guard " + guard + " (" + CLAUSE + " or empty)");
        }
        return !guard.isEmpty();
    }

    /** Whether a row's scope is {@code work-document} (else empty: any document). */
    private static boolean workDocumentOnly(TsvTable.Row row) {
        String scope = row.has("scope") ? row.get("scope") : "";
        if (!scope.isEmpty() && !scope.equals(WORK_DOCUMENT)) {
            throw row.error("unknown scope " + scope + " (" + WORK_DOCUMENT + " or empty)");
        }
        return !scope.isEmpty();
    }

    /**
     * One date-of-injury trigger.
     *
     * @param id      the rule id ({@link RuleIds})
     * @param anchor  a lower-case word every match contains
     * @param pattern ends where the date starts
     * @param workDocumentOnly dates an injury only in a document about a work injury (a fall, an accident)
     * @param clauseGuard      a role trigger anywhere in the clause before the date, not only inside
     *                         the match, makes the date another event's
     */
    record Injury(String id, String anchor, Pattern pattern, boolean workDocumentOnly, boolean clauseGuard) {
    }

    /**
     * The part of an injury event written after its date.
     *
     * @param pattern          starts where the date ends
     * @param workDocumentOnly names the injury event only in a document about a work injury
     */
    record InjuryEvent(Pattern pattern, boolean workDocumentOnly) {
    }

    /**
     * One role trigger.
     *
     * @param role   the role it gives
     * @param weak   a generic verb ({@code performed}), used only when no other trigger is near
     * @param single names a one-day event ({@code CT}); a date range right after it is a
     *               cumulative-trauma period, not its role
     */
    record RoleTrigger(String role, boolean weak, boolean single) {
    }
}
