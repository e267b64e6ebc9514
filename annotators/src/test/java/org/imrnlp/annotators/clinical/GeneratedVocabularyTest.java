package org.imrnlp.annotators.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrnlp.core.MentionType;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.ResourceFiles;
import org.imrnlp.models.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated lexicons ({@code generated-diagnoses.tsv}, {@code generated-symptoms.tsv}) as the
 * annotators use them: new sentences with conditions and symptoms only the ontologies name, and
 * the stop list's words left alone ({@code vocabulary-sentences.txt}).
 */
class GeneratedVocabularyTest {

    static Stream<Arguments> sentences() {
        return SentenceCases.read("vocabulary-sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheExpectedDiagnosesAndSymptoms(String sentence, String expected) {
        String found = Stream.of(SentenceCases.render(sentence, MentionType.DIAGNOSIS),
                SentenceCases.render(sentence, MentionType.SYMPTOM)).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        assertEquals(expected, found);
    }

    /** The hand-written phrases, which win over the stop list and the generated rows. */
    private static Set<String> handWritten() {
        Set<String> out = new HashSet<>();
        for (String file : new String[] {"diagnoses.tsv", "symptoms.tsv", "procedures.tsv"}) {
            for (TsvTable.Row row : ResourceFiles.table("clinical/" + file).rows()) {
                out.add(PhraseMatcher.normalize(row.get("phrase")));
            }
        }
        for (TsvTable.Row row : ResourceFiles.table("clinical/pain-cues.tsv").rows()) {
            out.add(PhraseMatcher.normalize(row.get("cue")));
        }
        return out;
    }

    static Stream<String> stopTerms() {
        Set<String> hand = handWritten();
        return ResourceFiles.table("clinical/vocabulary-stops.tsv").rows().stream()
                .filter(r -> r.get("kind").equals("term"))
                .map(r -> r.get("term"))
                .filter(t -> !hand.contains(PhraseMatcher.normalize(t)));
    }

    /** A stop-listed term that no hand-written lexicon holds is never a clinical mention, as written or in capitals. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stopTerms")
    void stopListedTermsAreNeverMentions(String term) {
        String sentence = "The letter mentions " + term + " once, and " + term.toUpperCase(Locale.ROOT) + " in a heading.";
        for (MentionType type : new MentionType[] {MentionType.DIAGNOSIS, MentionType.SYMPTOM}) {
            assertEquals("", SentenceCases.render(sentence, type), type + " in: " + sentence);
        }
    }

    /** A hand-written row wins over a generated row of the same phrase: its lexicon's code, no DOID. */
    @Test
    void handWrittenRowsWin() {
        assertEquals("Diagnosis[hypertension] icd10=I10",
                SentenceCases.render("He has hypertension.", MentionType.DIAGNOSIS));
    }
}
