package org.imrnlp.annotators.demographics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;
import org.imrnlp.type.DemographicsAnnotation;

/**
 * Finds the age and sex of the patient: {@code 38-year-old male}, {@code 60 year old female},
 * {@code a 55-year-old woman}, {@code a fifty-two-year-old woman} (span: age to sex word; number
 * words from {@code age-words.tsv}), and {@code Mr. Alvarez is a 44 year-old}
 * (sex from the title; span: title to age; only when no sex word follows the age), and the header
 * fields {@code Age: 45  Sex: F} (span: first label to last value). Sex words and titles come from
 * {@code demographics.tsv}, the words allowed between age and sex ({@code right-hand dominant}) from
 * {@code demographics-descriptors.txt}.
 */
@ResourceMetaData(name = "IMR-NLP demographics")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap", outputs = "org.imrnlp.type.DemographicsAnnotation")
public class DemographicsAnnotator extends RulePackAnnotator {

    private static final String RESOURCE = "demographics.tsv";
    private static final String DESCRIPTORS = "demographics-descriptors.txt";
    private static final String AGE_WORDS = "age-words.tsv";
    /**
     * The age pattern; {@code %s} stands for the spelled-out ages. A plural {@code years} without
     * {@code old} is a duration ({@code for 22 years, male coworkers}), not an age.
     */
    private static final String AGE = "(?<age>\\d{1,3}|%s)[-\\s]*(?:years?[-\\s]*old|year|yrs?(?:[-\\s]*old)?|y/o"
            + "|y\\.\\s?o\\.|yo)";
    /**
     * Age and sex as fields of a note's header, in either order ({@code Age: 45  Sex: F},
     * {@code Sex: Male, Age: 52}, {@code Age/Sex: 45/M}); {@code %s} stands for the sex words.
     */
    private static final String FIELDS = "(?:Age\\s*:\\s*(?<age>\\d{1,3})(?:\\s*(?:years?|yrs?|y/o|yo))?[,;\\s]+"
            + "(?:Sex|Gender)\\s*:\\s*(?<sex>%1$s)"
            + "|(?:Sex|Gender)\\s*:\\s*(?<sexFirst>%1$s)[,;\\s]+Age\\s*:\\s*(?<ageLast>\\d{1,3})"
            + "|Age\\s*/\\s*(?:Sex|Gender)\\s*:\\s*(?<ageSlash>\\d{1,3})\\s*/\\s*(?<sexSlash>%1$s))(?![\\w-])";
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
        rules = rulePack().cached(RESOURCE, Rules.class, Rules::load);
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        Matcher m = rules.ageSex.matcher(text);
        Matcher t = rules.titleAge.matcher(text);
        Matcher f = rules.fields.matcher(text);
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
                add(jcas, m.start(), m.end(), rules.age(m.group("age")), rules.sex(m.group("sex")));
                i = m.end();
            } else if (isFieldLabelAt(text, i) && f.region(i, length).lookingAt()) {
                add(jcas, f.start(), f.end(), Integer.parseInt(firstOf(f, "age", "ageLast", "ageSlash")),
                        rules.sex(firstOf(f, "sex", "sexFirst", "sexSlash")));
                i = f.end();
            } else if (c == 'M' && t.region(i, length).lookingAt()
                    && !m.region(t.start("age"), length).lookingAt()) {
                add(jcas, t.start(), t.end(), rules.age(t.group("age")), rules.sex(t.group("title")));
                i = t.end();
            } else {
                i = wordEnd(text, i);
            }
        }
    }

    /** Whether a field label that can open the age and sex fields starts at {@code i}. */
    private static boolean isFieldLabelAt(String text, int i) {
        char c = text.charAt(i);
        return (c == 'A' || c == 'a') && text.regionMatches(true, i, "age", 0, 3)
                || (c == 'S' || c == 's') && text.regionMatches(true, i, "sex", 0, 3)
                || (c == 'G' || c == 'g') && text.regionMatches(true, i, "gender", 0, 6);
    }

    /** The first of the named groups that took part in the match. */
    private static String firstOf(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no group of " + String.join(", ", groups) + " matched");
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

    private static void add(JCas jcas, int begin, int end, int age, String sex) {
        DemographicsAnnotation d = new DemographicsAnnotation(jcas, begin, end);
        AssertionCodes.setDefaults(d);
        d.setAge(age);
        d.setSex(sex);
        d.addToIndexes();
    }

    /** The compiled patterns and sex words. Immutable and shared. */
    static final class Rules {
        final Pattern ageSex;
        final Pattern titleAge;
        final Pattern fields;
        private final Map<String, String> sexes;
        private final Map<String, Integer> ageWords;
        private final PhraseMatcher<Integer> ageWordMatcher;

        private Rules(Pattern ageSex, Pattern titleAge, Pattern fields, Map<String, String> sexes,
                      Map<String, Integer> ageWords) {
            this.ageSex = ageSex;
            this.titleAge = titleAge;
            this.fields = fields;
            this.sexes = sexes;
            this.ageWords = ageWords;
            this.ageWordMatcher = PhraseMatcher.of(ageWords);
        }

        static Rules load(RulePack pack) {
            Map<String, String> sexes = new HashMap<>();
            StringBuilder words = new StringBuilder();
            StringBuilder titles = new StringBuilder();
            StringBuilder letters = new StringBuilder();
            for (TsvTable.Row row : pack.table(RESOURCE).rows()) {
                String word = row.get("word");
                sexes.put(word.toLowerCase(Locale.ROOT), row.get("sex"));
                StringBuilder target = switch (row.get("kind")) {
                    case "word" -> words;
                    case "title" -> titles;
                    case "letter" -> letters;
                    default -> throw row.error("unknown kind " + row.get("kind") + " (word, title or letter)");
                };
                target.append(target.length() == 0 ? "" : "|").append(Pattern.quote(word));
            }
            StringBuilder descriptors = new StringBuilder();
            for (String phrase : pack.lines(DESCRIPTORS)) {
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
            for (TsvTable.Row row : pack.table(AGE_WORDS).rows()) {
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
                    + "(?<sex>" + words + "|(?-i:" + letters + "))(?![\\w-])", Pattern.CASE_INSENSITIVE);
            Pattern titleAge = Pattern.compile("(?<title>" + titles + ")\\.?\\s+[A-Z][\\w'-]*\\s+(?:is|was)\\s+"
                    + "(?:an?\\s+)?" + age + "(?![\\w-])");
            Pattern fields = Pattern.compile(String.format(FIELDS, words + "|" + letters), Pattern.CASE_INSENSITIVE);
            return new Rules(ageSex, titleAge, fields, Map.copyOf(sexes), Map.copyOf(ageWords));
        }

        /** Whether the word starting at {@code i} is a number word of a spelled-out age ({@code fifty}, {@code Two}). */
        boolean isAgeWordAt(String text, int i) {
            return ageWordMatcher.longestAt(text, i, text.length()) != null;
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
