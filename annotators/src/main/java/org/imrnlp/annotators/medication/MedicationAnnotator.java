package org.imrnlp.annotators.medication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.imrnlp.annotators.RulePackAnnotator;
import org.imrnlp.core.cas.AssertionCodes;
import org.imrnlp.models.PhraseMatcher;
import org.imrnlp.models.drugs.DrugLexicon;
import org.imrnlp.models.drugs.DrugLexicon.Drug;
import org.imrnlp.type.MedicationAnnotation;

/**
 * Finds drug names of the drug lexicon ({@code drugs.tsv}) in the clean text, in any letter case,
 * and makes each an {@link MedicationAnnotation} with its normalized ingredient(s), class and RxCUI. A salt
 * or release form written right after the name ({@code Tizanidine HCL}, {@code Ambien CR}) is part
 * of the span. Optionally also misspelled names ({@code TIZANDINE}, bounded edit distance against
 * names of six or more letters, never a stop word) and names glued to a preceding lower-case word
 * ({@code takingnorco}). Two names joined by a slash or hyphen that make a combination product of
 * the lexicon are one mention ({@code Losartan-HCTZ}); a name inside a phrase of
 * {@code drug-name-exclusions.txt} ({@code morphine equivalent dose}) is none.
 */
@ResourceMetaData(name = "IMR-NLP medications")
@TypeCapability(inputs = "org.imrnlp.type.OffsetMap", outputs = "org.imrnlp.type.MedicationAnnotation")
public class MedicationAnnotator extends RulePackAnnotator {

    /** Whether misspelled and glued drug names are matched too. */
    public static final String PARAM_MATCH_MISSPELLINGS = "matchMisspellings";

    @ConfigurationParameter(name = PARAM_MATCH_MISSPELLINGS, mandatory = false, defaultValue = "true",
            description = "Whether misspelled and glued drug names are matched too.")
    private boolean matchMisspellings;

    private DrugLexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        lexicon = DrugLexicon.get(rulePack());
    }

    @Override
    protected void processCleanView(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Found> found = new ArrayList<>();
        List<PhraseMatcher.Match<Drug>> exact = lexicon.names().findAll(text);
        List<PhraseMatcher.Match<Boolean>> excluded = exact.isEmpty() ? List.of() : lexicon.nameExclusions().findAll(text);
        int x = 0;
        for (PhraseMatcher.Match<Drug> m : exact) {
            while (x < excluded.size() && excluded.get(x).end() < m.end()) {
                x++;
            }
            if (x < excluded.size() && excluded.get(x).begin() <= m.begin()) {
                continue;
            }
            found.add(new Found(m.begin(), lexicon.suffixEnd(text, m.end(), text.length()), m.value()));
        }
        if (matchMisspellings) {
            findInexact(text, exact, found);
            found.sort(Comparator.comparingInt(Found::begin));
        }
        int lastEnd = -1;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.begin < lastEnd) {
                continue;
            }
            Found combined = i + 1 < found.size() ? combination(text, f, found.get(i + 1)) : null;
            if (combined != null) {
                f = combined;
                i++;
            }
            MedicationAnnotation medication = new MedicationAnnotation(jcas, f.begin, f.end);
            medication.setNormalized(f.drug.normalized());
            medication.setDrugClass(f.drug.drugClass());
            medication.setRxcui(f.drug.rxcui());
            AssertionCodes.setDefaults(medication);
            medication.addToIndexes();
            lastEnd = f.end;
        }
    }

    /**
     * The combination product of two names joined by a slash or hyphen ({@code Losartan-HCTZ},
     * {@code APAP/codeine}), if the lexicon has one with these two ingredients in either order; or null.
     */
    private Found combination(String text, Found first, Found second) {
        String between = text.substring(Math.min(first.end, second.begin), second.begin).strip();
        if (!between.equals("/") && !between.equals("-") || second.begin - first.end > 3) {
            return null;
        }
        String a = first.drug.normalized();
        String b = second.drug.normalized();
        Drug combined = lexicon.exact(a + "/" + b);
        if (combined == null) {
            combined = lexicon.exact(b + "/" + a);
        }
        return combined == null ? null : new Found(first.begin, second.end, combined);
    }

    /** Misspelled and glued names among the words that no exact match covers. */
    private void findInexact(String text, List<PhraseMatcher.Match<Drug>> exact, List<Found> found) {
        int next = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int begin = i;
            boolean letters = true;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                letters &= Character.isLetter(text.charAt(i));
                i++;
            }
            while (next < exact.size() && exact.get(next).end() <= begin) {
                next++;
            }
            boolean covered = next < exact.size() && exact.get(next).begin() < i;
            if (covered || !letters || i - begin < DrugLexicon.MIN_SHORT_FUZZY_LENGTH) {
                continue;
            }
            String word = text.substring(begin, i);
            if (i - begin < DrugLexicon.MIN_FUZZY_LENGTH) {
                if (Character.isUpperCase(word.charAt(0))) {
                    Drug drug = lexicon.fuzzyShort(word);
                    if (drug != null) {
                        found.add(new Found(begin, lexicon.suffixEnd(text, i, length), drug));
                    }
                }
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            Drug drug = lexicon.fuzzy(lower);
            if (drug == null && i - begin == DrugLexicon.MIN_FUZZY_LENGTH) {
                drug = lexicon.fuzzyShort(word);
            }
            int start = begin;
            if (drug == null && word.equals(lower)) {
                int glued = lexicon.gluedNameStart(lower);
                if (glued > 0) {
                    start = begin + glued;
                    drug = lexicon.exact(lower.substring(glued));
                }
            }
            if (drug != null) {
                found.add(new Found(start, lexicon.suffixEnd(text, i, length), drug));
            }
        }
    }

    private record Found(int begin, int end, Drug drug) {
    }
}
