package org.imrnlp.annotators.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;

/**
 * The data behind {@link DateAnnotator}: month names ({@code months.tsv}), date-of-injury
 * triggers ({@code date-of-injury-triggers.txt}) and role triggers ({@code date-roles.tsv}),
 * compiled into patterns. Immutable and shared.
 */
final class DateRules {

    static final String MONTHS = "months.tsv";
    static final String INJURY = "date-of-injury-triggers.txt";
    static final String ROLES = "date-roles.tsv";

    final Map<String, Integer> months;
    /** A spelled-out date: {@code October 17, 2013}, {@code 17 October 2013}, {@code October of 2013}. */
    final Pattern spelled;
    /** Ends where a date of injury starts. */
    final Pattern injury;
    final List<Role> roles;

    private DateRules(Map<String, Integer> months, Pattern spelled, Pattern injury, List<Role> roles) {
        this.months = months;
        this.spelled = spelled;
        this.injury = injury;
        this.roles = roles;
    }

    static DateRules load(String ignored) {
        Map<String, Integer> months = new HashMap<>();
        for (TsvTable.Row row : ResourceFiles.table(MONTHS).rows()) {
            months.put(row.get("name").toLowerCase(Locale.ROOT), Integer.parseInt(row.get("number")));
        }
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(?:" + String.join("|", names) + ")";
        String day = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
        String year = "(?:1[89]\\d\\d|20\\d\\d)";
        Pattern spelled = Pattern.compile("\\b(?:"
                + "(?<m1>" + month + ")\\.?\\s+(?<d1>" + day + "),?\\s+(?<y1>" + year + ")"
                + "|(?<d2>" + day + ")\\s+(?<m2>" + month + ")\\.?,?\\s+(?<y2>" + year + ")"
                + "|(?<m3>" + month + ")\\.?(?:\\s+of)?,?\\s+(?<y3>" + year + ")"
                + ")(?![\\w/-])", Pattern.CASE_INSENSITIVE);
        List<String> triggers = ResourceFiles.lines(INJURY).stream().map(String::strip).toList();
        Pattern injury = Pattern.compile("(?:" + String.join("|", triggers) + ")[\\s:,(]*$",
                Pattern.CASE_INSENSITIVE);
        List<Role> roles = new ArrayList<>();
        for (TsvTable.Row row : ResourceFiles.table(ROLES).rows()) {
            roles.add(new Role(row.get("role"), Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE)));
        }
        return new DateRules(Map.copyOf(months), spelled, injury, List.copyOf(roles));
    }

    /** A role and the words that give it. */
    record Role(String name, Pattern pattern) {
    }
}
