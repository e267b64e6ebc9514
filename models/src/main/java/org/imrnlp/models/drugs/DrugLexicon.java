package org.imrnlp.models.drugs;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imrnlp.models.FuzzyWords;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * The drug lexicon of {@code drugs.tsv} and {@code drug-classes.tsv}: every generic, brand and
 * synonym name of a drug, the class phrases, the salt and release-form words that extend a name
 * ({@code drug-suffixes.tsv}), and look-ups for misspelled names (bounded edit distance, never a
 * word of {@code drug-fuzzy-stopwords.txt}) and for names glued to a preceding lower-case word
 * ({@code drug-glue-prefixes.txt}). Immutable and thread-safe; get the shared copy with
 * {@link #get()}.
 */
public final class DrugLexicon {

    /** Names shorter than this are never matched by edit distance. */
    public static final int MIN_FUZZY_LENGTH = 6;

    /**
     * Shortest name or capitalized word matched by one inserted or deleted letter when the other of
     * the two is one letter longer ({@code Norcco}, {@code Advill}, {@code Motrn}); no substitution,
     * since short English words differ from short names by one letter ({@code alive}, {@code alert}).
     */
    public static final int MIN_SHORT_FUZZY_LENGTH = 5;

    /** Names of this length and longer allow two edits; shorter ones one. */
    public static final int TWO_EDIT_LENGTH = 10;

    /** The generated RxNorm names ({@link RxNormLexiconBuilder}). */
    static final String RXNORM = "drugs-rxnorm.tsv";

    /** Glued names must have at least this many letters. */
    public static final int MIN_GLUED_NAME_LENGTH = 5;

    private final PhraseMatcher<Drug> names;
    private final PhraseMatcher<String> classes;
    private final PhraseMatcher<Boolean> suffixes;
    private final PhraseMatcher<Boolean> classExclusions;
    private final PhraseMatcher<Boolean> nameExclusions;
    private final Map<String, Drug> exactNames;
    private final FuzzyWords fuzzyNames;
    private final FuzzyWords shortFuzzyNames;
    private final Set<String> stopwords;
    private final List<String> gluePrefixes;

    private DrugLexicon(Map<String, Drug> exactNames, Set<String> fuzzyCandidates, Map<String, String> classPhrases,
                       Map<String, Boolean> suffixWords, Set<String> stopwords, List<String> gluePrefixes,
                       List<String> exclusions, List<String> notNames) {
        this.names = PhraseMatcher.of(exactNames);
        this.classes = PhraseMatcher.of(classPhrases);
        this.suffixes = PhraseMatcher.of(suffixWords);
        Map<String, Boolean> excluded = new HashMap<>();
        exclusions.forEach(e -> excluded.put(e, Boolean.TRUE));
        this.classExclusions = PhraseMatcher.of(excluded);
        Map<String, Boolean> notDrugs = new HashMap<>();
        notNames.forEach(e -> notDrugs.put(e, Boolean.TRUE));
        this.nameExclusions = PhraseMatcher.of(notDrugs);
        this.exactNames = Collections.unmodifiableMap(new HashMap<>(exactNames));
        this.stopwords = Collections.unmodifiableSet(new HashSet<>(stopwords));
        this.gluePrefixes = List.copyOf(gluePrefixes);
        this.fuzzyNames = FuzzyWords.of(fuzzyCandidates, MIN_FUZZY_LENGTH,
                length -> length >= TWO_EDIT_LENGTH ? 2 : 1);
        this.shortFuzzyNames = FuzzyWords.of(fuzzyCandidates.stream()
                .filter(n -> n.length() <= MIN_FUZZY_LENGTH).toList(), MIN_SHORT_FUZZY_LENGTH, length -> 1);
    }

    /** The shared lexicon of the built-in rule pack. */
    public static DrugLexicon get() {
        return get(RulePack.builtIn());
    }

    /** The shared lexicon built from the drug files of {@code pack}. */
    public static DrugLexicon get(RulePack pack) {
        return pack.cached("drugs.tsv", DrugLexicon.class, DrugLexicon::load);
    }

    private static DrugLexicon load(RulePack pack) {
        Map<String, Drug> names = new LinkedHashMap<>();
        for (TsvTable.Row row : pack.table("drugs.tsv").rows()) {
            String rxcui = row.get("rxcui");
            Drug drug = new Drug(row.get("ingredient").toLowerCase(Locale.ROOT), row.get("class"),
                    rxcui.isEmpty() ? null : rxcui);
            names.put(PhraseMatcher.normalize(row.get("ingredient")), drug);
            for (String column : List.of("brands", "synonyms")) {
                row.list(column).forEach(n -> names.put(PhraseMatcher.normalize(n), drug));
            }
        }
        Set<String> handWritten = Set.copyOf(names.keySet());
        addRxNorm(pack, names);
        Map<String, String> classPhrases = new LinkedHashMap<>();
        for (TsvTable.Row row : pack.table("drug-classes.tsv").rows()) {
            classPhrases.put(row.get("phrase"), row.get("class"));
        }
        Map<String, Boolean> suffixWords = new LinkedHashMap<>();
        for (TsvTable.Row row : pack.table("drug-suffixes.tsv").rows()) {
            suffixWords.put(row.get("suffix"), "release".equals(row.get("kind")));
        }
        Set<String> stop = new HashSet<>();
        pack.lines("drug-fuzzy-stopwords.txt").forEach(w -> stop.add(w.strip().toLowerCase(Locale.ROOT)));
        List<String> prefixes = pack.lines("drug-glue-prefixes.txt").stream()
                .map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
        return new DrugLexicon(names, handWritten, classPhrases, suffixWords, stop, prefixes,
                pack.lines("drug-class-exclusions.txt").stream().map(String::strip).toList(),
                pack.lines("drug-name-exclusions.txt").stream().map(String::strip).toList());
    }

    /**
     * Adds the names of {@value #RXNORM} that the hand-written lexicon lacks. A product whose
     * ingredients a hand-written row has takes that row's normalized name and class (and the
     * RxCUI of the name where the row has none); other products are named by their RxNorm
     * ingredients, without a class. These names are matched exactly, never by edit distance.
     */
    private static void addRxNorm(RulePack pack, Map<String, Drug> names) {
        Map<Set<String>, Drug> byIngredients = new HashMap<>();
        for (Drug d : names.values()) {
            byIngredients.putIfAbsent(Set.of(d.normalized().split("/")), d);
        }
        for (TsvTable.Row row : pack.table(RXNORM).rows()) {
            String key = PhraseMatcher.normalize(row.get("name"));
            if (names.containsKey(key)) {
                continue;
            }
            String ingredients = row.get("ingredients");
            Set<String> set = new HashSet<>(List.of(ingredients.split("/")));
            Drug known = set.size() == ingredients.split("/").length ? byIngredients.get(set) : null;
            String rxcui = row.get("rxcui").isEmpty() ? null : row.get("rxcui");
            names.put(key, known != null
                    ? new Drug(known.normalized(), known.drugClass(), known.rxcui() != null ? known.rxcui() : rxcui)
                    : new Drug(ingredients, null, rxcui));
        }
    }

    /** Matcher of every drug name (generic, brand, synonym), case-insensitive. */
    public PhraseMatcher<Drug> names() {
        return names;
    }

    /**
     * Matcher of the phrases of {@code drug-name-exclusions.txt} that contain a drug name without
     * naming a medication ({@code morphine equivalent dose}, {@code insulin-dependent}).
     */
    public PhraseMatcher<Boolean> nameExclusions() {
        return nameExclusions;
    }

    /** Matcher of drug class phrases to their canonical class. */
    public PhraseMatcher<String> classes() {
        return classes;
    }

    /** The drug of an exact name (any case), or null. */
    public Drug exact(String name) {
        return exactNames.get(PhraseMatcher.normalize(name));
    }

    /**
     * The end of the salt and release-form words written right after a name ending at
     * {@code end} (a space or hyphen before each), or {@code end} if there are none. Release
     * forms ({@code ER}, {@code CR}) count only in upper case.
     */
    public int suffixEnd(CharSequence text, int end, int to) {
        int current = end;
        while (current < to) {
            int start = current;
            while (start < to && (text.charAt(start) == ' ' || text.charAt(start) == '-')) {
                start++;
            }
            if (start == current || start - current > 2) {
                return current;
            }
            PhraseMatcher.Match<Boolean> m = suffixes.longestAt(text, start, to);
            if (m == null || m.value() && !isUpperCase(text, m.begin(), m.end())) {
                return current;
            }
            current = m.end();
        }
        return current;
    }

    /** Whether a class phrase ending at {@code end} is followed by a word that makes it a disorder or procedure. */
    public boolean classExcludedAfter(CharSequence text, int end, int to) {
        int start = end;
        if (start < to && text.charAt(start) == '-') {
            start++;
        } else {
            while (start < to && text.charAt(start) == ' ') {
                start++;
            }
            if (start == end) {
                return false;
            }
        }
        return classExclusions.longestAt(text, start, to) != null;
    }

    /**
     * The drug whose name is within the allowed edit distance of {@code word} (one edit for
     * names under {@value #TWO_EDIT_LENGTH} letters, two from there; same first letter; both
     * {@value #MIN_FUZZY_LENGTH}+ letters), or null if there is none, several drugs are equally
     * near, or {@code word} is a stop word.
     */
    public Drug fuzzy(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_FUZZY_LENGTH) {
            return null;
        }
        List<FuzzyWords.Near> nearNames = fuzzyNames.near(w);
        if (nearNames.isEmpty() || stopwords.contains(w) || exactNames.containsKey(w)) {
            return null;
        }
        Drug best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (FuzzyWords.Near near : nearNames) {
            int d = near.distance();
            Drug drug = exactNames.get(near.word());
            if (d < bestDistance) {
                best = drug;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !drug.equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The drug whose name differs from the capitalized {@code word} by one inserted or deleted letter
     * where the shorter of the two has {@value #MIN_SHORT_FUZZY_LENGTH} letters ({@code Norcco} and
     * {@code Advill} for five-letter names, {@code Motrn} for {@code Motrin}), same first letter, never
     * a stop word; null if none, several drugs are equally near, or {@code word} is not capitalized.
     */
    public Drug fuzzyShort(String word) {
        int length = word.length();
        if (length < MIN_SHORT_FUZZY_LENGTH || length > MIN_FUZZY_LENGTH || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (stopwords.contains(w) || exactNames.containsKey(w)) {
            return null;
        }
        Drug best = null;
        for (FuzzyWords.Near near : shortFuzzyNames.near(w)) {
            int nameLength = near.word().length();
            if (Math.abs(nameLength - length) != 1 || Math.min(nameLength, length) != MIN_SHORT_FUZZY_LENGTH) {
                continue;
            }
            Drug drug = exactNames.get(near.word());
            if (best != null && !best.equals(drug)) {
                return null;
            }
            best = drug;
        }
        return best;
    }

    /**
     * For a lower-case token such as {@code takingnorco}: the offset inside it where a drug name
     * glued to a known preceding word starts, or -1.
     */
    public int gluedNameStart(String token) {
        char first = token.charAt(0);
        for (String prefix : gluePrefixes) {
            if (prefix.charAt(0) == first && token.length() - prefix.length() >= MIN_GLUED_NAME_LENGTH
                    && token.startsWith(prefix)
                    && exactNames.containsKey(token.substring(prefix.length()))) {
                return prefix.length();
            }
        }
        return -1;
    }

    private static boolean isUpperCase(CharSequence text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One lexicon entry.
     *
     * @param normalized lower-case generic ingredient(s), {@code /}-joined
     * @param drugClass  canonical therapeutic class
     * @param rxcui      RxNorm concept id, or null
     */
    public record Drug(String normalized, String drugClass, String rxcui) {
    }
}
