package org.imrnlp.annotators.imr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.imrnlp.models.StartChars;
import org.imrnlp.type.ReviewerCredentialAnnotation;

/**
 * Finds the expert reviewer's qualifications in an IMR letter, in either phrasing:
 * {@code The expert reviewer is Board Certified in X, has a subspecialty in Y and is licensed to
 * practice in Z} or {@code The expert reviewer is a Licensed Chiropractor and Acupuncturist and is
 * licensed to practice in Z} (profession names read as specialties; the first is the specialty,
 * the others subspecialties) (span: the sentence, without its period) or the block
 * {@code State(s) of Licensure: ...} / {@code Certification(s)/Specialty: ...} (span: both
 * lines; the first certification is the specialty, the others subspecialties). Specialty and
 * state names are read with the lexicons {@code specialties.txt} (a line {@code phrase<TAB>name}
 * reads a phrase as a name) and {@code us-states.txt}:
 * {@code specialty} and {@code subspecialty} take their canonical names ({@code &} read as
 * {@code and}; several joined by {@code ", "}), {@code licensure} lists full state names joined
 * by {@code ", "}.
 */
@ResourceMetaData(name = "IMR-NLP reviewer credentials")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap", outputs = "org.imrnlp.type.ReviewerCredentialAnnotation")
public class ReviewerCredentialAnnotator extends RulePackAnnotator {

    private static final String SPECIALTIES = "specialties.txt";
    private static final String STATES = "us-states.txt";
    private static final Pattern SENTENCE = StartChars.failingFast(Pattern.compile(
            "\\b(?:The\\s+)?(?:(?:expert|physician|medical)\\s+)?reviewer\\s+is\\s+"
                    + "(?:(?:Board[-\\s]+)?Certified\\s+in|(?<licensed>an?\\s+Licensed))\\s+(?<specialty>[^\\n.]+?)"
                    + "(?:,?\\s+(?:and\\s+)?has\\s+(?:a\\s+)?sub-?specialt(?:y|ies)\\s+in\\s+(?<sub>[^\\n.]+?))?"
                    + ",?\\s+and\\s+is\\s+licensed\\s+to\\s+practice\\s+in\\s+(?<lic>[^\\n]+?)(?=\\.(?:\\s|$)|\\n|$)",
            Pattern.CASE_INSENSITIVE));
    private static final Pattern LICENSURE_LINE = Pattern.compile(
            "^State\\(s\\)\\s+of\\s+Licensure\\s*:\\s*(?<value>[^\\n]*?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern SPECIALTY_LINE = Pattern.compile(
            "^Certification\\(s\\)\\s*/\\s*Specialt(?:y|ies)\\s*:\\s*(?<value>[^\\n]*?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** How every {@link #LICENSURE_LINE} match begins. */
    private static final String LICENSURE_START = "state(s)";
    /** How every {@link #SPECIALTY_LINE} match begins. */
    private static final String SPECIALTY_START = "certification(s)";
    /** Every credential sentence says where the reviewer is licensed: the sentence is looked for there. */
    private static final String LICENSED = "licensed to practice";
    /** How far before "licensed to practice" a credential sentence may start. */
    private static final int SENTENCE_REACH = 400;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;/]|\\b(?:and|the)\\b|&");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;]+$");

    private PhraseMatcher<String> specialties;
    private PhraseMatcher<String> states;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        specialties = lexicon(rulePack(), SPECIALTIES);
        states = lexicon(rulePack(), STATES);
    }

    @SuppressWarnings("unchecked")
    private static PhraseMatcher<String> lexicon(RulePack pack, String name) {
        return pack.cached(name, PhraseMatcher.class, p -> {
            Map<String, String> phrases = new LinkedHashMap<>();
            for (String line : p.lines(name)) {
                String[] cells = line.strip().split("\t");
                phrases.put(cells[0].strip(), cells[cells.length - 1].strip());
            }
            return PhraseMatcher.of(phrases);
        });
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        Matcher s = SENTENCE.matcher(text);
        int from = 0;
        for (int anchor = indexOfIgnoreCase(text, LICENSED, 0); anchor >= 0;
                anchor = indexOfIgnoreCase(text, LICENSED, anchor + 1)) {
            int lineStart = text.lastIndexOf('\n', anchor) + 1;
            s.region(Math.max(from, Math.max(lineStart, anchor - SENTENCE_REACH)), text.length());
            if (!s.find() || s.start() > anchor) {
                continue;
            }
            from = s.end();
            List<String> specialty = names(specialties, s.group("specialty"));
            List<String> sub = s.group("sub") == null ? List.of() : names(specialties, s.group("sub"));
            if (s.group("licensed") != null && sub.isEmpty() && specialty.size() > 1) {
                sub = specialty.subList(1, specialty.size());
                specialty = specialty.subList(0, 1);
            }
            add(jcas, s.start(), s.end(), specialty.isEmpty() ? null : String.join(", ", specialty),
                    sub.isEmpty() ? null : String.join(", ", sub), String.join(", ", names(states, s.group("lic"))));
        }
        Matcher lic = LICENSURE_LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher spec = SPECIALTY_LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        while (find(lic, text, LICENSURE_START, next)) {
            int begin = lic.start();
            int end = lic.end();
            next = end;
            List<String> certifications = List.of();
            if (find(spec, text, SPECIALTY_START, Math.max(0, previousLineStart(text, begin))) && adjacent(text, lic, spec)) {
                certifications = names(specialties, spec.group("value"));
                begin = Math.min(begin, spec.start());
                end = Math.max(end, spec.end());
            }
            add(jcas, begin, TRAILING.matcher(text.substring(begin, end)).replaceFirst("").length() + begin,
                    certifications.isEmpty() ? null : certifications.get(0),
                    certifications.size() < 2 ? null : String.join(", ", certifications.subList(1, certifications.size())),
                    String.join(", ", names(states, lic.group("value"))));
        }
    }

    /**
     * Finds the first match of {@code m} starting at or after {@code from}, trying only where
     * {@code start} (lower case; every match begins with it, in any case) stands.
     */
    private static boolean find(Matcher m, String text, String start, int from) {
        for (int at = indexOfIgnoreCase(text, start, from); at >= 0; at = indexOfIgnoreCase(text, start, at + 1)) {
            if (m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first index of {@code word} (lower case) in {@code text} at or after {@code from}, ignoring case; -1 if none. */
    private static int indexOfIgnoreCase(String text, String word, int from) {
        int last = text.length() - word.length();
        char first = word.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int lower = text.indexOf(first, from);
        int upper = first == firstUpper ? -1 : text.indexOf(firstUpper, from);
        while (lower >= 0 || upper >= 0) {
            int i = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            if (i > last) {
                return -1;
            }
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
            if (i == lower) {
                lower = text.indexOf(first, i + 1);
            } else {
                upper = text.indexOf(firstUpper, i + 1);
            }
        }
        return -1;
    }

    private static int previousLineStart(String text, int lineStart) {
        if (lineStart == 0) {
            return 0;
        }
        int previous = text.lastIndexOf('\n', lineStart - 2);
        return previous + 1;
    }

    /** Whether the two field lines follow each other directly, in either order. */
    private static boolean adjacent(String text, Matcher a, Matcher b) {
        int first = Math.min(a.end(), b.end());
        int second = Math.max(a.start(), b.start());
        return second >= first && text.substring(first, second).isBlank();
    }

    /**
     * The lexicon names in {@code value}, canonical and in order; {@code value} itself (trimmed)
     * when it holds words the lexicon does not know.
     */
    private static List<String> names(PhraseMatcher<String> lexicon, String value) {
        String normalized = value.replace("&", "and").replaceAll("\\s+", " ").strip();
        List<PhraseMatcher.Match<String>> matches = lexicon.findAll(normalized);
        StringBuilder rest = new StringBuilder(normalized);
        for (PhraseMatcher.Match<String> m : matches) {
            for (int i = m.begin(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        if (!SEPARATORS.matcher(rest).replaceAll("").isEmpty()) {
            String written = TRAILING.matcher(normalized).replaceFirst("");
            return written.isEmpty() ? List.of() : List.of(written);
        }
        List<String> names = new ArrayList<>();
        matches.forEach(m -> names.add(m.value()));
        return names;
    }

    private static void add(JCas jcas, int begin, int end, String specialty, String subspecialty,
                            String licensure) {
        ReviewerCredentialAnnotation credential = new ReviewerCredentialAnnotation(jcas, begin, end);
        AssertionCodes.setDefaults(credential);
        credential.setSpecialty(specialty);
        credential.setSubspecialty(subspecialty);
        credential.setLicensure(licensure.isEmpty() ? null : licensure);
        credential.addToIndexes();
    }
}
