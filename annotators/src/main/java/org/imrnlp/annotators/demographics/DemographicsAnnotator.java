package org.imrnlp.annotators.demographics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.core.cas.CleanTextView;
import org.imrnlp.core.text.CleanText;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;
import org.imrnlp.type.Demographics;

/**
 * Finds the age and sex of the patient: {@code 38-year-old male}, {@code 60 year old female},
 * {@code a 55-year-old woman}, {@code a fifty-two-year-old woman} (span: age to sex word; number
 * words from {@code age-words.tsv}), and {@code Mr. Alvarez is a 44 year-old}
 * (sex from the title; span: title to age; only when no sex word follows the age). Sex words and titles come from
 * {@code demographics.tsv}, the words allowed between age and sex ({@code right-hand dominant}) from
 * {@code demographics-descriptors.txt}.
 */
@ResourceMetaData(name = "IMR-NLP demographics")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap", outputs = "org.imrnlp.type.Demographics")
public class DemographicsAnnotator extends JCasAnnotator_ImplBase {

    private static final String RESOURCE = "demographics.tsv";
    private static final String DESCRIPTORS = "demographics-descriptors.txt";
    private static final String AGE_WORDS = "age-words.tsv";
    /**
     * The age pattern; {@code %s} stands for the spelled-out ages. A plural {@code years} without
     * {@code old} is a duration ({@code for 22 years, male coworkers}), not an age.
     */
    private static final String AGE = "(?<age>\\d{1,3}|%s)[-\\s]*(?:years?[-\\s]*old|year|yrs?(?:[-\\s]*old)?|y/o)";
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[-\\s]+");
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private Rules rules;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        rules = ResourceFiles.cached(RESOURCE, Rules.class, Rules::load);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        CleanText clean = CleanTextView.get(jcas);
        String text = clean.text();
        Matcher m = rules.ageSex.matcher(text);
        Matcher t = rules.titleAge.matcher(text);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            boolean digit = c >= '0' && c <= '9';
            boolean spelled = !digit && rules.isAgeWordAt(text, i);
            if ((digit && (i == 0 || text.charAt(i - 1) != '.') && yearFollows(text, i)
                    || spelled && (i == 0 || text.charAt(i - 1) != '-'))
                    && m.region(i, length).lookingAt()) {
                add(jcas, clean, m.start(), m.end(), rules.age(m.group("age")), rules.sex(m.group("sex")));
                i = m.end();
            } else if (c == 'M' && t.region(i, length).lookingAt()
                    && !m.region(t.start("age"), length).lookingAt()) {
                add(jcas, clean, t.start(), t.end(), rules.age(t.group("age")), rules.sex(t.group("title")));
                i = t.end();
            } else {
                i = wordEnd(text, i);
            }
        }
    }

    /** After a word start {@code i}: the end of its run of letters and digits, else {@code i + 1}. */
    private static int wordEnd(String text, int i) {
        int j = i + 1;
        if (isWordChar(text.charAt(i))) {
            while (j < text.length() && isWordChar(text.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII. */
    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Whether a {@code y} starts the word after the number at {@code i} ({@code 38-year}, {@code 33 yr}). */
    private static boolean yearFollows(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '-')) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == 'y' || text.charAt(j) == 'Y');
    }

    private static void add(JCas jcas, CleanText clean, int begin, int end, int age, String sex) {
        Demographics d = new Demographics(jcas, clean.toOriginal(begin), clean.toOriginalEnd(end));
        AssertionCodes.setDefaults(d);
        d.setAge(age);
        d.setSex(sex);
        d.addToIndexes();
    }

    /** The compiled patterns and sex words. Immutable and shared. */
    static final class Rules {
        final Pattern ageSex;
        final Pattern titleAge;
        private final Map<String, String> sexes;
        private final Map<String, Integer> ageWords;
        private final PhraseMatcher<Integer> ageWordMatcher;
        /** For each ASCII character, whether an age word can start with it (in any case). */
        private final boolean[] ageWordStarts = new boolean[128];

        private Rules(Pattern ageSex, Pattern titleAge, Map<String, String> sexes, Map<String, Integer> ageWords) {
            this.ageSex = ageSex;
            this.titleAge = titleAge;
            this.sexes = sexes;
            this.ageWords = ageWords;
            this.ageWordMatcher = PhraseMatcher.of(ageWords);
            for (String word : ageWords.keySet()) {
                char first = PhraseMatcher.normalize(word).charAt(0);
                if (first < 128) {
                    ageWordStarts[first] = true;
                    ageWordStarts[Character.toUpperCase(first)] = true;
                }
            }
        }

        static Rules load(String name) {
            Map<String, String> sexes = new HashMap<>();
            StringBuilder words = new StringBuilder();
            StringBuilder titles = new StringBuilder();
            for (TsvTable.Row row : ResourceFiles.table(name).rows()) {
                String word = row.get("word");
                sexes.put(word.toLowerCase(Locale.ROOT), row.get("sex"));
                StringBuilder target = Character.isUpperCase(word.charAt(0)) ? titles : words;
                target.append(target.length() == 0 ? "" : "|").append(Pattern.quote(word));
            }
            StringBuilder descriptors = new StringBuilder();
            for (String phrase : ResourceFiles.lines(DESCRIPTORS)) {
                descriptors.append(descriptors.length() == 0 ? "" : "|");
                StringJoiner parts = new StringJoiner("[- ]");
                for (String part : phrase.strip().split("[- ]")) {
                    parts.add(Pattern.quote(part));
                }
                descriptors.append(parts);
            }
            Map<String, Integer> ageWords = new HashMap<>();
            StringBuilder tens = new StringBuilder();
            StringBuilder units = new StringBuilder();
            StringBuilder singles = new StringBuilder();
            for (TsvTable.Row row : ResourceFiles.table(AGE_WORDS).rows()) {
                String word = row.get("word");
                ageWords.put(word, Integer.parseInt(row.get("value")));
                StringBuilder target = switch (row.get("kind")) {
                    case "tens" -> tens;
                    case "unit" -> units;
                    case "single" -> singles;
                    default -> throw new IllegalStateException(AGE_WORDS + ": unknown kind " + row.get("kind"));
                };
                target.append(target.length() == 0 ? "" : "|").append(Pattern.quote(word));
            }
            String age = String.format(AGE, "(?:" + tens + ")(?:[-\\s](?:" + units + "))?(?![a-z])|(?:" + singles
                    + "|" + units + ")(?![a-z])");
            Pattern ageSex = Pattern.compile(age + "[,\\s]+(?:(?:" + descriptors + ")[,\\s]+){0,2}"
                    + "(?<sex>" + words + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
            Pattern titleAge = Pattern.compile("(?<title>" + titles + ")\\.?\\s+[A-Z][\\w'-]*\\s+(?:is|was)\\s+"
                    + "(?:an?\\s+)?" + age + "(?![\\w-])");
            return new Rules(ageSex, titleAge, Map.copyOf(sexes), Map.copyOf(ageWords));
        }

        /** Whether the word starting at {@code i} is a number word of a spelled-out age ({@code fifty}, {@code Two}). */
        boolean isAgeWordAt(String text, int i) {
            char c = text.charAt(i);
            return (c >= 128 || ageWordStarts[c]) && ageWordMatcher.longestAt(text, i, text.length()) != null;
        }

        /** The age written as digits or in words ({@code fifty-two} = 52). */
        int age(String written) {
            if (Character.isDigit(written.charAt(0))) {
                return Integer.parseInt(written);
            }
            int age = 0;
            for (String word : WORD_SEPARATOR.split(written.toLowerCase(Locale.ROOT))) {
                age += ageWords.get(word);
            }
            return age;
        }

        String sex(String word) {
            return sexes.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
        }
    }
}
