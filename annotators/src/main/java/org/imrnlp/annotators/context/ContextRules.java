package org.imrnlp.annotators.context;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imrnlp.models.FirstLetters;
import org.imrnlp.models.FuzzyWords;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.PhraseMatcher.Match;
import org.imrnlp.models.TsvTable;

/**
 * The ConText rules of a rule table: its phrases (triggers, pseudo-triggers, terminators) with
 * their scope behaviour ({@link ContextRule}), found at a position of a sentence: exactly (ignoring
 * case), or with a misspelled long first word ({@value #MIN_MISSPELLED_LENGTH}+ letters, one edit
 * from exactly one rule phrase's first word), as in {@code excacerbation of}, so that a
 * misspelling does not change a phrase's effect. Immutable and thread-safe.
 *
 * <p>The table's columns: {@code phrase, kind, category, direction} and, optional,
 * {@code allowed_types, excluded_types, max_scope, terminated_by, sections} (lists separated by
 * {@code |}). A trigger whose {@code terminated_by} is empty takes its category's default from the
 * categories table ({@code category, terminated_by}). A bad row is an error naming the table and
 * the row's phrase.
 */
public final class ContextRules {

    /** First words at least this long are matched with one edit. */
    public static final int MIN_MISSPELLED_LENGTH = 9;

    /** The target types a rule may name in {@code allowed_types} and {@code excluded_types}. */
    public static final Set<String> TARGET_TYPES = Set.of("medication", "diagnosis", "symptom", "examfinding",
            "procedure");

    private final PhraseMatcher<ContextRule> phrases;
    private final FuzzyWords firstWords;
    private final int longestPhrase;
    /** The first letters of the first words long enough to be misspelled. */
    private final FirstLetters misspelledStarts;

    private ContextRules(PhraseMatcher<ContextRule> phrases, FuzzyWords firstWords, int longestPhrase,
                         Set<String> firstWordSet) {
        this.phrases = phrases;
        this.firstWords = firstWords;
        this.longestPhrase = longestPhrase;
        this.misspelledStarts = FirstLetters.of(
                firstWordSet.stream().filter(w -> w.length() >= MIN_MISSPELLED_LENGTH).toList());
    }

    /**
     * Rules from a rule table and a categories table (see the class comment). Names in
     * {@code terminated_by} must be a terminator category of the table, a trigger category or one
     * of the clause boundaries of {@link ClauseBoundaries#NAMES}.
     *
     * @throws IllegalStateException for a bad row, naming the table and the row
     */
    public static ContextRules of(TsvTable table, TsvTable categories) {
        Set<String> boundaries = new TreeSet<>(ClauseBoundaries.NAMES);
        boundaries.add(ContextRule.TERMINATE);
        for (ContextRule.Category c : ContextRule.Category.values()) {
            boundaries.add(c.label());
        }
        for (TsvTable.Row row : table.rows()) {
            if (row.get("kind").equalsIgnoreCase("terminator")) {
                boundaries.add(terminatorCategory(row));
            }
        }
        Map<ContextRule.Category, List<String>> defaults = categoryDefaults(categories, boundaries);
        Map<String, ContextRule> rules = new LinkedHashMap<>();
        Set<String> firstWords = new TreeSet<>();
        int longest = 0;
        for (TsvTable.Row row : table.rows()) {
            String phrase = PhraseMatcher.normalize(row.get("phrase"));
            ContextRule rule;
            try {
                rule = parse(row, defaults, boundaries);
            } catch (IllegalArgumentException e) {
                throw badRow(row, phrase, e.getMessage());
            }
            if (phrase.isEmpty()) {
                throw badRow(row, phrase, "empty phrase");
            }
            if (rules.putIfAbsent(phrase, rule) != null) {
                throw badRow(row, phrase, "the phrase appears twice");
            }
            firstWords.add(phrase.split(" ", 2)[0]);
            longest = Math.max(longest, phrase.length());
        }
        return new ContextRules(PhraseMatcher.of(rules), FuzzyWords.of(firstWords, MIN_MISSPELLED_LENGTH, n -> 1),
                longest, firstWords);
    }

    /** An error naming the file and line of {@code row} and its phrase. */
    private static RuntimeException badRow(TsvTable.Row row, String phrase, String problem) {
        return row.error("'" + phrase + "': " + problem);
    }

    /** The default {@code terminated_by} of each trigger category; every category must have a row. */
    private static Map<ContextRule.Category, List<String>> categoryDefaults(TsvTable categories,
                                                                           Set<String> boundaries) {
        Map<ContextRule.Category, List<String>> defaults = new EnumMap<>(ContextRule.Category.class);
        for (TsvTable.Row row : categories.rows()) {
            ContextRule.Category c;
            try {
                c = ContextRule.Category.valueOf(row.get("category").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(categories.name() + ": unknown category '" + row.get("category") + "'");
            }
            List<String> names = lowerCase(row.list("terminated_by"));
            for (String name : names) {
                if (!boundaries.contains(name)) {
                    throw new IllegalStateException(categories.name() + ": category " + c.label()
                            + ": terminated_by names no terminator or trigger category: " + name);
                }
            }
            defaults.put(c, names);
        }
        for (ContextRule.Category c : ContextRule.Category.values()) {
            if (!defaults.containsKey(c)) {
                throw new IllegalStateException(categories.name() + ": no row for category " + c.label());
            }
        }
        return defaults;
    }

    private static String terminatorCategory(TsvTable.Row row) {
        String category = row.get("category").toLowerCase(Locale.ROOT);
        return category.isEmpty() ? ContextRule.TERMINATE : category;
    }

    /** One row's rule; an IllegalArgumentException says what is wrong with it. */
    private static ContextRule parse(TsvTable.Row row, Map<ContextRule.Category, List<String>> defaults,
                                     Set<String> boundaries) {
        ContextRule.Kind kind = value(ContextRule.Kind.class, "kind", row.get("kind"));
        if (kind == ContextRule.Kind.PSEUDO) {
            return ContextRule.pseudo();
        }
        if (kind == ContextRule.Kind.TERMINATOR) {
            return ContextRule.terminator(terminatorCategory(row));
        }
        ContextRule.Category category = value(ContextRule.Category.class, "category", row.get("category"));
        ContextRule.Direction direction = value(ContextRule.Direction.class, "direction", row.get("direction"));
        Set<String> allowed = types(row, "allowed_types");
        Set<String> excluded = types(row, "excluded_types");
        String max = row.has("max_scope") ? row.get("max_scope") : "";
        int maxScope;
        try {
            maxScope = max.isEmpty() ? 0 : Integer.parseInt(max);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max_scope is not a number: " + max);
        }
        if (maxScope < 0) {
            throw new IllegalArgumentException("max_scope must not be negative: " + max);
        }
        List<String> terminatedBy = row.has("terminated_by") ? lowerCase(row.list("terminated_by")) : List.of();
        if (terminatedBy.isEmpty()) {
            terminatedBy = defaults.get(category);
        }
        for (String name : terminatedBy) {
            if (!boundaries.contains(name)) {
                throw new IllegalArgumentException("terminated_by names no terminator or trigger category: " + name);
            }
        }
        Set<String> sections = row.has("sections") ? Set.copyOf(row.list("sections")) : Set.of();
        return new ContextRule(kind, category, direction, null, allowed, excluded, maxScope,
                Set.copyOf(terminatedBy), sections);
    }

    /** The constant of {@code kind} named {@code cell} (any case). */
    private static <E extends Enum<E>> E value(Class<E> kind, String column, String cell) {
        for (E e : kind.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(cell)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + column + ": " + cell);
    }

    private static Set<String> types(TsvTable.Row row, String column) {
        if (!row.has(column)) {
            return Set.of();
        }
        Set<String> types = new TreeSet<>(lowerCase(row.list(column)));
        for (String t : types) {
            if (!TARGET_TYPES.contains(t)) {
                throw new IllegalArgumentException(column + " names an unknown target type: " + t
                        + " (known: " + new TreeSet<>(TARGET_TYPES) + ")");
            }
        }
        return types;
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The longest rule phrase starting at {@code begin} and ending by {@code to}, or null. */
    public Match<ContextRule> longestAt(CharSequence text, int begin, int to) {
        if (begin >= to) {
            return null;
        }
        char first = text.charAt(begin);
        Match<ContextRule> exact = phrases.longestAt(text, begin, to);
        if (exact != null) {
            return exact;
        }
        if (!misspelledStarts.mayStart(first)) {
            return null;
        }
        int wordEnd = begin;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd - begin < MIN_MISSPELLED_LENGTH) {
            return null;
        }
        List<FuzzyWords.Near> near = firstWords.near(text.subSequence(begin, wordEnd).toString());
        if (near.size() != 1) {
            return null;
        }
        String word = near.get(0).word();
        String probe = word + text.subSequence(wordEnd, Math.min(to, wordEnd + longestPhrase));
        Match<ContextRule> m = phrases.longestAt(probe, 0, probe.length());
        return m == null ? null : new Match<>(begin, wordEnd + m.end() - word.length(), m.phrase(), m.value());
    }
}
