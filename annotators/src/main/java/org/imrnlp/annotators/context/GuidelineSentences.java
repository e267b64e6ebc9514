package org.imrnlp.annotators.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.imrnlp.models.RulePack;
import org.imrnlp.models.TsvTable;

/**
 * Which sentences state treatment in general (guideline text), by the rule files
 * {@value #SECTIONS} and {@value #PATIENT_WORDS}: a sentence that begins in one of the listed
 * sections (an IMR letter's decisions and their rationale) and names no patient, record, request
 * or event of the case ({@code the injured worker}, {@code he}, {@code the records},
 * {@code this request}, {@code was}, {@code left}) quotes or paraphrases a guideline, so every
 * clinical mention in it is generic ({@code Ultrasound and MRI detect rotator cuff tears about
 * equally well}). Measured on the dev letters, a variant that let a sentence naming neither patient nor
 * guideline go on with what the sentence before it told raised precision (0.90 to 0.98) but lost
 * more recall (0.83 to 0.71), so each sentence is judged alone. Immutable and thread-safe.
 */
final class GuidelineSentences {

    /** The sections whose patient-free sentences are guideline text. */
    static final String SECTIONS = "context-guideline-sections.tsv";
    /** Words and phrases that tie a sentence to the patient's case. */
    static final String PATIENT_WORDS = "context-patient-words.txt";

    private final Set<String> sections;
    private final Pattern patientWords;

    private GuidelineSentences(Set<String> sections, Pattern patientWords) {
        this.sections = sections;
        this.patientWords = patientWords;
    }

    /** The guideline-sentence rules of {@code pack} (cached per pack). */
    static GuidelineSentences of(RulePack pack) {
        return pack.cached(GuidelineSentences.class.getName(), GuidelineSentences.class, GuidelineSentences::load);
    }

    private static GuidelineSentences load(RulePack pack) {
        Set<String> sections = new TreeSet<>();
        for (TsvTable.Row row : pack.table(SECTIONS).rows()) {
            sections.add(row.required("section"));
        }
        return new GuidelineSentences(Set.copyOf(sections), words(pack, PATIENT_WORDS));
    }

    /** One pattern for the words and phrases of a word list (whole words, any case, any white space). */
    private static Pattern words(RulePack pack, String file) {
        List<String> words = new ArrayList<>();
        for (String line : pack.lines(file)) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
            }
        }
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", words) + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether {@code sentence}, which begins in the sections {@code sectionIds}, is guideline text. */
    boolean isGuideline(CharSequence sentence, Set<String> sectionIds) {
        for (String id : sectionIds) {
            if (sections.contains(id)) {
                return !patientWords.matcher(sentence).find();
            }
        }
        return false;
    }
}
