package org.imrnlp.models.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * Which ontology terms become lexicon phrases, and their written variants. A term is kept when it
 * has a shape that clinical prose writes (letters, digits, spaces, hyphens and apostrophes, at
 * most {@value #MAX_WORDS} words, starting with a letter), is not on the reviewed stop list
 * ({@code clinical/vocabulary-stops.tsv}: whole terms that are ordinary English, ambiguous or too
 * generic, and words that no kept term may hold), and is either a lower-case term of at least
 * {@value #MIN_LENGTH} characters or a short all-capital acronym of 3 to 6 characters, which is
 * matched only as written ({@link #acronym}). Immutable, thread-safe.
 */
public final class TermRules {

    /** The stop list beside the clinical lexicons. */
    public static final String STOPS = "clinical/vocabulary-stops.tsv";
    static final int MAX_WORDS = 6;
    static final int MIN_LENGTH = 4;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9'-]*(?: [A-Za-z0-9][A-Za-z0-9'-]*)*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{2,5}");
    /** What separates the words {@link #refused} checks against the stop words. */
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[ -]");
    /** A word with a capital after its first letter that is no acronym ({@code mRNA}, {@code pH}): a gene or lab name. */
    private static final Pattern INNER_CAPITAL = Pattern.compile("(?<![A-Za-z])[a-z]+[A-Z]|(?<![A-Za-z])[A-Z][a-z]+[A-Z]");
    /** Prefixes written with or without a hyphen ({@code non-ulcer}, {@code non ulcer}). */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("non", "post", "pre", "anti", "sub", "semi", "multi",
            "intra", "extra", "inter", "para", "peri", "self");

    private final Set<String> stopTerms;
    private final Set<String> stopWords;
    private final Set<String> signs;
    private final Set<String> diagnoses;

    /** Rules with the stop terms, stop words, signs and symptom-ontology diagnoses given (lower case). */
    public TermRules(Set<String> stopTerms, Set<String> stopWords, Set<String> signs, Set<String> diagnoses) {
        this.stopTerms = Set.copyOf(stopTerms);
        this.stopWords = Set.copyOf(stopWords);
        this.signs = Set.copyOf(signs);
        this.diagnoses = Set.copyOf(diagnoses);
    }

    /** The rules of the built-in stop list. */
    public static TermRules load() {
        return load(RulePack.builtIn());
    }

    /** The rules of the stop list of {@code pack}. */
    public static TermRules load(RulePack pack) {
        return pack.cached(STOPS, TermRules.class, p -> {
            Set<String> terms = new java.util.HashSet<>();
            Set<String> words = new java.util.HashSet<>();
            Set<String> signs = new java.util.HashSet<>();
            Set<String> diagnoses = new java.util.HashSet<>();
            for (TsvTable.Row row : p.table(STOPS).rows()) {
                String term = row.get("term").toLowerCase(Locale.ROOT);
                switch (row.get("kind")) {
                    case "term" -> terms.add(term);
                    case "word" -> words.add(term);
                    case "sign" -> signs.add(term);
                    case "diagnosis" -> diagnoses.add(term);
                    default -> throw row.error("unknown kind " + row.get("kind") + " (term, word, sign or diagnosis)");
                }
            }
            return new TermRules(terms, words, signs, diagnoses);
        });
    }

    /** Whether {@code term} (as the source writes it) may become a lexicon phrase. */
    public boolean accepts(String term) {
        String t = term.strip();
        if (!SHAPE.matcher(t).matches() || t.split(" ").length > MAX_WORDS || refused(t)) {
            return false;
        }
        if (acronym(t)) {
            return true;
        }
        if (INNER_CAPITAL.matcher(t).find() || t.chars().filter(Character::isUpperCase).count() > 1
                && t.equals(t.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return t.length() >= MIN_LENGTH;
    }

    /** Whether the stop list refuses {@code term}: the whole term, or one of its words. */
    public boolean refused(String term) {
        String lower = term.strip().toLowerCase(Locale.ROOT);
        if (stopTerms.contains(lower)) {
            return true;
        }
        for (String word : WORD_SEPARATOR.split(lower)) {
            if (stopWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reviewed list makes the symptom {@code term} a sign (an exam finding when examined: {@code edema}). */
    public boolean sign(String term) {
        return signs.contains(term.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the reviewed list makes the symptom-ontology {@code term} a diagnosis: it names a
     * condition or an objective finding ({@code hypotension}, {@code contracture}).
     */
    public boolean diagnosis(String term) {
        return diagnoses.contains(term.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code term} is a short all-capital acronym, which is matched only as written ({@code COPD}). */
    public static boolean acronym(String term) {
        return ACRONYM.matcher(term).matches();
    }

    /**
     * The written forms of {@code term}: itself, its hyphens as spaces ({@code non-ulcer
     * dyspepsia}: {@code non ulcer dyspepsia}), a prefix word joined with a hyphen ({@code non
     * ulcer}: {@code non-ulcer}), and a possessive with and without its apostrophe
     * ({@code Parkinson's disease}: {@code Parkinson disease}, {@code Parkinsons disease}).
     */
    public static List<String> variants(String term) {
        Set<String> out = new LinkedHashSet<>();
        out.add(term);
        if (term.indexOf('-') >= 0) {
            out.add(term.replace('-', ' '));
        }
        String[] words = term.split(" ");
        if (words.length > 1 && HYPHEN_PREFIXES.contains(words[0].toLowerCase(Locale.ROOT))) {
            out.add(words[0] + "-" + term.substring(words[0].length() + 1));
        }
        for (String form : List.copyOf(out)) {
            if (form.contains("'s ")) {
                out.add(form.replace("'s ", " "));
                out.add(form.replace("'s ", "s "));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The plural of {@code term}, formed on its last word by the regular English rules
     * ({@code hernia}: {@code hernias}, {@code disc bulge}: {@code disc bulges}, {@code polyp}:
     * {@code polyps}, {@code injury}: {@code injuries}, {@code reflex}: {@code reflexes}), or null
     * where no regular plural is safe: an acronym, a last word shorter than four letters or not all
     * letters, or one that ends as a Greek or Latin singular or is already plural ({@code -is},
     * {@code -us}, {@code -um}, {@code -s}).
     */
    public static String plural(String term) {
        int space = term.lastIndexOf(' ');
        String last = term.substring(space + 1);
        if (acronym(term) || last.length() < PLURAL_MIN_LETTERS || !last.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("um")) {
            return null;
        }
        if (lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return term + "es";
        }
        if (lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return term.substring(0, term.length() - 1) + "ies";
        }
        return term + "s";
    }

    private static final int PLURAL_MIN_LETTERS = 4;
}
