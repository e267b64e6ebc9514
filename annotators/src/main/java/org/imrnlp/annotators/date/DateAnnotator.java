package org.imrnlp.annotators.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.type.ClinicalDate;
import org.imrnlp.type.DateOfInjuryAnnotation;

/**
 * Finds dates: numeric ({@code 2/10/07}, {@code 06/08/2012}, {@code 06-19-2008},
 * {@code 2013-10-17}), numeric month-year ({@code 9/2010}), spelled out ({@code October 17, 2013},
 * {@code Oct. 17, 2013}, {@code 17 October 2013}) and month-year ({@code October of 2013}).
 * A date right after a date-of-injury phrase ({@code date-of-injury-triggers.tsv}: {@code date of
 * injury}, {@code fell at work on}, {@code twisting injury on}; also a year, a month or a month and
 * day alone, {@code hurt his knee in 2005}, {@code slipped and fell on January 5}), opening a clause
 * on the injury event ({@code On 2/2/2010, she injured her back}) or naming it ({@code since the 2011
 * injury}, {@code date-of-injury-events.tsv}), with no word of another event between (a visit, an
 * x-ray: {@code date-roles.tsv}), becomes a {@link DateOfInjuryAnnotation} ({@code iso} as precise
 * as written: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code --MM}, {@code --MM-DD}).
 * A fall or an accident dates the injury only at work: written so, or in a document that names a
 * work injury ({@code date-of-injury-work-cues.txt}). Every other date is a {@link ClinicalDate}
 * with {@code iso} as precise as written and a {@code role} from the nearest trigger word of
 * {@code date-roles.tsv} in its clause ({@code other} when none; the second date of a range
 * takes the first one's role). Two-digit years 00-30 are 20xx,
 * 31-99 19xx. Impossible dates ({@code 13/45/14}), ratios ({@code 10/325}), scores
 * ({@code 8/10}, {@code 5/5}) and bare years (citations such as {@code (Malanga, 2008)}) are not
 * dates.
 */
@ResourceMetaData(name = "IMR-NLP dates")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap",
        outputs = {"org.imrnlp.type.DateOfInjuryAnnotation", "org.imrnlp.type.ClinicalDate"})
public class DateAnnotator extends RulePackAnnotator {

    /** Role of a date without a trigger word. */
    public static final String OTHER = "other";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?:(?<m>\\d{1,2})(?<sep>[/.-])(?<d>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})"
                    + "|(?<iy>(?:19|20)\\d\\d)-(?<im>\\d\\d)-(?<id>\\d\\d)"
                    + "|(?<mm>\\d{1,2})/(?<my>(?:19|20)\\d\\d))(?![\\w/]|-(?!\\d{1,2}/\\d)|\\.\\d)");
    /** What joins the second date of a range to the first ({@code from 4/2/2013 through 9/24/2013}). */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:through|thru|to|until|and|-|\u2013)\\s*");
    /** What joins the two dates of a period ({@code 01/01/2014 - 12/31/2015}, {@code 1/1/08 to 6/30/10}). */
    private static final Pattern PERIOD_JOIN = Pattern.compile("\\s*(?:through|thru|to|until|-|\u2013)\\s*");
    /**
     * A date written without all its parts: a year alone ({@code 2005}), a month alone
     * ({@code March}) or a month and day without a year ({@code January 5}), after an optional
     * word of approximation that stays out of the span ({@code late August}). It is a date of
     * injury only after an injury phrase or naming the injury event; anywhere else it is no date.
     */
    private static final Pattern PARTIAL = Pattern.compile(
            "(?<![\\w/.-])(?:(?i:late|early|mid)[\\s-]+)?(?<date>(?<year>(?:19|20)\\d\\d)"
                    + "|(?<month>[A-Z][a-z]{2,8})(?:\\.?\\s+(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?)"
                    + "(?![\\w/-]|,?\\s*(?:19|20)\\d\\d)");
    /** How far before a date its trigger words are looked for. */
    private static final int BEFORE = 60;
    /** How far after a date its trigger words are looked for. */
    private static final int AFTER = 30;
    private static final int PIVOT = 30;

    private DateRules rules;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        rules = rulePack().cached(DateRules.MONTHS + "+" + DateRules.ROLES, DateRules.class, DateRules::load);
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        boolean workDocument = !rules.workCues.findAll(text).isEmpty();
        List<Found> dates = new ArrayList<>();
        Matcher n = NUMERIC.matcher(text);
        int length = text.length();
        int lastEnd = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !joinsNumber(text.charAt(i - 1)) || i - 1 == lastEnd)
                    && separatorFollows(text, i) && n.region(i, length).lookingAt()) {
                String iso = numericIso(n);
                if (iso != null) {
                    dates.add(new Found(n.start(), n.end(), iso));
                    lastEnd = n.end();
                }
                i = n.end() - 1;
            }
        }
        findSpelled(text, dates);
        dates.sort((a, b) -> Integer.compare(a.begin, b.begin));
        annotatePartialInjuryDates(jcas, dates, workDocument);
        int previousEnd = 0;
        String previousRole = null;
        for (int i = 0; i < dates.size(); i++) {
            Found date = dates.get(i);
            if (date.begin < previousEnd) {
                continue;
            }
            int nextBegin = i + 1 < dates.size() ? dates.get(i + 1).begin : text.length();
            String joinedRole = previousRole != null
                    && RANGE_JOIN.matcher(text).region(previousEnd, date.begin).matches() ? previousRole : null;
            previousRole = annotate(jcas, date, previousEnd, nextBegin, joinedRole, workDocument);
            previousEnd = date.end;
        }
    }

    /** Annotates one date; returns its role, or null for a date of injury. */
    private String annotate(JCas jcas, Found date, int previousEnd, int nextBegin,
                            String joinedRole, boolean workDocument) {
        String text = jcas.getDocumentText();
        int from = clauseStart(text, Math.max(previousEnd, date.begin - BEFORE), date.begin);
        int to = clauseEnd(text, date.end, Math.min(nextBegin, date.end + AFTER));
        int begin = date.begin;
        int end = date.end;
        boolean period = nextBegin < text.length()
                && PERIOD_JOIN.matcher(text).region(date.end, nextBegin).matches();
        if (!period && (isInjury(text, from, date.begin, workDocument)
                || isInjuryEvent(text, from, date.begin, date.end, workDocument))) {
            DateOfInjuryAnnotation injury = new DateOfInjuryAnnotation(jcas, begin, end);
            injury.setIso(date.iso);
            injury.addToIndexes();
            return null;
        }
        ClinicalDate clinical = new ClinicalDate(jcas, begin, end);
        clinical.setIso(date.iso);
        String role = joinedRole != null ? joinedRole : role(text, from, date.begin, date.end, to, period);
        clinical.setRole(role);
        clinical.addToIndexes();
        return role;
    }

    /**
     * A year alone ({@code in 2005}), a month alone ({@code in March}) or a month and day
     * ({@code on January 5}) right after a date-of-injury phrase ({@code hurt his knee in 2005}),
     * or naming the injury event ({@code the 2011 injury}, {@code In 1998, she fell}), is a
     * {@link DateOfInjuryAnnotation} with the precision written ({@code iso} {@code 2005},
     * {@code --03}, {@code --01-05}); anywhere else it is no date.
     */
    private void annotatePartialInjuryDates(JCas jcas, List<Found> dates, boolean workDocument) {
        String text = jcas.getDocumentText();
        Matcher m = PARTIAL.matcher(text);
        int next = 0;
        while (m.find()) {
            while (next < dates.size() && dates.get(next).end <= m.start()) {
                next++;
            }
            if (next < dates.size() && dates.get(next).begin < m.end()) {
                continue;
            }
            String iso = partialIso(m);
            int from = clauseStart(text, Math.max(0, m.start() - BEFORE), m.start());
            if (iso != null && (isInjury(text, from, m.start(), workDocument)
                    || isInjuryEvent(text, from, m.start(), m.end(), workDocument))) {
                DateOfInjuryAnnotation injury = new DateOfInjuryAnnotation(jcas, m.start("date"), m.end());
                injury.setIso(iso);
                injury.addToIndexes();
            }
        }
    }

    /** {@code YYYY}, {@code --MM} or {@code --MM-DD} for a partial date, or null. */
    private String partialIso(Matcher m) {
        if (m.group("year") != null) {
            return m.group("year");
        }
        String month = monthIso(m.group("month"));
        if (month == null || m.group("day") == null) {
            return month;
        }
        int day = Integer.parseInt(m.group("day"));
        return iso(2000, Integer.parseInt(month.substring(2)), day) == null ? null
                : month + String.format(Locale.ROOT, "-%02d", day);
    }

    /** {@code --MM} for a month name, or null. */
    private String monthIso(String name) {
        Integer month = name == null ? null : rules.months.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return month == null ? null : String.format(Locale.ROOT, "--%02d", month);
    }

    /**
     * Whether an injury phrase ends where the date starts, with no word of another event between
     * the phrase's start and the date ({@link #namesOtherEvent}): in {@code fell and was seen in
     * the emergency room on 3/4/2010} the date is the visit's; for rows guarding their clause, no
     * such word anywhere in the clause before the date. Rows of a fall or an accident count
     * only in a {@code workDocument}, one that names a work injury ({@code date-of-injury-work-cues.txt}).
     */
    private boolean isInjury(String text, int from, int date, boolean workDocument) {
        String window = text.substring(from, date).toLowerCase(Locale.ROOT);
        for (DateRules.Injury injury : rules.injury) {
            if ((workDocument || !injury.workDocumentOnly()) && window.contains(injury.anchor())) {
                Matcher m = injury.pattern().matcher(text).region(from, date);
                if (m.find() && !namesOtherEvent(text, injury.clauseGuard() ? from : m.start(), date)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the date opens a clause on the injury event ({@code On 2/2/2010, she injured her back})
     * or names it ({@code since the 4/5/2010 injury}), with no word of another event between the
     * date and the injury word ({@code the 2011 MRI for the injury} dates the MRI).
     */
    private boolean isInjuryEvent(String text, int from, int begin, int end, boolean workDocument) {
        boolean before = false;
        for (Pattern p : rules.injuryEventBefore) {
            before |= p.matcher(text).region(from, begin).find();
        }
        if (!before) {
            return false;
        }
        for (DateRules.InjuryEvent event : rules.injuryEventAfter) {
            if (event.workDocumentOnly() && !workDocument) {
                continue;
            }
            Matcher m = event.pattern().matcher(text).region(end, text.length());
            if (m.lookingAt() && !namesOtherEvent(text, end, m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a role trigger other than a generic verb ({@code date-roles.tsv}: {@code seen},
     * {@code MRI}, {@code surgery}, {@code report}) stands in {@code [begin, end)}: the date then
     * belongs to that event, not to the injury, even when both happened the same day. Triggers of
     * role {@code other} ({@code cumulative trauma}) name no other event, and a trigger right after
     * its subject is a verb of telling ({@code he reports a twisting injury on 7/31/2005}).
     */
    private boolean namesOtherEvent(String text, int begin, int end) {
        for (PhraseMatcher.Match<DateRules.RoleTrigger> m : rules.roles.findAll(text, begin, end)) {
            if (!m.value().weak() && !m.value().role().equals(OTHER)
                    && !subjectBefore(text, m.begin())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word before {@code at}, separated from it by white space only, is a subject
     * ({@code date-role-subjects.txt}) that makes the trigger at {@code at} a verb ({@code she reports}).
     */
    private boolean subjectBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end < at && begin < end && (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                && rules.roleSubjects.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The role of the trigger nearest the date: the last one before it or the first one after it;
     * weak triggers only when no other is near. A trigger naming a one-day event gives no role to
     * a period.
     */
    private String role(String text, int from, int begin, int end, int to, boolean period) {
        List<PhraseMatcher.Match<DateRules.RoleTrigger>> before = rules.roles.findAll(text, from, begin);
        List<PhraseMatcher.Match<DateRules.RoleTrigger>> after = rules.roles.findAll(text, end, to);
        String strong = nearest(before, after, begin, end, false, period);
        if (strong != null) {
            return strong;
        }
        String weak = nearest(before, after, begin, end, true, period);
        return weak != null ? weak : OTHER;
    }

    private static String nearest(List<PhraseMatcher.Match<DateRules.RoleTrigger>> before,
                                  List<PhraseMatcher.Match<DateRules.RoleTrigger>> after,
                                  int begin, int end, boolean weak, boolean period) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (PhraseMatcher.Match<DateRules.RoleTrigger> m : before) {
            if (m.value().weak() == weak && begin - m.end() <= distance) {
                distance = begin - m.end();
                best = period && m.value().single() ? OTHER : m.value().role();
            }
        }
        for (PhraseMatcher.Match<DateRules.RoleTrigger> m : after) {
            if (m.value().weak() == weak) {
                if (m.begin() - end < distance) {
                    best = period && m.value().single() ? OTHER : m.value().role();
                }
                break;
            }
        }
        return best;
    }

    /** Start of the clause holding a date: after the last sentence end or line break before it. */
    private static int clauseStart(String text, int from, int date) {
        for (int i = date - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && i > 0 && Character.isLowerCase(text.charAt(i - 1)))) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * End of the words after a date that can still describe it: up to a comma, period, line end
     * or capitalised word (the next item of a list the clean-up joined).
     */
    private static int clauseEnd(String text, int date, int to) {
        for (int i = date; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || c == ',' || c == '.'
                    || (Character.isUpperCase(c) && i > date && text.charAt(i - 1) == ' ')) {
                return i;
            }
        }
        return to;
    }

    /** Whether the digits at {@code i} (one, two or four) are followed by a date separator. */
    private static boolean separatorFollows(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        int digits = j - i;
        if (j >= text.length() || (digits != 1 && digits != 2 && digits != 4)) {
            return false;
        }
        char c = text.charAt(j);
        return c == '/' || c == '-' || c == '.';
    }

    /** A character that, right before a number, makes it part of something else ({@code #60}, {@code 1.5}). */
    private static boolean joinsNumber(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '.' || c == '#' || c == '-';
    }

    private static String numericIso(Matcher m) {
        if (m.group("iy") != null) {
            return iso(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
                    Integer.parseInt(m.group("id")));
        }
        if (m.group("mm") != null) {
            return yearMonth(Integer.parseInt(m.group("my")), Integer.parseInt(m.group("mm")));
        }
        String y = m.group("y");
        if (".".equals(m.group("sep")) && y.length() != 4) {
            return null;
        }
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            year += year <= PIVOT ? 2000 : 1900;
        }
        return iso(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    }

    /**
     * Spelled-out dates: the regular expressions run only where a month name stands, found by a
     * scan over words (a case-insensitive alternation of month names at every position is slow).
     */
    private void findSpelled(String text, List<Found> dates) {
        int length = text.length();
        Matcher monthFirst = rules.monthFirst.matcher(text);
        Matcher dayFirst = rules.dayFirst.matcher(text);
        int i = 0;
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < length && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i = j;
                continue;
            }
            if (j - i >= 3 && j - i <= 9 && rules.mayStartMonth(text.charAt(i)) && numberNear(text, i, j)
                    && rules.months.containsKey(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                int dayStart = dayStart(text, i);
                Matcher m = dayStart < i && dayFirst.region(dayStart, length).lookingAt() ? dayFirst
                        : monthFirst.region(i, length).lookingAt() ? monthFirst : null;
                String iso = m == null ? null : spelledIso(m, m == dayFirst ? new int[] {2} : new int[] {1, 3});
                if (iso != null) {
                    dates.add(new Found(m.start(), m.end(), iso));
                    j = m.end();
                }
            }
            i = j;
        }
    }

    /**
     * Whether a word at {@code [begin, end)} could be the month of a date: a digit or "of" follows
     * it (after a period and spaces), or a digit precedes it.
     */
    private static boolean numberNear(String text, int begin, int end) {
        int k = end;
        if (k < text.length() && text.charAt(k) == '.') {
            k++;
        }
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        boolean after = k < text.length() && (Character.isDigit(text.charAt(k)) || text.startsWith("of ", k));
        return after || dayStart(text, begin) < begin;
    }

    /** Where a day number written before the month at {@code month} starts ({@code 17 October}). */
    private static int dayStart(String text, int month) {
        int k = month;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        int letters = 0;
        while (k > 0 && Character.isLetter(text.charAt(k - 1)) && letters < 2) {
            k--;
            letters++;
        }
        int digits = 0;
        while (k > 0 && Character.isDigit(text.charAt(k - 1)) && digits < 2) {
            k--;
            digits++;
        }
        boolean wordStart = k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1));
        return digits > 0 && wordStart && k < month - 1 ? k : month;
    }

    /** The ISO form of a spelled-out date matched with the alternatives {@code groups} (1-3). */
    private String spelledIso(Matcher m, int[] groups) {
        for (int k : groups) {
            String month = m.group("m" + k);
            if (month != null) {
                Integer number = rules.months.get(month.toLowerCase(Locale.ROOT));
                int year = Integer.parseInt(m.group("y" + k));
                if (number == null || (k == 3 && "may".equalsIgnoreCase(month) && !month.equals("May"))) {
                    return null;
                }
                if (k == 3) {
                    return yearMonth(year, number);
                }
                String day = m.group("d" + k).replaceAll("\\D", "");
                return iso(year, number, Integer.parseInt(day));
            }
        }
        return null;
    }

    private static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String yearMonth(int year, int month) {
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month).toString();
    }

    private record Found(int begin, int end, String iso) {
    }
}
