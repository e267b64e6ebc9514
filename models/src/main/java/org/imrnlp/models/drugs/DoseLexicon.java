package org.imrnlp.models.drugs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.imrnlp.models.RuleIds;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;

/**
 * The dosing vocabulary: strength units ({@code dose-units.tsv}), dosage forms
 * ({@code dose-forms.tsv}), routes ({@code dose-routes.tsv}), number words
 * ({@code number-words.tsv}), the words allowed between a name and its doses ({@code dose-gap-words.txt})
 * and the frequency, quantity, refills, duration and amount patterns
 * of {@code dose-patterns.tsv}. Immutable and thread-safe; get the shared copy with {@link #get()}.
 */
public final class DoseLexicon {

    /** A number: {@code 10}, {@code 7.5}, {@code .5}, {@code 50,000} (thousands separated by commas). */
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)|\\d+(?:\\.\\d+)?|\\.\\d+)";

    /** The rule file of dose patterns. */
    public static final String PATTERNS = "dose-patterns.tsv";
    /** The kinds of dose patterns ({@code skip}: text passed over without a dose). */
    private static final java.util.Set<String> KINDS = java.util.Set.of("frequency", "amount", "duration", "quantity",
            "refills", "skip");

    private final Map<String, String> units;
    private final Map<String, String> forms;
    private final Map<String, String> routes;
    private final Map<String, String> numberWords;
    private final List<DosePattern> patterns;
    private final Pattern strength;
    private final Pattern form;
    private final Pattern route;
    private final Pattern count;
    private final StartChars strengthStarts;
    private final StartChars formStarts;
    private final StartChars routeStarts;
    /** The last characters of the route words, in both cases. */
    private final String routeEnds;
    private final java.util.Set<String> gapWords;
    private final java.util.Set<String> sigLabels;

    private DoseLexicon(Map<String, String> units, Map<String, String> forms, Map<String, String> routes,
                        Map<String, String> numberWords, List<TsvTable.Row> patternRows, List<String> gapWords,
                        List<String> sigLabels) {
        this.gapWords = gapWords.stream().map(w -> w.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.sigLabels = sigLabels.stream().map(w -> w.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.units = lowerKeys(units);
        this.forms = lowerKeys(forms);
        this.routes = routes;
        this.numberWords = lowerKeys(numberWords);
        String countRegex = "(?:\\d+|" + alternation(numberWords.keySet(), false) + "\\b)";
        String formRegex = alternation(forms.keySet(), false);
        String unitRegex = alternation(units.keySet(), false);
        this.count = Pattern.compile(countRegex, Pattern.CASE_INSENSITIVE);
        this.form = Pattern.compile("(?:" + formRegex + ")\\b", Pattern.CASE_INSENSITIVE);
        this.route = Pattern.compile("(?:" + alternation(routes.keySet(), true) + ")(?![\\w.])",
                Pattern.CASE_INSENSITIVE);
        String unitGroup = "(" + unitRegex + ")(?![a-z])";
        this.strength = Pattern.compile(NUMBER + "\\s?(?:" + unitGroup + ")?(?:(?:\\s?/\\s?|(?<=\\d)-)" + NUMBER
                + "\\s?(?:" + unitGroup + ")?)?", Pattern.CASE_INSENSITIVE);
        List<DosePattern> compiled = new ArrayList<>();
        for (TsvTable.Row row : patternRows) {
            String regex = row.required("pattern").replace("{COUNT}", countRegex).replace("{FORM}", "(?:" + formRegex + ")");
            String kind = row.required("kind");
            if (!KINDS.contains(kind)) {
                throw row.error("unknown kind " + kind + " (one of " + KINDS + ")");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw row.error("bad pattern", e);
            }
            compiled.add(new DosePattern(RuleIds.id(row), kind, pattern, row.get("value"), StartChars.of(pattern)));
        }
        RuleIds.requireUnique(patternRows);
        this.patterns = List.copyOf(compiled);
        this.strengthStarts = StartChars.of(strength);
        this.formStarts = StartChars.of(form);
        this.routeStarts = StartChars.of(route);
        this.routeEnds = routes.keySet().stream().map(w -> w.substring(w.length() - 1))
                .map(c -> c.toLowerCase(Locale.ROOT) + c.toUpperCase(Locale.ROOT)).distinct().collect(Collectors.joining());
    }

    /** The shared dosing vocabulary of the built-in rule pack. */
    public static DoseLexicon get() {
        return get(RulePack.builtIn());
    }

    /** The shared dosing vocabulary built from the dose files of {@code pack}. */
    public static DoseLexicon get(RulePack pack) {
        return pack.cached(PATTERNS, DoseLexicon.class, DoseLexicon::load);
    }

    private static DoseLexicon load(RulePack pack) {
        List<TsvTable.Row> rows = pack.table(PATTERNS).rows();
        return new DoseLexicon(pairs(pack, "dose-units.tsv", "written", "unit"), pairs(pack, "dose-forms.tsv", "written", "form"),
                pairs(pack, "dose-routes.tsv", "written", "route"), pairs(pack, "number-words.tsv", "word", "value"), rows,
                pack.lines("dose-gap-words.txt"), pack.lines("dose-sig-labels.txt"));
    }

    private static Map<String, String> pairs(RulePack pack, String file, String key, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        for (TsvTable.Row row : pack.table(file).rows()) {
            map.put(row.get(key), row.get(value));
        }
        return map;
    }

    private static Map<String, String> lowerKeys(Map<String, String> map) {
        Map<String, String> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(out);
    }

    /**
     * A regex alternation of {@code words}, longest first, white space matching any white space;
     * with {@code exactCaseShort}, words of up to three letters written in upper case (PO, IV)
     * match only in that case.
     */
    private static String alternation(java.util.Collection<String> words, boolean exactCaseShort) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> {
                    String quoted = Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
                    boolean shortUpper = w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT));
                    return exactCaseShort && shortUpper ? "(?-i:" + quoted + ")" : quoted;
                })
                .collect(Collectors.joining("|"));
    }

    /**
     * Strength pattern: group 1 the number, 2 its unit, 3 a second number after a slash
     * ({@code 10/325}) or a hyphen right after the first number ({@code 7.5-325 mg}, {@code 5-10 mg}),
     * 4 the second unit. Numbers may have thousands commas ({@code 50,000 IU}).
     */
    public Pattern strength() {
        return strength;
    }

    /** Whether {@code word} may stand between a medication and its next dose ({@code dose-gap-words.txt}). */
    public boolean isGapWord(String word) {
        return gapWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} labels a line of a prescription block that continues the medication line
     * before it ({@code Sig:}, {@code Qty:}, {@code Refills:}; {@code dose-sig-labels.txt}).
     */
    public boolean isSigLabel(String word) {
        return sigLabels.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The characters a {@link #strength()} match can begin with. */
    public StartChars strengthStarts() {
        return strengthStarts;
    }

    /** Dosage form words. */
    public Pattern form() {
        return form;
    }

    /** The characters a {@link #form()} match can begin with. */
    public StartChars formStarts() {
        return formStarts;
    }

    /** Route words. */
    public Pattern route() {
        return route;
    }

    /** The characters a {@link #route()} match can begin with. */
    public StartChars routeStarts() {
        return routeStarts;
    }

    /** Whether a {@link #route()} match can end with {@code c}. */
    public boolean canEndRoute(char c) {
        return routeEnds.indexOf(c) >= 0;
    }

    /** A number or number word. */
    public Pattern count() {
        return count;
    }

    /** The patterns of {@code dose-patterns.tsv}, in file order. */
    public List<DosePattern> patterns() {
        return patterns;
    }

    /** The normalized unit of a written unit, or null. */
    public String unit(String written) {
        return written == null ? null : units.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The normalized form of a written form word, or null. */
    public String form(String written) {
        return forms.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The normalized route of a written route word, or null. */
    public String route(String written) {
        String key = written.replaceAll("\\s+", " ");
        String exact = routes.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : routes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Digits for a number word ({@code two} is 2); anything else unchanged. */
    public String number(String written) {
        String key = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return numberWords.getOrDefault(key, written);
    }

    /** The value of a pattern match: the template with {@code $n} replaced by group n (number words as digits). */
    public String value(DosePattern pattern, Matcher match) {
        String template = pattern.valueTemplate();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int group = template.charAt(++i) - '0';
                String g = match.group(group);
                out.append(g == null ? "" : normalizeCount(g));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String normalizeCount(String group) {
        Matcher m = count.matcher(group);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(group, last, m.start()).append(number(m.group()));
            last = m.end();
        }
        out.append(group.substring(last));
        return out.toString().replaceAll("\\s*(?:-|\\bto\\b)\\s*", "-").toLowerCase(Locale.ROOT);
    }

    /**
     * One row of {@code dose-patterns.tsv}.
     *
     * @param id            the rule id ({@code dose.frequency.3})
     * @param kind          dose kind label ({@code frequency}, {@code quantity} ...)
     * @param pattern       compiled, case-insensitive
     * @param valueTemplate value with {@code $n} group references
     * @param starts        the characters a match can begin with
     */
    public record DosePattern(String id, String kind, Pattern pattern, String valueTemplate, StartChars starts) {
    }
}
