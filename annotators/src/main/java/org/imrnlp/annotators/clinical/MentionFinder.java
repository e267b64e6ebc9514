package org.imrnlp.annotators.clinical;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrnlp.annotators.clinical.ClinicalVocabulary.WordKind;
import org.imrnlp.models.FuzzyWords;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.StartChars;
import org.imrnlp.models.TsvTable;

/**
 * Finds candidate diagnosis, symptom, pain and procedure mentions in clean text: lexicon heads
 * grown by {@link ClinicalVocabulary}'s rules, and the pain rules of {@code pain-cues.tsv}. A
 * misspelled single-word head ({@code radiculapathy}) counts as the head: a word of
 * {@value #MIN_FUZZY_LENGTH}+ letters that no head covers, within one edit (a transposition is
 * one) of exactly one single-word diagnosis, symptom or procedure head with its first letter, and
 * not a word of {@code fuzzy-stopwords.txt}. The exam trigger words of {@link ExamPatterns} are
 * found in the same pass over the text.
 * Shared by the clinical annotators so that each decides the same way; immutable, thread-safe.
 */
final class MentionFinder {

    /** Where a pain mention belongs. */
    enum PainKind { DIAGNOSIS, SYMPTOM }

    /**
     * A candidate mention in clean-text offsets.
     *
     * @param core     end of the part that names the site (before any radiation)
     * @param category lexicon category, or the pain kind
     * @param icd10    the ICD-10-CM code of a diagnosis, or null
     * @param site     the body site a symptom phrase names by itself ({@code sore throat}: throat),
     *                 for when the text writes none, or null
     */
    record Candidate(int begin, int end, int core, String category, String icd10, String conceptId, boolean generated,
                     String site) {

        Candidate(int begin, int end, int core, String category) {
            this(begin, end, core, category, null, null, false, null);
        }

        Candidate(int begin, int end, int core, String category, String icd10) {
            this(begin, end, core, category, icd10, null, false, null);
        }

        /** This candidate with another code. */
        Candidate withIcd10(String code) {
            return new Candidate(begin, end, core, category, code, conceptId, generated, site);
        }
    }

    /** A demonstrative right before a bare generic head: it refers back ({@code the tumor}), naming nothing new. */
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])(?:the|this|that|these|those)\\s+$");

    /** {@code anti-} right before a condition names a drug or treatment ({@code anti-epilepsy drug}), not the condition. */
    private static final Pattern ANTI_BEFORE = Pattern.compile("(?i)(?<![A-Za-z])anti[- ]?$");

    /** What separates two items of a list: a comma, {@code and}, {@code or}, or both. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?i)\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)");
    /** A list separator and at most two words that qualify the next item ({@code , supraventricular }). */
    private static final Pattern LIST_SEPARATOR_QUALIFIED = Pattern.compile(
            "(?i)\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)(?:[a-z][a-z-]*\\s+){0,2}");

    /** The generated lexicons (LexiconBuilder, MeshLexiconBuilder): read after the hand-written ones, which win, Disease and Symptom Ontology before MeSH. */
    static final String GENERATED_DIAGNOSES = "generated-diagnoses.tsv";
    static final String GENERATED_SYMPTOMS = "generated-symptoms.tsv";
    static final String GENERATED_MESH_DIAGNOSES = "generated-mesh-diagnoses.tsv";
    static final String GENERATED_MESH_SYMPTOMS = "generated-mesh-symptoms.tsv";

    private static final Pattern STATUS_POST = Pattern.compile(
            "(?i)(?:status(?:\\s+|-)post|s/p)\\s+$");

    /** Procedure category of imaging and tests, which take a site written right after them ({@code MRI lumbar spine}). */
    static final String IMAGING = "imaging";

    /** The procedure categories that take the condition they are done on after them ({@code resection of the mass}). */
    private static final Set<String> OBJECT_CATEGORIES = Set.of("surgery", IMAGING, "injection");
    /** The words that lead to that condition. */
    private static final List<String> OBJECT_PREPOSITIONS = List.of("of", "from");
    /** {@code of}/{@code from} and an article before the condition an operation is done on. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?i)\\s+(?:of|from)\\s+(?:(?:the|a|an)\\s+)?");
    /** A study's noun between a test and its site ({@code CT images of the head}, {@code CAT scan of the abdomen}). */
    private static final Pattern STUDY_NOUN = Pattern.compile("(?i)\\s+(?:images?|imaging|scans?|films?|views?|study|studies)(?![A-Za-z])");

    /** Procedure category of a consultation, which takes the specialist after it ({@code consultation with a spine surgeon}). */
    private static final String CONSULTATION = "consultation";

    /** Procedure category of a therapy. */
    private static final String THERAPY = "therapy";

    /**
     * Symptom category of a noun of complaint ({@code problems}, {@code symptoms}), a Symptom only
     * with a site or a body system right before it ({@code neck complaints}, {@code GI symptoms}).
     */
    private static final String COMPLAINT = "complaint";

    /** A guideline title after a noun of complaint ({@code MTUS Low Back Complaints 2004}). */
    private static final Pattern TITLE_YEAR = Pattern.compile("\\s*(?:\\d{4}|Chapter|Guidelines?)(?![A-Za-z0-9])");

    /** The words a functional complaint turns on, in lower case: the pattern is tried only near them. */
    private static final List<String> FUNCTIONAL_WORDS = List.of("difficult", "trouble", "problem");
    /** How far before such a word a functional complaint may start (a severity word). */
    private static final int FUNCTIONAL_LEAD = 16;
    /** How far after such a word a functional complaint may end. */
    private static final int FUNCTIONAL_REACH = 80;

    /** Symptom category of a flare of a complaint ({@code exacerbation}, {@code flare-up}). */
    private static final String FLARE = "flare";

    /** The most descriptive adjectives that join a diagnosis before it ({@link #modifiersBefore}). */
    private static final int MAX_MODIFIERS = 3;

    /** Words shorter than this are never read as a misspelled head. */
    static final int MIN_FUZZY_LENGTH = 9;

    /** A word and a conjunction right before a head ({@code suicidal or }, {@code bowel/}). */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?i)(?<![A-Za-z])([A-Za-z][A-Za-z'-]*)(?:\\s*,)?(?:\\s+(?:and/or|and|or|&)\\s+|\\s*/\\s*)$");
    /** A parenthesized abbreviation right after a head ({@code Electromyography (EMG)}). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\s*\\(\\s*([A-Za-z][A-Za-z/-]*(?:[ \\t]+[A-Za-z][A-Za-z/-]*){0,5})\\s*\\)");
    /**
     * Contrast words between a test and its site, which join only there ({@code MRI without contrast
     * of the right hip}; {@code CT of the hip without contrast} leaves them out).
     */
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\s+(?:with|without|w/o|w/)\\s+(?:IV\\s+|intravenous\\s+)?contrast(?![A-Za-z])");
    /** An opening parenthesis right before a head, after another word ({@code Computed Tomography (}). */
    private static final Pattern OPEN_BEFORE = Pattern.compile("[A-Za-z][ \\t]*\\([ \\t]*$");
    /** A count or schedule of therapy visits ({@code x 12}, {@code 2x/week}, {@code 3x4}). */
    private static final Pattern VISIT_COUNT = Pattern.compile("(?i)(?<![A-Za-z0-9])(?:x\\s*\\d+|\\d+\\s*x)(?![A-Za-z])");
    /** How far from a therapy abbreviation its cue may stand, in characters. */
    private static final int CUE_WINDOW = 60;

    private final ClinicalVocabulary vocabulary;
    /** Which lexicon a phrase comes from. */
    private enum Lexicon { DIAGNOSIS, PROCEDURE, SYMPTOM, PAIN }

    /**
     * A phrase of one of the lexicons; {@code row} is null for pain heads. A generated phrase
     * ({@code generated}) is never a misspelling target; an {@code exact} one (an acronym) matches
     * only as written.
     */
    private record Entry(Lexicon lexicon, TsvTable.Row row, boolean generated, boolean exact) {

        Entry(Lexicon lexicon, TsvTable.Row row) {
            this(lexicon, row, false, false);
        }
    }

    /** All lexicons in one matcher, so that one pass finds every head and the longest wins. */
    private final PhraseMatcher<Entry> heads;
    /** The first words of the heads, to skip a walk of {@link #heads} at a word that starts none. */
    private final FirstWords headFirstWords;
    /** The single-word diagnosis, symptom and procedure heads, for misspellings. */
    private final FuzzyWords fuzzyHeads;
    private final Map<String, Entry> singleWordHeads = new HashMap<>();
    /** Words whose ending marks a condition or procedure, heads where no phrase names them. */
    private final SuffixClasses suffixClasses;
    private final Set<String> fuzzyStopwords = new HashSet<>();
    private final PhraseMatcher<String> diagnosisCues;
    private final PhraseMatcher<String> examContext;
    /** The trigger words of the exam findings, found in the same pass as the heads. */
    private final PhraseMatcher<String> examTriggers;
    /**
     * The first words of the exam trigger words, to skip a walk of {@link #examTriggers} at a word
     * that starts none: the phrases of {@link ExamPatterns#triggerTests}.
     */
    private final FirstWords triggerFirstWords;
    /** The lexicon of every normalized phrase, for coordinated heads. */
    private final Map<String, Lexicon> phraseLexicon = new HashMap<>();
    /** The capital therapy abbreviations as written, to skip a text holding none of them at once. */
    private final List<String> therapyAbbreviationWords;
    /** Capital therapy abbreviations ({@code PT}, {@code OT}), case-sensitive. */
    private final Pattern therapyAbbreviation;
    /** A lab name next to an abbreviation ({@code PT/INR}): not a therapy. */
    private final Pattern labBefore;
    private final Pattern labAfter;
    /** Words that show a course of therapy near an abbreviation (sessions, twice a week). */
    private final PhraseMatcher<String> therapyCues;
    /** A therapy named with its abbreviation in parentheses ({@code physical therapy (PT)}), or null. */
    private final Pattern therapyDefinition;
    /** A verb after a therapy abbreviation that makes it the therapist ({@code PT reports}), or null. */
    private final Pattern personAfter;
    /** A specialist after a consultation ({@code consultation with a spine surgeon}). */
    private final Pattern specialistAfter;
    private final Set<String> notAfter = new HashSet<>();
    private final Set<String> titleAfter = new HashSet<>();
    private final Pattern indication;
    /** Words that make a bare pain a complaint ({@code increased pain}). */
    private static final Set<ClinicalVocabulary.WordKind> CHANGE_WORDS = Set.of(ClinicalVocabulary.WordKind.CHANGE);
    private final Pattern painSitePhrase;
    private final Pattern radiation;
    private final Pattern sitePrepositional;
    private final Pattern procedureWord;
    /** Words after a diagnosis that belong to its name ({@code NOS}, {@code type 2}). */
    private final Pattern directSuffix;
    /** Comma-joined words that end a listed diagnosis ({@code , single episode, moderate}, {@code , bilateral}). */
    private final Pattern commaSuffix;
    /** Comma-joined spinal levels that end a requested procedure ({@code , right L3, L4, L5}). */
    private final Pattern procedureLevels;
    /** A side written after a procedure, not before a site ({@code total knee replacement on the left}). */
    private final Pattern trailingSide;
    /**
     * A word of time right before a procedure head that may stand alone only after one
     * ({@code recent injections}, {@code prior injection}); the word stays out of the span.
     */
    private final Pattern timeBefore;
    /**
     * A specialty or specialist right before a consultation head ({@code neurosurgeon evaluation},
     * {@code general surgery consultation}: {@code clinical/specialties.txt}).
     */
    private final Pattern specialtyBefore;
    /** A body system right before a noun of complaint ({@code GI symptoms}: {@code clinical/symptom-systems.txt}). */
    private final Pattern systemBefore;
    /** A functional complaint ({@code difficulty climbing stairs}: {@code clinical/functional-activities.txt}). */
    private final Pattern functional;
    /** A document noun after a consultation: the visit's record, not a service ({@code re-evaluation note dated}). */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile("(?i)\\s+(?:notes?|reports?|letters?|records?|summary)(?![A-Za-z])");
    /** A guideline's name right before a procedure ({@code MTUS}, {@code ODG}, {@code ... Guidelines}). */
    private static final Pattern GUIDELINE_BEFORE = Pattern.compile("(?<![A-Za-z])(?:MTUS|ODG|ACOEM|Guidelines)\\s+$");
    /** What makes a procedure after a guideline's name part of its title ({@code MTUS Acupuncture Treatment 2007}). */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s+(?:Treatment|Guidelines?)(?![A-Za-z])");
    /** Where a list item ends: a sign, or a word that starts the next part of the sentence. */
    /** The words {@link #sitePrepositional} starts with. */
    private static final List<String> PLACE_PREPOSITIONS = List.of("in", "of", "over", "along", "into", "at", "to");
    private static final String ITEM_END = "(?=\\s*(?:[.;:,()\\n]|$)|\\s+(?:and|with|without|status|s/p|secondary|due|on|in|is|was|were|are)"
            + "(?![A-Za-z])|\\s+\\(?[A-TV-Z]\\d[0-9AB]\\.)";
    private static final String CODE_DOTTED = "[A-TV-Z]\\d[0-9AB]\\.[0-9A-TV-Z]{1,4}";
    /** What may follow a site listed right after a diagnosis: the item's end or its code. */
    private static final Pattern LISTED_SITE_END = Pattern.compile("[ \\t]*(?:[.;,:)\\n]|$|\\(?[A-TV-Z]\\d[0-9AB]\\.)");
    private static final String CODE = "[A-TV-Z]\\d[0-9AB](?:\\.[0-9A-TV-Z]{1,4})?";
    private static final String ICD_LABEL = "(?:ICD(?:-?10)?(?:-CM)?(?:\\s+code)?\\s*:?\\s*)?";
    private final Pattern codeAfter = Pattern.compile("\\s*(?:(?:[-\u2013:,]\\s*)?" + ICD_LABEL + "(" + CODE_DOTTED
            + ")(?![A-Za-z0-9])|\\(\\s*" + ICD_LABEL + "(" + CODE + ")\\s*\\))");
    private final Pattern codeBefore = Pattern.compile("(?:(?<![A-Za-z0-9.])(" + CODE_DOTTED + ")|\\((" + CODE
            + ")\\))\\s*(?:[-\u2013:]\\s*)?(?:[Oo]ther\\s+)?$");
    /** What may stand before a diagnosis at the start of a list item: numbering, a code. */
    private static final Pattern ITEM_START = Pattern.compile("[\\s\\d.)(#*\u2022-]*(?:" + CODE + "\\s*(?:[-\u2013:]\\s*)?)?"
            + "(?:[Oo]ther\\s+)?");
    private static final Pattern GRADE = Pattern.compile("(?i)(?<![A-Za-z])grade\\s+(?:[1-4]|I{1,3}|IV)\\s+$");

    private MentionFinder(RulePack pack, ClinicalVocabulary vocabulary, ExamPatterns examPatterns) {
        this.vocabulary = vocabulary;
        this.suffixClasses = SuffixClasses.get(pack);
        this.examTriggers = examPatterns.triggers();
        this.triggerFirstWords = new FirstWords(examPatterns.triggerTests().keySet());
        Map<String, Entry> entries = new java.util.LinkedHashMap<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "diagnoses.tsv")) {
            entries.putIfAbsent(row.get("phrase"), new Entry(Lexicon.DIAGNOSIS, row));
        }
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "procedures.tsv")) {
            entries.putIfAbsent(row.get("phrase"), new Entry(Lexicon.PROCEDURE, row));
        }
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "symptoms.tsv")) {
            entries.putIfAbsent(row.get("phrase"), new Entry(Lexicon.SYMPTOM, row));
        }
        Map<String, String> listCues = new java.util.HashMap<>();
        List<String> indications = new ArrayList<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "pain-cues.tsv")) {
            String cue = row.get("cue");
            switch (row.get("kind")) {
                case "head" -> entries.putIfAbsent(cue, new Entry(Lexicon.PAIN, null));
                case "not-after" -> notAfter.add(cue);
                case "title-after" -> titleAfter.add(cue);
                case "diagnosis-list" -> listCues.put(cue, cue);
                case "indication" -> indications.add(cue);
                default -> throw new IllegalStateException("pain-cues.tsv: unknown kind " + row.get("kind"));
            }
        }
        Set<String> known = new HashSet<>();
        entries.keySet().forEach(phrase -> known.add(PhraseMatcher.normalize(phrase)));
        addGenerated(pack, entries, known, GENERATED_DIAGNOSES, Lexicon.DIAGNOSIS);
        addGenerated(pack, entries, known, GENERATED_SYMPTOMS, Lexicon.SYMPTOM);
        addGenerated(pack, entries, known, GENERATED_MESH_DIAGNOSES, Lexicon.DIAGNOSIS);
        addGenerated(pack, entries, known, GENERATED_MESH_SYMPTOMS, Lexicon.SYMPTOM);
        ClinicalVocabulary.lines(pack, "fuzzy-stopwords.txt").forEach(w -> fuzzyStopwords.add(PhraseMatcher.normalize(w)));
        Set<String> plurals = addPlurals(entries, known, fuzzyStopwords);
        heads = PhraseMatcher.of(entries);
        headFirstWords = new FirstWords(entries.keySet());
        entries.forEach((phrase, entry) -> phraseLexicon.putIfAbsent(PhraseMatcher.normalize(phrase), entry.lexicon()));
        List<String> abbreviations = new ArrayList<>();
        List<String> abbreviationWords = new ArrayList<>();
        List<String> labs = new ArrayList<>();
        Map<String, String> cues = new HashMap<>();
        List<String> therapyNames = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "therapy-abbreviations.tsv")) {
            String word = row.get("word");
            switch (row.get("kind")) {
                case "abbreviation" -> {
                    abbreviations.add(Pattern.quote(word));
                    abbreviationWords.add(word);
                }
                case "lab" -> labs.add(Pattern.quote(word));
                case "cue" -> cues.put(word, word);
                case "name" -> therapyNames.add(word);
                case "person" -> persons.add(word);
                default -> throw new IllegalStateException("therapy-abbreviations.tsv: unknown kind " + row.get("kind"));
            }
        }
        therapyAbbreviationWords = List.copyOf(abbreviationWords);
        List<String> definitions = new ArrayList<>();
        for (String name : therapyNames) {
            String quoted = "(?i:" + Pattern.quote(name) + ")";
            String abbreviation = Pattern.quote(initials(name));
            definitions.add(quoted + "\\s*\\(\\s*" + abbreviation + "\\s*\\)");
            definitions.add(abbreviation + "\\s*\\(\\s*" + quoted + "\\s*\\)");
        }
        therapyDefinition = definitions.isEmpty() ? null
                : Pattern.compile("(?<![A-Za-z])(?:" + String.join("|", definitions) + ")");
        personAfter = persons.isEmpty() ? null
                : Pattern.compile("(?i)\\s+" + ClinicalVocabulary.alternation(persons) + "(?![A-Za-z])");
        therapyAbbreviation = StartChars.failingFast(
                Pattern.compile("(?<![A-Za-z0-9])(?:" + String.join("|", abbreviations) + ")(?![A-Za-z0-9])"));
        String lab = "(?:" + String.join("|", labs) + ")";
        labAfter = Pattern.compile("(?:\\s*[/-]\\s*|\\s+and\\s+|\\s+)" + lab + "(?![A-Za-z])");
        labBefore = Pattern.compile("(?<![A-Za-z])" + lab + "(?:\\s*[/-]\\s*|\\s+and\\s+|\\s+)$");
        therapyCues = PhraseMatcher.of(cues);
        specialistAfter = Pattern.compile("(?i)\\s+(?:with|to|by|from)\\s+(?:a|an|the)\\s+(?:[A-Za-z-]+\\s+){0,2}"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "specialists.txt")) + "(?![A-Za-z])");
        entries.forEach((phrase, entry) -> {
            String normal = PhraseMatcher.normalize(phrase);
            if (entry.lexicon() != Lexicon.PAIN && !entry.generated() && !plurals.contains(phrase)
                    && normal.chars().allMatch(Character::isLetter)) {
                singleWordHeads.putIfAbsent(normal, entry);
            }
        });
        fuzzyHeads = FuzzyWords.of(singleWordHeads.keySet(), MIN_FUZZY_LENGTH - 1, length -> 1);
        diagnosisCues = PhraseMatcher.of(listCues);
        Map<String, String> context = new java.util.HashMap<>();
        examPatterns.triggerTests().forEach((phrase, test) -> {
            if (test.equals("context")) {
                context.put(phrase, "context");
            }
        });
        examContext = PhraseMatcher.of(context);
        indication = Pattern.compile("(?i)(?<![A-Za-z])" + ClinicalVocabulary.alternation(indications) + "\\s+$");
        String site = vocabulary.sitePhrase();
        String lat = vocabulary.lateralityRegex();
        painSitePhrase = Pattern.compile("(?i),\\s+" + lat + "\\s+" + site);
        sitePrepositional = Pattern.compile("(?i)\\s+(?:in|of|over|along|into|at|to)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|both\\s+)?"
                + site + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?" + site + "(?!\\s+(?:pain|pains|spasms?)\\b)){0," + ClinicalVocabulary.MAX_LIST + "}");
        radiation = Pattern.compile("(?i)(?:(?:\\s+(?:that|which))?\\s+(?:radiat(?:es|ed|ing|e)|with\\s+radiation"
                + "|goes|going|travels|traveling|travelling|extends|extending|shoots|runs|running|spreads|spreading)"
                + "(?:\\s+(?:mainly|primarily|mostly|"
                + "bilaterally|down|up|intermittently|occasionally)){0,4}\\s+(?:to|into|down|in|through|toward|towards)"
                + "|\\s+(?:shooting\\s+)?down)\\s+"
                + "(?:the\\s+|his\\s+|her\\s+|their\\s+|both\\s+)?" + site + "(?:\\s+and\\s+(?:the\\s+)?" + site
                + "(?!\\s+(?:pain|pains)\\b))?");
        procedureWord = Pattern.compile("(?i)\\s+(?:procedures?|surgery|surgeries|programs?|implantation|implant|placement)"
                + "(?![A-Za-z])");
        List<String> direct = new ArrayList<>();
        List<String> comma = new ArrayList<>();
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, "diagnosis-suffixes.tsv")) {
            (row.get("joins").equals("direct") ? direct : comma).add(row.get("phrase"));
        }
        comma.addAll(direct);
        String level = ClinicalVocabulary.levelRegex();
        directSuffix = Pattern.compile("(?i)(?:\\s+" + ClinicalVocabulary.alternation(direct) + "(?![A-Za-z0-9])){1,4}");
        commaSuffix = Pattern.compile("(?i)(?:\\s*,\\s*(?:" + ClinicalVocabulary.alternation(comma) + "(?![A-Za-z0-9])|"
                + lat + "(?:\\s+(?:side|" + site + "))?|" + vocabulary.regionPhrase()
                + "|" + level + ")){1,8}" + ITEM_END);
        trailingSide = Pattern.compile("(?i)\\s+(?:on\\s+the\\s+(?:right|left)(?:\\s+side)?|on\\s+both\\s+sides|bilaterally)"
                + "(?![A-Za-z])(?!\\s+" + site + ")");
        systemBefore = Pattern.compile("(?i)(?<![A-Za-z&/-])"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "symptom-systems.txt")) + "[ \\t]+$");
        functional = Pattern.compile("(?i)(?<![A-Za-z])(?:(?:mild|moderate|severe|significant|marked|increased|increasing)\\s+)?"
                + "(?:difficulty|difficulties|trouble|problems?)\\s+(?:with\\s+)?"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "functional-activities.txt")) + "(?![A-Za-z])"
                + "(?!\\s+on\\s+(?:his\\s+|her\\s+|the\\s+)?(?:heels?|toes?)(?![A-Za-z]))");
        specialtyBefore = Pattern.compile("(?i)(?<![A-Za-z&/-])"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "specialties.txt")) + "[ \\t]+$");
        timeBefore = Pattern.compile("(?i)(?<![A-Za-z])"
                + ClinicalVocabulary.alternation(ClinicalVocabulary.lines(pack, "procedure-time-words.txt")) + "\\s+$");
        procedureLevels = Pattern.compile("(?i)\\s*,\\s*(?:" + lat + "\\s+)?" + level + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)"
                + level + "){0," + ClinicalVocabulary.MAX_LIST + "}" + ITEM_END);
    }

    /**
     * Adds the rows of a generated lexicon that no earlier (hand-written) phrase names, ignoring
     * case, and that the stop list does not refuse (it is applied again here, so that a new stop
     * takes effect before the lexicon is built again). {@code known} holds the entries' phrases in
     * normal form (built once, not once per file) and gets those added; of a file's phrases with
     * the same normal form only the first is considered.
     */
    private static void addGenerated(RulePack pack, Map<String, Entry> entries, Set<String> known, String file,
                                     Lexicon lexicon) {
        Set<String> read = new HashSet<>();
        org.imrnlp.models.lexicon.TermRules rules = org.imrnlp.models.lexicon.TermRules.load(pack);
        for (TsvTable.Row row : ClinicalVocabulary.table(pack, file)) {
            String phrase = row.get("phrase");
            String normal = PhraseMatcher.normalize(phrase);
            if (!known.contains(normal) && read.add(normal) && !rules.refused(phrase)) {
                entries.put(phrase, new Entry(lexicon, row, true, row.get("case").equals("exact")));
                known.add(normal);
            }
        }
    }

    /**
     * Adds the regular plural ({@link org.imrnlp.models.lexicon.TermRules#plural}) of every
     * diagnosis, symptom and procedure phrase that no phrase names yet, ignoring case, as the same
     * entry ({@code hernias}, {@code knee flexion contractures}), unless the plural is a word known
     * to mean something else ({@code fuzzy-stopwords.txt}: {@code confusions}); returns the plurals added.
     * {@code known} holds the entries' phrases in normal form.
     */
    private static Set<String> addPlurals(Map<String, Entry> entries, Set<String> known, Set<String> stopwords) {
        Map<String, Entry> plurals = new java.util.LinkedHashMap<>();
        entries.forEach((phrase, entry) -> {
            String plural = entry.lexicon() == Lexicon.PAIN ? null : org.imrnlp.models.lexicon.TermRules.plural(phrase);
            if (plural != null && !stopwords.contains(PhraseMatcher.normalize(plural))
                    && known.add(PhraseMatcher.normalize(plural))) {
                plurals.put(plural, entry);
            }
        });
        entries.putAll(plurals);
        return plurals.keySet();
    }

    /** The shared instance of {@code pack}. */
    static MentionFinder get(RulePack pack) {
        return pack.cached("clinical/mention-finder", MentionFinder.class,
                p -> new MentionFinder(p, ClinicalVocabulary.get(p), ExamPatterns.get(p)));
    }

    ClinicalVocabulary vocabulary() {
        return vocabulary;
    }

    /** Whether the sentence {@code t[b, e)} reports an examination (exam, palpation ...). */
    boolean examContext(String t, int b, int e) {
        return !examContext.findAll(t, b, e).isEmpty();
    }

    /**
     * The candidates of one document, found once by {@link ClinicalLexiconAnnotator} and read
     * from the CAS by the clinical annotators ({@link LexiconMatches}).
     */
    Scan scan(String t, Sentences sentences) {
        java.util.EnumMap<Lexicon, List<PhraseMatcher.Match<TsvTable.Row>>> found = new java.util.EnumMap<>(Lexicon.class);
        for (Lexicon lexicon : Lexicon.values()) {
            found.put(lexicon, new ArrayList<>());
        }
        Found all = find(t);
        for (PhraseMatcher.Match<Entry> m : all.heads()) {
            found.get(m.value().lexicon()).add(new PhraseMatcher.Match<>(m.begin(), m.end(), m.phrase(), m.value().row()));
        }
        List<Candidate> diagnoses = grow(t, sentences, found.get(Lexicon.DIAGNOSIS), false);
        List<Candidate> symptoms = withFunctional(grow(t, sentences, found.get(Lexicon.SYMPTOM), true),
                functionalComplaints(t, sentences));
        takeTheirListsType(t, diagnoses, symptoms);
        return new Scan(diagnoses, symptoms, pain(t, sentences, found.get(Lexicon.PAIN)),
                procedures(t, sentences, found.get(Lexicon.PROCEDURE), diagnoses, found.get(Lexicon.DIAGNOSIS)),
                all.examTriggers());
    }

    /**
     * The heads in {@code t}, exact or misspelled, and the exam trigger words, each in text order,
     * found in one pass over the words: at every place where {@link PhraseMatcher#findAll} would
     * try a phrase (a letter or digit after none, or a sign other than white space), the longest
     * head and the longest trigger not inside an earlier one of their kind.
     */
    private Found find(String t) {
        List<PhraseMatcher.Match<Entry>> found = new ArrayList<>();
        List<PhraseMatcher.Match<String>> triggers = new ArrayList<>();
        int headsFrom = 0;
        int triggersFrom = 0;
        int i = 0;
        int length = t.length();
        while (i < length) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (!Character.isWhitespace(c)) {
                    if (headFirstWords.mayStartAt(c)) {
                        headsFrom = headAt(t, i, headsFrom, found);
                    }
                    if (triggerFirstWords.mayStartAt(c)) {
                        triggersFrom = longestAt(examTriggers, t, i, triggersFrom, triggers);
                    }
                }
                i++;
                continue;
            }
            int begin = i;
            boolean letters = true;
            while (i < length && Character.isLetterOrDigit(t.charAt(i))) {
                letters &= Character.isLetter(t.charAt(i));
                i++;
            }
            int hash = FirstWords.hash(t, begin, i);
            boolean covered = begin < headsFrom;
            if (!covered && headFirstWords.mayStart(hash)) {
                headsFrom = headAt(t, begin, headsFrom, found);
                covered = begin < headsFrom;
            }
            if (triggerFirstWords.mayStart(hash)) {
                triggersFrom = longestAt(examTriggers, t, begin, triggersFrom, triggers);
            }
            if (covered || !letters) {
                continue;
            }
            String head = i - begin < MIN_FUZZY_LENGTH ? null : misspelledHead(t.substring(begin, i).toLowerCase(Locale.ROOT));
            if (head != null) {
                Entry entry = singleWordHeads.get(head);
                found.add(new PhraseMatcher.Match<>(begin, i, entry.row().get("phrase"), entry));
                continue;
            }
            SuffixClasses.Hit suffixed = suffixClasses.classOf(t, begin, i);
            if (suffixed != null) {
                Lexicon lexicon = suffixed.lexicon().equals("procedure") ? Lexicon.PROCEDURE : Lexicon.DIAGNOSIS;
                found.add(new PhraseMatcher.Match<>(begin, i, t.substring(begin, i), new Entry(lexicon, suffixed.row())));
            }
        }
        return new Found(found, triggers);
    }

    /**
     * A generated diagnosis or symptom listed between two mentions of the other type takes their
     * type: an item of a diagnosis list is a diagnosis ({@code meniscal tear, syncope, and
     * gout}; words may qualify the next item: {@code , supraventricular tachycardia}), an item of a list of complaints a symptom ({@code nausea, hemiparesis or
     * dizziness}); hand-written phrases keep their type. Both lists stay in text order.
     */
    private static void takeTheirListsType(String t, List<Candidate> diagnoses, List<Candidate> symptoms) {
        if (diagnoses.isEmpty() || symptoms.isEmpty()) {
            return;
        }
        List<Candidate> all = new ArrayList<>(diagnoses);
        all.addAll(symptoms);
        all.sort(java.util.Comparator.comparingInt(Candidate::begin));
        Set<Candidate> diagnosisSet = new HashSet<>(diagnoses);
        List<Candidate> toDiagnoses = new ArrayList<>();
        List<Candidate> toSymptoms = new ArrayList<>();
        for (int i = 1; i + 1 < all.size(); i++) {
            Candidate c = all.get(i);
            if (!c.generated()) {
                continue;
            }
            boolean diagnosis = diagnosisSet.contains(c);
            Candidate before = all.get(i - 1);
            Candidate after = all.get(i + 1);
            if (diagnosisSet.contains(before) != diagnosis && diagnosisSet.contains(after) != diagnosis
                    && separates(LIST_SEPARATOR, t, before.end(), c.begin())
                    && separates(LIST_SEPARATOR_QUALIFIED, t, c.end(), after.begin())) {
                (diagnosis ? toSymptoms : toDiagnoses).add(c);
            }
        }
        for (Candidate c : toDiagnoses) {
            symptoms.remove(c);
            diagnoses.add(new Candidate(c.begin(), c.end(), c.core(), "general", null, null, true, null));
        }
        for (Candidate c : toSymptoms) {
            diagnoses.remove(c);
            symptoms.add(new Candidate(c.begin(), c.end(), c.core(), "other", null, null, true, c.site()));
        }
        diagnoses.sort(java.util.Comparator.comparingInt(Candidate::begin));
        symptoms.sort(java.util.Comparator.comparingInt(Candidate::begin));
    }

    /** Whether {@code t[from, to)} is a list separator of the kind of {@code separator}. */
    private static boolean separates(Pattern separator, String t, int from, int to) {
        return from <= to && to - from < 60 && separator.matcher(t).region(from, to).matches();
    }

    /** The symptom candidates with the functional complaints that overlap none of them, in text order. */
    private static List<Candidate> withFunctional(List<Candidate> symptoms, List<Candidate> functional) {
        if (functional.isEmpty()) {
            return symptoms;
        }
        List<Candidate> out = new ArrayList<>(symptoms);
        for (Candidate f : functional) {
            out.removeIf(c -> c.begin() >= f.begin() && c.end() <= f.end());
            if (out.stream().noneMatch(c -> c.begin() < f.end() && f.begin() < c.end())) {
                out.add(f);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::begin));
        return out;
    }

    /** The heads and exam trigger words of a text. */
    private record Found(List<PhraseMatcher.Match<Entry>> heads, List<PhraseMatcher.Match<String>> examTriggers) {
    }

    /**
     * Adds the longest phrase of {@code matcher} at {@code begin} to {@code out} unless
     * {@code begin} lies inside the last one ({@code from} is its end); the new end of the last one.
     */
    private static <V> int longestAt(PhraseMatcher<V> matcher, String t, int begin, int from,
                                     List<PhraseMatcher.Match<V>> out) {
        if (begin < from) {
            return from;
        }
        PhraseMatcher.Match<V> m = matcher.longestAt(t, begin, t.length());
        if (m == null) {
            return from;
        }
        out.add(m);
        return m.end();
    }

    /**
     * {@link #longestAt} for the heads: a phrase to be matched as written (an acronym) that the
     * text writes in other letters is no match ({@code COPD}, never {@code copd}).
     */
    private int headAt(String t, int begin, int from, List<PhraseMatcher.Match<Entry>> out) {
        int size = out.size();
        int end = longestAt(heads, t, begin, from, out);
        if (out.size() > size) {
            PhraseMatcher.Match<Entry> m = out.get(size);
            if (m.value().exact() && !t.regionMatches(m.begin(), m.phrase(), 0, m.phrase().length())) {
                out.remove(size);
                return from;
            }
        }
        return end;
    }

    /** The one single-word head {@code word} (lower case) misspells, or null. */
    private String misspelledHead(String word) {
        if (fuzzyStopwords.contains(word)) {
            return null;
        }
        List<FuzzyWords.Near> near = fuzzyHeads.near(word);
        return near.size() == 1 ? near.get(0).word() : null;
    }

    /** The candidates of one document, and its exam trigger words (for the exam finding annotator). */
    record Scan(List<Candidate> diagnoses, List<Candidate> symptoms,
                List<Candidate> pain, List<Candidate> procedures, List<PhraseMatcher.Match<String>> examTriggers) {
    }

    /**
     * Diagnosis or symptom heads grown into mentions: qualifiers, laterality, sites and levels
     * before them; levels or {@code of the <site>} after a diagnosis, a site phrase and its
     * radiation after a symptom ({@code numbness radiating into the toes}; not after a flare: in
     * {@code exacerbation of neck pain} the pain is a mention of its own). A word coordinated before a head joins where it names a head of the same lexicon with
     * the head's other words ({@code suicidal or homicidal ideation}); a diagnosis takes its
     * abbreviation in parentheses when a site follows ({@code complex regional pain syndrome (CRPS) of the right arm}). Category = lexicon category.
     */
    private List<Candidate> grow(String t, Sentences sentences, List<PhraseMatcher.Match<TsvTable.Row>> matches,
                                 boolean symptom) {
        List<Candidate> out = new ArrayList<>();
        if (matches.isEmpty()) {
            return out;
        }
        Matcher sitePrep = symptom ? sitePrepositional.matcher(t) : null;
        Matcher radiates = symptom ? radiation.matcher(t) : null;
        Matcher direct = symptom ? null : directSuffix.matcher(t);
        Matcher comma = symptom ? null : commaSuffix.matcher(t);
        int floor = 0;
        for (PhraseMatcher.Match<TsvTable.Row> m : matches) {
            if (m.begin() < floor) {
                continue;
            }
            int sb = sentences.begin(m.begin(), 0);
            int se = sentences.end(m.begin(), t.length());
            boolean generated = m.value().has("source");
            if (generated && ANTI_BEFORE.matcher(t).region(Math.max(sb, m.begin() - 6), m.begin()).find()) {
                continue;
            }
            int b = grownBegin(t, m, Math.max(floor, sb), ClinicalVocabulary.CLINICAL_WORDS);
            int e;
            int core = -1;
            if (symptom) {
                if (COMPLAINT.equals(m.value().get("category"))) {
                    b = complaintBegin(t, m, Math.max(floor, sb), se);
                    if (b < 0) {
                        continue;
                    }
                }
                e = FLARE.equals(m.value().get("category")) ? m.end() : sitePrepositionalAfter(sitePrep, t, m.end(), se);
                core = e;
                if (!FLARE.equals(m.value().get("category")) && ClinicalVocabulary.spaceThenLetter(t, e, se, "twrsdge")) {
                    e = lookingAt(radiates, e, se);
                }
            } else {
                String alone = m.value().has("standalone") ? m.value().get("standalone") : "";
                if (alone.equals("not-field") && ClinicalVocabulary.namesField(t, m.end())) {
                    continue;
                }
                b = gradeBefore(t, modifiersBefore(t, b, Math.max(floor, sb)), Math.max(floor, sb));
                int named = abbreviationAfter(t, m.end(), se, Lexicon.DIAGNOSIS);
                e = vocabulary.levelsAfter(t, named, se);
                boolean level = e > named;
                e = lookingAt(direct, e, se);
                int levelAfterSuffix = level ? e : vocabulary.levelsAfter(t, e, se);
                level |= levelAfterSuffix > e;
                e = level ? levelAfterSuffix : vocabulary.siteAfter(t, e, se);
                e = listedSiteAfter(t, e, se);
                e = ClinicalVocabulary.commaAfter(t, e, se) ? lookingAt(comma, e, se) : e;
                if (b == m.begin() && e == m.end() && !generated && m.value().get("standalone").equals("no")) {
                    continue;
                }
                if (alone.equals("not-anaphor") && b == m.begin() && e == m.end()
                        && Regions.in(DEMONSTRATIVE_BEFORE, t, Math.max(sb, b - 8), b).find()) {
                    continue;
                }
            }
            // a generated code holds for the phrase alone: a qualifier, side or site may change it
            String code = symptom || generated && (b != m.begin() || e != m.end()) ? "" : m.value().get("icd10");
            String id = generated && !symptom && m.value().get("id").startsWith("DOID:") ? m.value().get("id") : null;
            String site = symptom && m.value().has("site") ? m.value().get("site") : "";
            out.add(new Candidate(b, e, core < 0 ? e : core, m.value().get("category"), code.isEmpty() ? null : code, id, generated,
                    site.isEmpty() ? null : site));
            floor = e;
        }
        return out;
    }

    /**
     * Whether a pain candidate is a listed diagnosis: it starts an item of a diagnosis list section
     * (only numbering or a code before it since the line, a semicolon, colon or full stop), or has an ICD-10-CM
     * code written next to it. A pain named by a word of worsening ({@code 1. Increased pain.} in
     * a problem list) is a change in a complaint, never a listed diagnosis.
     */
    boolean listedAsDiagnosis(String t, Candidate pain, Sentences sentences, SectionSpans diagnosisList) {
        int firstWordEnd = pain.begin();
        while (firstWordEnd < pain.end() && Character.isLetter(t.charAt(firstWordEnd))) {
            firstWordEnd++;
        }
        if (vocabulary.kindOf(t.substring(pain.begin(), firstWordEnd).toLowerCase(Locale.ROOT))
                == ClinicalVocabulary.WordKind.CHANGE) {
            return false;
        }
        int sb = sentences.begin(pain.begin(), 0);
        if (diagnosisList.contains(pain.begin())) {
            int from = pain.begin();
            while (from > 0 && "\n;:.".indexOf(t.charAt(from - 1)) < 0 && pain.begin() - from < 40) {
                from--;
            }
            if (Regions.in(ITEM_START, t, from, pain.begin()).matches()) {
                return true;
            }
        }
        return writtenCode(t, pain.begin(), pain.end(), sb, sentences.end(pain.begin(), t.length())) != null;
    }

    /**
     * The ICD-10-CM code written right after the mention {@code t[b, e)} ({@code - M54.16},
     * {@code (I10)}) or right before it ({@code M51.26 Other intervertebral disc displacement}),
     * within the sentence {@code [sb, se)}, or null. Without parentheses a code needs its dot, so
     * that a spinal level ({@code T12}) is never read as one.
     */
    String writtenCode(String t, int b, int e, int sb, int se) {
        Matcher after = Regions.in(codeAfter, t, e, se);
        if (after.lookingAt()) {
            return after.group(1) != null ? after.group(1) : after.group(2);
        }
        Matcher before = Regions.in(codeBefore, t, Math.max(sb, b - 20), b);
        if (before.find()) {
            return before.group(1) != null ? before.group(1) : before.group(2);
        }
        return null;
    }

    /**
     * Where a noun of complaint's mention begins ({@code visual problems}, {@code left leg
     * symptoms}), or -1 where no body system ({@code symptom-systems.txt}) or body site stands
     * right before it, or where it ends a guideline title ({@code MTUS Shoulder Complaints 2004},
     * {@code Chapter 12, Low Back Complaints}) or
     * names a heading ({@code NEUROLOGICAL SYMPTOMS:}).
     */
    private int complaintBegin(String t, PhraseMatcher.Match<?> m, int lower, int se) {
        if (ClinicalVocabulary.namesField(t, m.end()) || titleCase(t, m.begin(), lower)
                || Regions.in(TITLE_YEAR, t, m.end(), se).lookingAt()
                || Regions.in(GUIDELINE_BEFORE, t, Math.max(lower, m.begin() - 40), m.begin())
                .useTransparentBounds(true).find()) {
            return -1;
        }
        Set<WordKind> found = EnumSet.noneOf(WordKind.class);
        Matcher system = Regions.in(systemBefore, t, Math.max(lower, m.begin() - 24), m.begin()).useTransparentBounds(true);
        if (system.find()) {
            return vocabulary.extendLeft(t, system.start(), lower, ClinicalVocabulary.CLINICAL_WORDS, found);
        }
        int b = vocabulary.extendLeft(t, m.begin(), lower, ClinicalVocabulary.CLINICAL_WORDS, found);
        return found.contains(WordKind.SITE) ? b : -1;
    }

    /**
     * Whether the word at {@code begin} is written in title case after another title-case word
     * ({@code Low Back Complaints}: a guideline chapter's name), not in capitals.
     */
    private static boolean titleCase(String t, int begin, int lower) {
        if (begin + 1 >= t.length() || !Character.isUpperCase(t.charAt(begin)) || !Character.isLowerCase(t.charAt(begin + 1))) {
            return false;
        }
        int k = begin;
        while (k > lower && t.charAt(k - 1) == ' ') {
            k--;
        }
        int w = k;
        while (w > lower && Character.isLetter(t.charAt(w - 1))) {
            w--;
        }
        return w < k && Character.isUpperCase(t.charAt(w));
    }

    /**
     * Functional complaints: {@code difficulty|trouble|problems (with)} and an activity of
     * {@code functional-activities.txt} ({@code difficulty climbing stairs}, {@code trouble
     * swallowing}, {@code difficulties with hearing}); category other. Walking on the heels or toes
     * is an examination ({@code difficulty walking on heels}), not a complaint.
     */
    private List<Candidate> functionalComplaints(String t, Sentences sentences) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = functional.matcher(t).useTransparentBounds(true);
        for (String word : FUNCTIONAL_WORDS) {
            int done = 0;
            for (int at = indexIgnoringCase(t, word, 0); at >= 0; at = indexIgnoringCase(t, word, at + 1)) {
                int from = Math.max(done, at - FUNCTIONAL_LEAD);
                if (at < from) {
                    continue;
                }
                m.region(from, Math.min(t.length(), at + FUNCTIONAL_REACH));
                if (m.find() && m.start() <= at) {
                    out.add(new Candidate(m.start(), m.end(), m.end(), "other"));
                    done = m.end();
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::begin));
        return out;
    }

    /** Where the lower-case {@code word} occurs in {@code t} from {@code from} on, in any case, or -1. */
    private static int indexIgnoringCase(String t, String word, int from) {
        char first = word.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = from; i + word.length() <= t.length(); i++) {
            char c = t.charAt(i);
            if ((c == first || c == upper) && t.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a diagnosis starting at {@code begin} starts once the descriptive adjectives written
     * right before it ({@link SuffixClasses#modifies}: {@code perirectal abscess}, {@code
     * hemorrhagic contusions}) join it, each with the qualifiers, sides and sites before it
     * ({@code right posterolateral preforaminal disc protrusion}); at most {@value #MAX_MODIFIERS}.
     */
    private int modifiersBefore(String t, int begin, int floor) {
        int b = begin;
        for (int i = 0; i < MAX_MODIFIERS; i++) {
            int end = b;
            while (end > floor && t.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > floor && (Character.isLetter(t.charAt(start - 1)) || t.charAt(start - 1) == '-')) {
                start--;
            }
            if (end == b || start == end || start > floor && Character.isLetterOrDigit(t.charAt(start - 1))
                    || !suffixClasses.modifies(t, start, end)) {
                return b;
            }
            b = vocabulary.extendLeft(t, start, floor, ClinicalVocabulary.CLINICAL_WORDS, EnumSet.noneOf(WordKind.class));
        }
        return b;
    }

    /** Where {@code grade II} written right before {@code begin} starts, or {@code begin}. */
    private static int gradeBefore(String t, int begin, int floor) {
        int from = Math.max(floor, begin - 12);
        Matcher m = Regions.in(GRADE, t, from, begin);
        return m.find() ? m.start() : begin;
    }

    /**
     * Pain mentions, classified: category = {@link PainKind} name. Bare "pain" is not one, unless a
     * word of worsening stands right before it ({@code increased pain}: qualifiers.tsv kind change).
     */
    private List<Candidate> pain(String t, Sentences sentences, List<PhraseMatcher.Match<TsvTable.Row>> heads) {
        List<Candidate> out = new ArrayList<>();
        if (heads.isEmpty()) {
            return out;
        }
        Matcher painSite = painSitePhrase.matcher(t);
        Matcher sitePrep = sitePrepositional.matcher(t);
        Matcher radiates = radiation.matcher(t);
        int floor = 0;
        for (PhraseMatcher.Match<TsvTable.Row> m : heads) {
            if (m.begin() < floor) {
                continue;
            }
            int sb = sentences.begin(m.begin(), 0);
            int se = sentences.end(m.begin(), t.length());
            Set<WordKind> found = EnumSet.noneOf(WordKind.class);
            int b = vocabulary.extendLeft(t, m.begin(), Math.max(floor, sb), ClinicalVocabulary.CLINICAL_WORDS, found);
            boolean condition = found.contains(WordKind.CONDITION);
            String after = nextWord(t, m.end(), se);
            if (titleAfter.contains(after) || notAfter.contains(after) && !condition) {
                continue;
            }
            int e = m.end();
            boolean named = false;
            if (after.equals("syndrome")) {
                e = nextWordEnd(t, m.end(), se);
                named = true;
            }
            int afterSite = e < se && t.charAt(e) == ',' ? lookingAt(painSite, e, se) : e;
            if (afterSite == e) {
                afterSite = sitePrepositionalAfter(sitePrep, t, e, se);
            }
            int core = afterSite;
            e = ClinicalVocabulary.spaceThenLetter(t, afterSite, se, "twrsdge") ? lookingAt(radiates, afterSite, se) : afterSite;
            boolean glued = vocabulary.bodySite(t, m.begin(), m.end()) != null;
            if (b == m.begin() && e == m.end() && !named && !glued) {
                b = vocabulary.extendLeft(t, m.begin(), Math.max(floor, sb), CHANGE_WORDS, found);
                if (b == m.begin()) {
                    continue;
                }
            }
            boolean diagnosis = condition || named
                    || !diagnosisCues.findAll(t, sb, b).isEmpty()
                    || indication.matcher(t.substring(Math.max(sb, b - 30), b)).find();
            out.add(new Candidate(b, e, core, (diagnosis ? PainKind.DIAGNOSIS : PainKind.SYMPTOM).name()));
            floor = e;
        }
        return out;
    }

    /**
     * Procedure heads of the lexicon, grown; category = lexicon category. An imaging or test head
     * also takes a site written right after it without "of" ({@code MRI lumbar spine}), a head its
     * abbreviation in parentheses when a site follows ({@code Electromyography (EMG) of the ...}), a consultation the
     * specialist after it ({@code consultation with a spine surgeon}: core ends before the
     * specialist, whose words name no site of the procedure). Capital therapy abbreviations are
     * added by {@link #withTherapyAbbreviations}.
     */
    private List<Candidate> procedures(String t, Sentences sentences, List<PhraseMatcher.Match<TsvTable.Row>> matches,
                                       List<Candidate> diagnoses, List<PhraseMatcher.Match<TsvTable.Row>> diagnosisHeads) {
        List<Candidate> out = new ArrayList<>();
        Matcher procedure = procedureWord.matcher(t);
        Matcher specialist = specialistAfter.matcher(t);
        Matcher commaLevels = procedureLevels.matcher(t);
        Matcher side = trailingSide.matcher(t);
        Matcher contrastWords = CONTRAST.matcher(t);
        int floor = 0;
        for (PhraseMatcher.Match<TsvTable.Row> m : matches) {
            if (m.begin() < floor) {
                continue;
            }
            int sb = sentences.begin(m.begin(), 0);
            int se = sentences.end(m.begin(), t.length());
            int b = grownBegin(t, m, Math.max(floor, sb), ClinicalVocabulary.PROCEDURE_WORDS);
            int e = lookingAt(procedure, abbreviationAfter(t, m.end(), se, Lexicon.PROCEDURE), se);
            int specialistFrom = -1;
            if (CONSULTATION.equals(m.value().get("category")) && lookingAt(specialist, e, se) > e) {
                specialistFrom = e;
                e = lookingAt(specialist, e, se);
            }
            int withLevel = vocabulary.levelsAfter(t, e, se);
            int site = withLevel > e ? withLevel : vocabulary.siteAfter(t, e, se);
            if (site == e && IMAGING.equals(m.value().get("category"))) {
                int contrast = lookingAt(contrastWords, e, se);
                int contrastSite = contrast > e ? vocabulary.siteAfter(t, contrast, se) : contrast;
                site = contrastSite > contrast ? contrastSite : e;
            }
            if (site == e && IMAGING.equals(m.value().get("category"))) {
                int study = lookingAt(STUDY_NOUN.matcher(t), e, se);
                int studySite = study > e ? vocabulary.siteAfter(t, study, se) : study;
                site = studySite > study ? studySite : vocabulary.siteRightAfter(t, e, se);
            }
            if (site == e && OBJECT_CATEGORIES.contains(m.value().get("category"))) {
                site = objectAfter(t, e, se, diagnoses, diagnosisHeads);
            }
            e = ClinicalVocabulary.commaAfter(t, site, se) ? lookingAt(commaLevels, site, se) : site;
            e = lookingAt(side, e, se);
            String alone = m.value().get("standalone");
            boolean standalone = alone.equals("yes") || alone.equals("after-time") && b == m.begin()
                    && Regions.in(timeBefore, t, Math.max(sb, b - 20), b).useTransparentBounds(true).find()
                    && !ClinicalVocabulary.namesField(t, m.end());
            if (CONSULTATION.equals(m.value().get("category"))) {
                if (Regions.in(DOCUMENT_AFTER, t, m.end(), se).lookingAt()) {
                    continue;
                }
                int lower = Math.max(floor, sb);
                Matcher specialty = Regions.in(specialtyBefore, t, Math.max(lower, m.begin() - 48), m.begin())
                        .useTransparentBounds(true);
                if (specialty.find()) {
                    b = vocabulary.extendLeft(t, specialty.start(), lower, ClinicalVocabulary.PROCEDURE_WORDS,
                            EnumSet.noneOf(WordKind.class));
                    standalone = true;
                } else if (alone.equals("after-specialty") && specialistFrom < 0) {
                    continue;
                }
            }
            standalone |= !standalone && b == m.begin() && e == m.end() && namedInParentheses(t, m, sb, se);
            if (!standalone && b == m.begin() && e == m.end() || guidelineTitle(t, b, e, sb, se)) {
                continue;
            }
            out.add(new Candidate(b, e, specialistFrom < 0 ? e : specialistFrom, m.value().get("category")));
            floor = e;
        }
        return withTherapyAbbreviations(t, sentences, out);
    }

    /**
     * The end of the condition an operation, biopsy or injection is done on, written after it with
     * {@code of} or {@code from} ({@code resection of right temporal brain tumor}, {@code biopsy of
     * a tumor in the neck}): a diagnosis mention or head that starts right after those words; else
     * {@code end}.
     */
    private static int objectAfter(String t, int end, int limit, List<Candidate> diagnoses,
                                   List<PhraseMatcher.Match<TsvTable.Row>> diagnosisHeads) {
        if (!ClinicalVocabulary.spaceThenWord(t, end, limit, OBJECT_PREPOSITIONS)) {
            return end;
        }
        Matcher m = Regions.in(OBJECT_BEFORE, t, end, limit);
        if (!m.lookingAt()) {
            return end;
        }
        int at = m.end();
        for (Candidate d : diagnoses) {
            if (d.begin() == at && d.end() <= limit) {
                return d.end();
            }
        }
        for (PhraseMatcher.Match<TsvTable.Row> h : diagnosisHeads) {
            if (h.begin() == at && h.end() <= limit) {
                return h.end();
            }
        }
        return end;
    }

    /**
     * Whether a vague procedure head ({@code CT}) is named with its other name in parentheses, of
     * the same lexicon: after it ({@code CT (computed tomography)}) or around it
     * ({@code Computed Tomography (CT)}), which says what it is.
     */
    private boolean namedInParentheses(String t, PhraseMatcher.Match<?> m, int sb, int se) {
        Matcher after = Regions.in(ABBREVIATION, t, m.end(), se);
        if (after.lookingAt() && sameLexicon(t, after.start(1), after.end(1), Lexicon.PROCEDURE)) {
            return true;
        }
        if (m.end() >= se || t.charAt(m.end()) != ')'
                || !Regions.in(OPEN_BEFORE, t, Math.max(sb, m.begin() - 4), m.begin()).find()) {
            return false;
        }
        int open = t.lastIndexOf('(', m.begin());
        int k = open;
        while (k > sb && Character.isWhitespace(t.charAt(k - 1))) {
            k--;
        }
        for (int start = Math.max(sb, k - 40); start < k; start++) {
            if ((start == 0 || !Character.isLetterOrDigit(t.charAt(start - 1))) && sameLexicon(t, start, k, Lexicon.PROCEDURE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t[b, e)} is exactly a head of {@code lexicon}. */
    private boolean sameLexicon(String t, int b, int e, Lexicon lexicon) {
        PhraseMatcher.Match<Entry> inner = heads.longestAt(t, b, e);
        return inner != null && inner.end() == e && inner.value().lexicon() == lexicon;
    }

    /**
     * Whether the procedure {@code t[b, e)} names a guideline's title: a guideline's name before it
     * and {@code Treatment} or {@code Guidelines} after it ({@code MTUS Acupuncture Treatment 2007},
     * {@code ODG Chiropractic Guidelines}); a topic after a title is a mention.
     */
    private static boolean guidelineTitle(String t, int b, int e, int sb, int se) {
        return Regions.in(GUIDELINE_BEFORE, t, Math.max(sb, b - 12), b).useTransparentBounds(true).find()
                && Regions.in(TITLE_AFTER, t, e, se).lookingAt();
    }

    /**
     * The end of a site written right after a diagnosis without {@code of}, where the list item
     * ends with it ({@code DDD lumbar spine.}, {@code DJD right knee M17.11}), or {@code end}.
     */
    private int listedSiteAfter(String t, int end, int limit) {
        int site = vocabulary.siteRightAfter(t, end, limit);
        return site > end && Regions.in(LISTED_SITE_END, t, site, limit).lookingAt() ? site : end;
    }

    /** Where a head's mention begins: a coordinated word joined, then the words of {@code kinds} before it. */
    private int grownBegin(String t, PhraseMatcher.Match<?> m, int floor, Set<WordKind> kinds) {
        return vocabulary.extendLeft(t, coordinatedBefore(t, m, floor), floor, kinds, EnumSet.noneOf(WordKind.class));
    }

    /**
     * Where a head starts once a word coordinated before it joins: the word, with the head's
     * other words, is a phrase of the same lexicon ({@code suicidal or homicidal ideation},
     * {@code bowel/bladder incontinence}); else the head's begin.
     */
    private int coordinatedBefore(String t, PhraseMatcher.Match<?> m, int floor) {
        if (m.begin() <= floor || m.phrase().indexOf(' ') < 0 || !conjunctionBefore(t, m.begin(), floor)) {
            return m.begin();
        }
        Matcher c = Regions.in(COORDINATED, t, Math.max(floor, m.begin() - 40), m.begin());
        if (!c.find()) {
            return m.begin();
        }
        String head = PhraseMatcher.normalize(t.substring(m.begin(), m.end()));
        int space = head.indexOf(' ');
        Lexicon lexicon = phraseLexicon.get(PhraseMatcher.normalize(m.phrase()));
        if (space >= 0 && lexicon != null
                && phraseLexicon.get(c.group(1).toLowerCase(Locale.ROOT) + head.substring(space)) == lexicon) {
            return c.start();
        }
        return m.begin();
    }

    /** Whether {@code and}, {@code or}, {@code &} or {@code /} ends the text before {@code begin} (a cheap test before {@link #COORDINATED}). */
    private static boolean conjunctionBefore(String t, int begin, int floor) {
        int k = begin;
        while (k > floor && Character.isWhitespace(t.charAt(k - 1))) {
            k--;
        }
        if (k <= floor) {
            return false;
        }
        char c = t.charAt(k - 1);
        return c == '/' || c == '&' || k - 2 >= floor && t.regionMatches(true, k - 2, "or", 0, 2)
                || k - 3 >= floor && t.regionMatches(true, k - 3, "and", 0, 3);
    }

    /**
     * The end of the head's abbreviation in parentheses right after {@code end}, a head of the same
     * lexicon, where a site or level follows it that belongs to the head
     * ({@code ELECTROMYOGRAPHY (EMG) OF THE BILATERAL LOWER EXTREMITIES}); else {@code end}, and
     * the abbreviation is a mention of its own ({@code functional capacity evaluation (FCE)}).
     */
    private int abbreviationAfter(String t, int end, int limit, Lexicon lexicon) {
        Matcher m = Regions.in(ABBREVIATION, t, end, limit);
        if (!m.lookingAt()) {
            return end;
        }
        PhraseMatcher.Match<Entry> inner = heads.longestAt(t, m.start(1), m.end(1));
        boolean same = inner != null && inner.end() == m.end(1) && inner.value().lexicon() == lexicon;
        int after = m.end();
        boolean siteFollows = vocabulary.levelsAfter(t, after, limit) > after || vocabulary.siteAfter(t, after, limit) > after;
        return same && siteFollows ? after : end;
    }

    /**
     * {@code procedures} with the capital therapy abbreviations ({@code PT}, {@code OT}) that have a
     * cue of a course of therapy within {@value #CUE_WINDOW} characters in their sentence
     * ({@code 12 sessions of PT}, {@code PT twice a week}, {@code PT x 6}), not next to a lab name
     * ({@code PT/INR}) and not inside another procedure; in text order.
     */
    private List<Candidate> withTherapyAbbreviations(String t, Sentences sentences, List<Candidate> procedures) {
        int first = t.length();
        for (String abbreviation : therapyAbbreviationWords) {
            int at = t.indexOf(abbreviation);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        Matcher m = Regions.in(therapyAbbreviation, t, first, t.length()).useTransparentBounds(true);
        if (first == t.length() || !m.find()) {
            return procedures;
        }
        List<Candidate> out = new ArrayList<>(procedures);
        Set<String> defined = definedTherapies(t);
        do {
            int sb = sentences.begin(m.start(), 0);
            int se = sentences.end(m.start(), t.length());
            int from = Math.max(sb, m.start() - CUE_WINDOW);
            int to = Math.min(se, m.end() + CUE_WINDOW);
            boolean lab = Regions.in(labAfter, t, m.end(), se).lookingAt()
                    || Regions.in(labBefore, t, Math.max(sb, m.start() - 12), m.start()).find();
            boolean cue = !therapyCues.findAll(t, from, to).isEmpty() || Regions.in(VISIT_COUNT, t, from, to).find()
                    || defined.contains(m.group()) && (personAfter == null || !Regions.in(personAfter, t, m.end(), se).lookingAt());
            boolean inside = procedures.stream().anyMatch(p -> p.begin() < m.end() && m.start() < p.end());
            if (cue && !lab && !inside) {
                int b = vocabulary.extendLeft(t, m.start(), sb, ClinicalVocabulary.PROCEDURE_WORDS, EnumSet.noneOf(WordKind.class));
                out.add(new Candidate(b, m.end(), m.end(), THERAPY));
            }
        } while (m.find());
        out.sort(java.util.Comparator.comparingInt(Candidate::begin));
        return out;
    }

    /**
     * The therapy abbreviations {@code t} defines by their therapy's name in parentheses
     * ({@code physical therapy (PT)}, {@code PT (physical therapy)}): the document means the
     * therapy by them wherever no lab or therapist reading applies.
     */
    private Set<String> definedTherapies(String t) {
        Set<String> defined = new HashSet<>();
        if (therapyDefinition != null) {
            Matcher d = therapyDefinition.matcher(t);
            while (d.find()) {
                for (String name : therapyAbbreviationWords) {
                    if (d.group().contains(name)) {
                        defined.add(name);
                    }
                }
            }
        }
        return defined;
    }

    /** The capital initials of the words of {@code name} ({@code physical therapy}: {@code PT}). */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            b.append(Character.toUpperCase(word.charAt(0)));
        }
        return b.toString();
    }

    /** Where {@code status post} starts right before {@code begin}, or -1. */
    int statusPostBefore(String t, int begin, int floor) {
        Matcher m = STATUS_POST.matcher(t.substring(Math.max(floor, begin - 16), begin));
        return m.find() ? Math.max(floor, begin - 16) + m.start() : -1;
    }

    /** The end of {@link #sitePrepositional} ({@code sitePrep}) matched at {@code from}, or {@code from}. */
    private static int sitePrepositionalAfter(Matcher sitePrep, String t, int from, int limit) {
        return ClinicalVocabulary.spaceThenWord(t, from, limit, PLACE_PREPOSITIONS) ? lookingAt(sitePrep, from, limit) : from;
    }

    /** The end of {@code m}'s pattern matched at {@code from} (before {@code limit}), or {@code from}. */
    private static int lookingAt(Matcher m, int from, int limit) {
        if (from >= limit) {
            return from;
        }
        m.region(from, limit);
        return m.lookingAt() ? m.end() : from;
    }

    /** The lower-case word after {@code i} (after spaces), or "" at a sentence end. */
    private static String nextWord(String t, int i, int limit) {
        int e = nextWordEnd(t, i, limit);
        return t.substring(e - wordLength(t, e, i), e).toLowerCase(Locale.ROOT);
    }

    private static int nextWordEnd(String t, int i, int limit) {
        int b = i;
        while (b < limit && t.charAt(b) == ' ') {
            b++;
        }
        int e = b;
        while (e < limit && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return e;
    }

    private static int wordLength(String t, int end, int floor) {
        int b = end;
        while (b > floor && Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        return end - b;
    }

    /** The candidates that overlap no longer one, in text order. */
    static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(java.util.Comparator.comparingInt((Candidate c) -> c.end() - c.begin()).reversed()
                .thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.begin() < c.end() && c.begin() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(Candidate::begin));
        return kept;
    }
}
