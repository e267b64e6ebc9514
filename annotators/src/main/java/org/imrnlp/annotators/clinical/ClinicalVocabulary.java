package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * The shared vocabulary of the clinical annotators: body sites, laterality, qualifiers and spinal
 * levels, with the rules that grow a head word into a mention (qualifiers, laterality, sites and
 * levels before it; a level or site phrase after it) and read the mention's attributes. Loaded
 * once from the {@code clinical/} data files of the models module; immutable and thread-safe.
 */
public final class ClinicalVocabulary {

    /** What a word written before a head word is. */
    public enum WordKind { CONDITION, COURSE, SEVERITY, QUALITY, EXTENT, PROCEDURE, LATERALITY, SITE, LEVEL, CHANGE }

    /** The kinds that may precede a diagnosis or symptom head. */
    public static final Set<WordKind> CLINICAL_WORDS = Set.of(WordKind.CONDITION, WordKind.COURSE,
            WordKind.SEVERITY, WordKind.QUALITY, WordKind.EXTENT, WordKind.LATERALITY, WordKind.SITE, WordKind.LEVEL);
    /** The kinds that may precede a procedure head. */
    public static final Set<WordKind> PROCEDURE_WORDS = Set.of(WordKind.PROCEDURE, WordKind.EXTENT,
            WordKind.LATERALITY, WordKind.SITE, WordKind.LEVEL);

    private static final String DIR = "clinical/";
    /**
     * The most items of a list (levels, sites) a pattern takes in: a bound, so that a hostile run
     * of thousands of items cannot overflow the regex engine's stack.
     */
    static final int MAX_LIST = 16;
    /** Kinds of the words that may stand before a comma and a character word ({@code constant, sharp pain}). */
    private static final Set<WordKind> QUALIFIER_LISTS = Set.of(WordKind.COURSE, WordKind.SEVERITY, WordKind.QUALITY);
    private static final String LEVEL_REGEX =
            "(?<![A-Za-z0-9])[CTLS]\\s?\\d{1,2}(?:\\s?-\\s?(?:[CTLS]\\s?)?\\d{1,2})?(?![A-Za-z0-9]|\\.[0-9A-Z])";
    private static final Pattern LEVEL = Pattern.compile(LEVEL_REGEX);
    /** A word and a conjunction right before a site ({@code upper and }, {@code upper/}). */
    private static final Pattern COORDINATED_WORD = Pattern.compile(
            "(?i)(?<![A-Za-z])([A-Za-z][A-Za-z'-]*)(?:\\s+(?:and/or|and|or|&)\\s+|\\s*/\\s*)$");
    private static final Pattern LEVEL_PARTS = Pattern.compile(
            "([CTLS])\\s?(\\d{1,2})(?:\\s?-\\s?([CTLS])?\\s?(\\d{1,2}))?");
    /** Site value of phrases that hold a site word but name no site ({@code straight leg}). */
    private static final String NOT_A_SITE = "-";
    /**
     * Condition words that start the next list item when written right after a listed site
     * ({@code internal derangement of the right knee, and meniscal tear}: the meniscus is not a
     * site of the derangement).
     */
    private static final String NEXT_ITEM_HEADS = "tears?|fractures?|impingement|tendinitis|tendonitis|bursitis"
            + "|arthritis|osteoarthritis|syndrome|radiculopathy|stenosis|derangement|contusions?";
    private static final Set<String> NOT_SITE_WORDS = Set.of("of", "his", "her", "the", "bottom", "area");
    /** What follows a position word naming no site of its own ({@code back of the leg}). */
    private static final Pattern POSITION_OF = Pattern.compile("s?\\s+of\\s");
    /** How far back {@link #siteLabel} looks for a label. */
    static final int LABEL_REACH = 240;
    /** The words {@link #sitePhraseAfter} starts with. */
    private static final List<String> SITE_PREPOSITIONS = List.of("of", "to", "in", "into", "at");

    private final PhraseMatcher<String> sites;
    private final PhraseMatcher<String> lateralities;
    private final Map<String, WordKind> words;
    private final String siteRegex;
    private final String lateralityRegex;
    private final Pattern levelList;
    private final Pattern sitePhraseAfter;
    private final Pattern siteRightAfter;
    private final Pattern siteLabel;
    private final Pattern labelStop;

    private ClinicalVocabulary(RulePack pack) {
        Map<String, String> sitePhrases = map(pack, "body-sites.tsv", "phrase", "site");
        sitePhrases.values().removeIf(NOT_A_SITE::equals);
        Map<String, String> lateralityPhrases = map(pack, "laterality.tsv", "phrase", "value");
        sites = PhraseMatcher.of(map(pack, "body-sites.tsv", "phrase", "site"));
        lateralities = PhraseMatcher.of(lateralityPhrases);
        Map<String, WordKind> w = new HashMap<>();
        for (String phrase : sitePhrases.keySet()) {
            for (String word : PhraseMatcher.normalize(phrase).split(" ")) {
                if (!NOT_SITE_WORDS.contains(word)) {
                    w.put(word, WordKind.SITE);
                }
            }
        }
        for (TsvTable.Row row : table(pack, "qualifiers.tsv")) {
            w.putIfAbsent(PhraseMatcher.normalize(row.get("word")), wordKind(row));
        }
        for (String phrase : lateralityPhrases.keySet()) {
            String normal = PhraseMatcher.normalize(phrase);
            if (!normal.contains(" ") && !normal.equals("both")) {
                w.put(normal, WordKind.LATERALITY);
            }
        }
        words = Map.copyOf(w);
        siteRegex = alternation(sitePhrases.keySet());
        lateralityRegex = alternation(lateralityPhrases.keySet());
        levelList = Pattern.compile("\\s+(?:(?:at|from|of)\\s+(?:the\\s+)?)?(?:" + lateralityRegex + "\\s+)?" + LEVEL_REGEX
                + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+through\\s+|\\s+to\\s+|\\s+on\\s+)" + LEVEL_REGEX + "){0," + MAX_LIST + "}"
                + "(?:\\s+levels?)?(?:\\s+bilaterally|\\s+on\\s+the\\s+(?:right|left)(?:\\s+side)?|\\s+on\\s+both\\s+sides)?"
                + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
        String site = sitePhrase();
        String sites = site + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+|both\\s+)?" + site
                + "(?!\\s+(?:pains?|spasms?|strains?|sprains?|injury|injuries|surgery|" + NEXT_ITEM_HEADS + ")(?![A-Za-z]))){0," + MAX_LIST + "}";
        siteRightAfter = Pattern.compile("\\s+" + sites + "(?!\\s+(?:pains?|spasms?|strains?|sprains?)(?![A-Za-z]))",
                Pattern.CASE_INSENSITIVE);
        siteLabel = Pattern.compile("(?:^|[.;\\n])[ \\t]*(?:((?:" + lateralityRegex + "\\s+)?" + site
                + "(?:\\s+(?:exam|examination))?)|" + alternation(lines(pack, "exam-system-labels.txt")) + ")[ \\t]*:(?!\\S)",
                Pattern.CASE_INSENSITIVE);
        labelStop = Pattern.compile("[.;]\\s+" + alternation(lines(pack, "exam-label-stops.txt")) + "(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE);
        sitePhraseAfter = Pattern.compile("\\s+(?:of|to|in|into|at)\\s+(?:the\\s+|both\\s+|his\\s+|her\\s+|their\\s+)?"
                + "(?:(?:ligaments?|muscles?|tendons?|fascia|(?:posterior\\s+|anterior\\s+)?horn)(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+of\\s+(?:the\\s+)?)){0,6}"
                + sites, Pattern.CASE_INSENSITIVE);
    }

    /** The shared instance of {@code pack}. */
    public static ClinicalVocabulary get(RulePack pack) {
        return pack.cached(DIR + "vocabulary", ClinicalVocabulary.class, ClinicalVocabulary::new);
    }

    private static WordKind wordKind(TsvTable.Row row) {
        try {
            return WordKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown kind " + row.get("kind") + " (one of " + java.util.Arrays.toString(WordKind.values())
                    .toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** A column-to-column map of a data file of this vocabulary in {@code pack}. */
    static Map<String, String> map(RulePack pack, String file, String key, String value) {
        Map<String, String> m = new HashMap<>();
        for (TsvTable.Row row : table(pack, file)) {
            m.put(row.get(key), row.get(value));
        }
        return m;
    }

    /**
     * A regex alternation of phrases, white space as {@code \s+}, written as a prefix tree
     * ({@code back(?:bone)?}): where one phrase begins another the longer is tried first, as in a
     * plain alternation sorted longest first, so it matches the same, but a position is tested
     * once per distinct first letter rather than once per phrase.
     */
    static String alternation(Iterable<String> phrases) {
        PrefixTree root = new PrefixTree();
        phrases.forEach(p -> root.add(PhraseMatcher.normalize(p)));
        return "(?:" + root.branches() + ")";
    }

    /** A node of the prefix tree of {@link #alternation}. */
    private static final class PrefixTree {
        private final Map<Character, PrefixTree> children = new TreeMap<>();
        private boolean phraseEnd;

        void add(String phrase) {
            PrefixTree node = this;
            for (int i = 0; i < phrase.length(); i++) {
                node = node.children.computeIfAbsent(phrase.charAt(i), c -> new PrefixTree());
            }
            node.phraseEnd = true;
        }

        /** The alternatives after this node, one per next character. */
        String branches() {
            List<String> out = new ArrayList<>();
            children.forEach((c, child) -> out.add(literal(c) + child.regex()));
            return String.join("|", out);
        }

        /** The regex of what may follow this node: optional where a phrase ends here. */
        private String regex() {
            if (children.isEmpty()) {
                return "";
            }
            if (children.size() == 1 && !phraseEnd) {
                return branches();
            }
            return "(?:" + branches() + ")" + (phraseEnd ? "?" : "");
        }

        private static String literal(char c) {
            if (c == ' ') {
                return "\\s+";
            }
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }

    /**
     * Regex of a body-site phrase: laterality and site words ending in a site, with the side of a
     * part before them ({@code back of her thighs}) and listed fingers ({@code index and middle fingers}).
     */
    public String sitePhrase() {
        return sitePhrase("(?:\\s+(?:area|region|muscles?|joints?))?");
    }

    /** Regex of a site phrase that ends in "region", as ICD titles write it ({@code lumbar region}). */
    public String regionPhrase() {
        return sitePhrase("\\s+region");
    }

    private String sitePhrase(String tail) {
        return "(?:(?:back|front|side|top|bottom|outside|inside)s?\\s+of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?"
                + "|(?:(?:posterior|anterior|lateral|medial|outer|inner|dorsal|plantar|volar|ulnar|radial)\\s+)+"
                + "(?:aspect|side|surface|part|border)s?\\s+of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?)?"
                + "(?:(?:index|middle|ring|small|little)(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)){0,4}"
                + "(?:(?:" + lateralityRegex + "|" + siteRegex
                + "|lateral|medial|posterior|anterior|lower|upper|mid|distal|proximal|index|middle|ring|small|little|great|big)\\s+){0,4}"
                + siteRegex + tail + "(?![A-Za-z])";
    }

    /** Regex of one body site. */
    public String siteRegex() {
        return siteRegex;
    }

    /** Regex of one laterality phrase. */
    public String lateralityRegex() {
        return lateralityRegex;
    }

    /** Regex of one spinal level. */
    public static String levelRegex() {
        return LEVEL_REGEX;
    }

    /** The kind of {@code word} (lower case, quotes stripped), or null. */
    public WordKind kindOf(String word) {
        WordKind kind = words.get(word);
        if (kind == null && hasDigit(word) && LEVEL.matcher(word.toUpperCase(Locale.ROOT)).matches()) {
            return WordKind.LEVEL;
        }
        return kind;
    }

    /** Whether {@code word} holds a digit 0-9, as every spinal level does. */
    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a mention whose head starts at {@code begin} starts once the words of the allowed
     * kinds written right before it join it; never before {@code floor}. A run of "and" joins
     * when it stands between two sites ({@code low back and right shoulder pain}), and "and" or a
     * comma between two spinal levels ({@code L3-L4, L4-L5 and L5-S1 facet injections}), a comma
     * before a character word ({@code constant, sharp, stabbing pain}), and "to"
     * between two severities ({@code moderate to severe}).
     *
     * @param found receives the kinds of the words that joined
     */
    public int extendLeft(String t, int begin, int floor, Set<WordKind> allowed, Set<WordKind> found) {
        int b = begin;
        boolean siteJoined = false;
        WordKind last = null;
        while (true) {
            int end = skipSpaceBack(t, b, floor);
            if ((last == WordKind.LEVEL || last == WordKind.QUALITY) && end > floor + 1 && t.charAt(end - 1) == ',') {
                int e2 = skipSpaceBack(t, end - 1, floor);
                int s2 = tokenStart(t, e2, floor);
                WordKind before = s2 < e2 ? kindOf(t.substring(s2, e2).toLowerCase(Locale.ROOT)) : null;
                boolean joins = last == WordKind.LEVEL ? before == WordKind.LEVEL
                        : before != null && QUALIFIER_LISTS.contains(before);
                if (!joins || !allowed.contains(before)) {
                    return b;
                }
                found.add(before);
                last = before;
                b = s2;
                continue;
            }
            if (end == b || end <= floor) {
                return b;
            }
            int start = tokenStart(t, end, floor);
            if (start == end) {
                return b;
            }
            String word = stripQuotes(t.substring(start, end)).toLowerCase(Locale.ROOT);
            boolean severityRange = (word.equals("to") || word.equals("or")) && last == WordKind.SEVERITY;
            if (severityRange || word.equals("and") && (siteJoined || last == WordKind.LEVEL)) {
                int before = start;
                int wordStart = start;
                String previous = word;
                while (previous.equals(word)) {
                    int e2 = skipSpaceBack(t, before, floor);
                    if (e2 == before || e2 <= floor) {
                        return b;
                    }
                    wordStart = tokenStart(t, e2, floor);
                    previous = t.substring(wordStart, e2).toLowerCase(Locale.ROOT);
                    before = wordStart;
                }
                WordKind previousKind = kindOf(previous);
                boolean joins = last == WordKind.LEVEL || last == WordKind.SEVERITY
                        ? previousKind == last : previousKind == WordKind.SITE;
                if (!joins) {
                    return b;
                }
                found.add(previousKind);
                b = wordStart;
                continue;
            }
            WordKind kind = kindOf(word);
            if (kind == null || !allowed.contains(kind) || word.length() == 1 && !oneLetterSide(t, start, end)) {
                return b;
            }
            found.add(kind);
            siteJoined |= kind == WordKind.SITE || kind == WordKind.LATERALITY;
            last = kind;
            b = start;
        }
    }

    /** Whether the one-letter word {@code t[start, end)} is a capital {@code R} or {@code L} before a site. */
    private boolean oneLetterSide(String t, int start, int end) {
        return Character.isUpperCase(t.charAt(start)) && end < t.length() && t.charAt(end) == ' '
                && siteFollows(t, end + 1, t.length());
    }

    private static int skipSpaceBack(String t, int i, int floor) {
        int j = i;
        while (j > floor && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == '\t')) {
            j--;
        }
        return j;
    }

    private static int tokenStart(String t, int end, int floor) {
        int k = end;
        while (k > floor) {
            char c = t.charAt(k - 1);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '"' || c == '/') {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    private static String stripQuotes(String token) {
        int b = 0;
        int e = token.length();
        while (b < e && token.charAt(b) == '"') {
            b++;
        }
        while (e > b && token.charAt(e - 1) == '"') {
            e--;
        }
        return token.substring(b, e);
    }

    /** The end of a level list after {@code end} ({@code at L4-L5 and L5-S1}), or {@code end}. */
    public int levelsAfter(String t, int end, int limit) {
        if (end >= limit || !Character.isWhitespace(t.charAt(end))) {
            return end;
        }
        Matcher m = Regions.in(levelList, t, end, limit);
        return m.lookingAt() ? m.end() : end;
    }

    /** The end of {@code of/to/in/into/at the <site>} after {@code end}, or {@code end}. */
    public int siteAfter(String t, int end, int limit) {
        if (!spaceThenWord(t, end, limit, SITE_PREPOSITIONS)) {
            return end;
        }
        Matcher m = Regions.in(sitePhraseAfter, t, end, limit);
        return m.lookingAt() ? m.end() : end;
    }

    /** The end of a site phrase written right after {@code end} ({@code MRI lumbar spine}), or {@code end}. */
    public int siteRightAfter(String t, int end, int limit) {
        if (end >= limit || !Character.isWhitespace(t.charAt(end))) {
            return end;
        }
        Matcher m = Regions.in(siteRightAfter, t, end, limit);
        return m.lookingAt() ? m.end() : end;
    }

    /**
     * Whether white space at {@code i} is followed, before {@code limit}, by a letter that is one
     * of the lower-case {@code letters} in either case: a cheap test before a long pattern that
     * starts with white space and one of a few words.
     */
    static boolean spaceThenLetter(String t, int i, int limit, String letters) {
        int j = afterSpace(t, i, limit);
        return j > i && j < limit && letters.indexOf(Character.toLowerCase(t.charAt(j))) >= 0;
    }

    /**
     * Whether white space at {@code i} is followed, before {@code limit}, by one of the lower-case
     * {@code words} in any case and white space: a cheap test before a long pattern that starts so
     * ({@code \s+(?:of|to|in|at)\s+}).
     */
    static boolean spaceThenWord(String t, int i, int limit, List<String> words) {
        int j = afterSpace(t, i, limit);
        if (j == i) {
            return false;
        }
        for (String word : words) {
            int e = j + word.length();
            if (e < limit && t.regionMatches(true, j, word, 0, word.length()) && Character.isWhitespace(t.charAt(e))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the white space at {@code i}, before {@code limit}. */
    private static int afterSpace(String t, int i, int limit) {
        int j = i;
        while (j < limit && Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Whether a comma follows {@code i} after optional white space, before {@code limit}. */
    static boolean commaAfter(String t, int i, int limit) {
        int j = i;
        while (j < limit && Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        return j < limit && t.charAt(j) == ',';
    }

    /**
     * The body sites named in {@code t[b, e)}, normalized and comma-joined, or null. A word
     * coordinated before a site that names a site with the site's other words names it too
     * ({@code upper and lower extremity}: upper extremity, lower extremity).
     */
    public String bodySite(String t, int b, int e) {
        Set<String> found = new LinkedHashSet<>();
        for (PhraseMatcher.Match<String> m : sites.findAll(t, b, e)) {
            if (!m.value().equals(NOT_A_SITE) && !positionOf(t, m, e)) {
                String coordinated = coordinatedSite(t, b, m);
                if (coordinated != null) {
                    found.add(coordinated);
                }
                found.add(m.value());
            }
        }
        if (found.contains("lumbar spine") || found.contains("spine")) {
            found.remove("lumbar");
        }
        if (found.size() > 1) {
            found.remove("spine");
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }

    /** Whether site {@code m} is the position word of {@code back of the leg}, which names the leg. */
    private static boolean positionOf(String t, PhraseMatcher.Match<String> m, int e) {
        return t.regionMatches(true, m.begin(), "back", 0, m.end() - m.begin()) && m.end() - m.begin() == 4
                && Regions.in(POSITION_OF, t, m.end(), e).lookingAt();
    }

    /** The site the word coordinated right before site {@code m} names with its other words, or null. */
    private String coordinatedSite(String t, int floor, PhraseMatcher.Match<String> m) {
        String site = PhraseMatcher.normalize(t.substring(m.begin(), m.end()));
        int space = site.indexOf(' ');
        if (space < 0 || m.begin() <= floor) {
            return null;
        }
        Matcher c = Regions.in(COORDINATED_WORD, t, floor, m.begin());
        if (!c.find()) {
            return null;
        }
        String other = c.group(1).toLowerCase(Locale.ROOT) + site.substring(space);
        PhraseMatcher.Match<String> o = sites.longestAt(other, 0, other.length());
        return o != null && o.end() == other.length() && !o.value().equals(NOT_A_SITE) ? o.value() : null;
    }

    /** Whether the word ending at {@code end} names a field: a colon follows it ({@code Edema: none}). */
    static boolean namesField(String t, int end) {
        int j = end;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
            j++;
        }
        return j < t.length() && t.charAt(j) == ':';
    }

    /**
     * The body-site label ({@code Lumbar spine:}, {@code Right knee exam:}) that heads the line or
     * the sentence {@code pos} is on, as {@code [begin, end)} of the label without its colon, or
     * null: the nearest one before {@code pos} on its line, at the line start or after a {@code .}
     * or {@code ;}, looked for at most {@value #LABEL_REACH} characters back. A system label
     * ({@code Neuro:}, {@code clinical/exam-system-labels.txt}) or a prose sentence ({@code He is
     * able to ...}) after it ends its reach.
     */
    public int[] siteLabel(String t, int pos) {
        int[] label = label(t, pos);
        return label == null || label[0] < 0 ? null : label;
    }

    /** Whether an exam label, of a body site or a system ({@code Skin:}), heads {@code pos}'s line (see {@link #siteLabel}). */
    public boolean examLabel(String t, int pos) {
        return label(t, pos) != null;
    }

    /**
     * The nearest label before {@code pos} on its line: a site label's span, {@code {-1, -1}} for a
     * system label, or null (also where a prose sentence, {@code clinical/exam-label-stops.txt},
     * starts between the label and {@code pos}).
     */
    private int[] label(String t, int pos) {
        int from = Math.max(0, pos - LABEL_REACH);
        int lineStart = t.lastIndexOf('\n', pos - 1) + 1;
        if (lineStart > from) {
            from = lineStart;
        }
        if (!hasColon(t, from, pos)) {
            return null;
        }
        int[] label = null;
        Matcher m = Regions.in(siteLabel, t, from, pos).useAnchoringBounds(from == lineStart);
        int end = -1;
        while (m.find()) {
            label = new int[] {m.start(1), m.end(1)};
            end = m.end();
        }
        return label != null && Regions.in(labelStop, t, end, pos).find() ? null : label;
    }

    /** Whether {@code t[from, to)} holds a colon: a label needs one, and most findings have none before them. */
    private static boolean hasColon(String t, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (t.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    /** The laterality of {@code t[b, e)}: left, right or bilateral (both named, or said), or null. */
    public String laterality(String t, int b, int e) {
        Set<String> found = new HashSet<>();
        for (PhraseMatcher.Match<String> m : lateralities.findAll(t, b, e)) {
            if (namesSide(t, m, e)) {
                found.add(m.value());
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.contains("bilateral") || found.size() > 1) {
            return "bilateral";
        }
        return found.iterator().next();
    }

    /**
     * Whether a laterality match names a side: "both" only before a site (not in {@code both
     * psychological factors}), a one-letter {@code R} or {@code L} only in capitals before a site
     * ({@code R shoulder}, not {@code L-spine}).
     */
    private boolean namesSide(String t, PhraseMatcher.Match<String> m, int e) {
        if (m.phrase().equalsIgnoreCase("both")) {
            return siteFollows(t, m.end(), e);
        }
        if (m.end() - m.begin() == 1) {
            return Character.isUpperCase(t.charAt(m.begin())) && m.end() < e && t.charAt(m.end()) == ' '
                    && siteFollows(t, m.end(), e);
        }
        return true;
    }

    /** Whether a body site follows {@code i} in {@code t[i, e)} ("both" names sides only before one). */
    private boolean siteFollows(String t, int i, int e) {
        int j = i;
        while (j < e && t.charAt(j) == ' ') {
            j++;
        }
        return j < e && sites.longestAt(t, j, e) != null;
    }

    /** The spinal levels in {@code t[b, e)}, normalized ({@code C5-6} as {@code C5-C6}), or null. */
    public static String levels(String t, int b, int e) {
        Matcher m = Regions.in(LEVEL, t, b, e);
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(normalizeLevel(m.group()));
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }

    /** {@code l4 - 5} as {@code L4-L5}, {@code S 1} as {@code S1}. */
    static String normalizeLevel(String level) {
        Matcher m = LEVEL_PARTS.matcher(level.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return level;
        }
        String first = m.group(1) + m.group(2);
        if (m.group(4) == null) {
            return first;
        }
        return first + "-" + (m.group(3) == null ? m.group(1) : m.group(3)) + m.group(4);
    }

    /** The lines of a list file of this vocabulary in {@code pack}. */
    static List<String> lines(RulePack pack, String file) {
        return pack.lines(DIR + file);
    }

    /** The rows of a data file of this vocabulary in {@code pack}. */
    static List<TsvTable.Row> table(RulePack pack, String file) {
        return pack.table(DIR + file).rows();
    }
}
